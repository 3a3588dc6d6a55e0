import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalize.js';
import { firstStartingFrom, indexContaining, toNormalizedOffset } from './spans.js';

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
