import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalize.js';
import { dropOverlaps, firstStartingFrom, indexContaining, overlaps, toNormalizedOffset } from './spans.js';

const LONG = '截至今年九月西部科学城核心区已建成重庆市级及以上研发平台3';

describe('span helpers', () => {
  it.each([
    { name: 'identity when nothing was removed', run: () => toNormalizedOffset(normalizeText('研发平台312个'), 4), expected: 4 },
    { name: 'an offset after a removed break', run: () => { const t = `${LONG}\n\n12个，完成`; return toNormalizedOffset(normalizeText(t), t.indexOf('12个')); }, expected: LONG.length },
    { name: 'indexContaining finds the span', run: () => indexContaining([{ start: 0, end: 5 }, { start: 8, end: 9 }], 8), expected: 1 },
    { name: 'indexContaining misses a gap', run: () => indexContaining([{ start: 0, end: 5 }, { start: 8, end: 9 }], 6), expected: -1 },
    { name: 'firstStartingFrom', run: () => firstStartingFrom([{ start: 0, end: 5 }, { start: 8, end: 9 }], 6), expected: 1 },
  ])('$name', ({ run, expected }) => {
    expect(run()).toBe(expected);
  });
});

describe('dropOverlaps: of overlapping mentions the longest stays', () => {
  it.each([
    ['disjoint mentions all stay, sorted', [[5, 7], [0, 2]], [[0, 2], [5, 7]]],
    ['the longer of two', [[0, 2], [1, 5]], [[1, 5]]],
    ['the earlier of two as long', [[0, 3], [2, 5]], [[0, 3]]],
    ['a chain keeps what does not overlap the chosen', [[0, 3], [2, 4], [3, 6]], [[0, 3], [3, 6]]],
    ['touching spans do not overlap', [[0, 2], [2, 4]], [[0, 2], [2, 4]]],
    ['a longer span at the same start wins, in order or not', [[0, 2], [0, 4]], [[0, 4]]],
    ['the same spans in start order', [[0, 4], [0, 2], [3, 6], [5, 7]], [[0, 4], [5, 7]]],
    ['the same spans out of order', [[5, 7], [0, 2], [3, 6], [0, 4]], [[0, 4], [5, 7]]],
  ])('%s', (_what, spans, kept) => {
    const got = dropOverlaps(spans.map(([start, end]) => ({ start: start!, end: end! })));
    expect(got.map((s) => [s.start, s.end])).toEqual(kept);
  });

  it('keeps the first of equal spans, in order or not (the sort is stable)', () => {
    const a = { start: 0, end: 2, id: 'a' };
    const b = { start: 0, end: 2, id: 'b' };
    expect(dropOverlaps([a, b]).map((s) => s.id)).toEqual(['a']);
    expect(dropOverlaps([b, { start: 5, end: 6, id: 'c' }, a]).map((s) => s.id)).toEqual(['b', 'c']);
  });

  it('stays linear on a long overlapping chain', () => {
    const chain = Array.from({ length: 100_000 }, (_, i) => ({ start: i, end: i + 2 }));
    const kept = dropOverlaps(chain);
    expect(kept.length).toBe(50_000);
  });
});

describe('overlaps', () => {
  it.each([
    [[0, 2], [1, 3], true],
    [[0, 2], [2, 3], false],
    [[1, 1], [0, 3], true],
    [[0, 3], [3, 3], false],
  ])('%j and %j: %s', ([a0, a1], [b0, b1], expected) => {
    expect(overlaps({ start: a0!, end: a1! }, { start: b0!, end: b1! })).toBe(expected);
  });
});
