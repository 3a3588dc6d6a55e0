import { describe, expect, it } from 'vitest';
import { scanNumerals } from './scanNumerals.js';

interface Case {
  text: string;
  expected: Array<{ start: number; end: number; value: number }>;
}

function scan(text: string): Case['expected'] {
  return scanNumerals(text).map((n) => ({ start: n.start, end: n.end, value: n.value }));
}

describe('scanNumerals finds every numeral in one pass', () => {
  it.each<Case>([
    { text: '研发平台312个，约20.8亿元', expected: [{ start: 4, end: 7, value: 312 }, { start: 10, end: 15, value: 2.08e9 }] },
    { text: '二百五, 二百五', expected: [{ start: 0, end: 3, value: 250 }, { start: 5, end: 8, value: 250 }] },
    { text: '这是五那是四', expected: [{ start: 2, end: 3, value: 5 }, { start: 5, end: 6, value: 4 }] },
    { text: '1 4/3的美梦,1/2的努力', expected: [{ start: 0, end: 5, value: 1 + 4 / 3 }, { start: 9, end: 12, value: 0.5 }] },
  ])('$text', ({ text, expected }) => {
    const got = scan(text).map((g, i) => {
      const want = expected[i]?.value ?? Number.NaN;
      return Math.abs(g.value - want) <= 1e-9 * Math.max(1, Math.abs(want)) ? { ...g, value: want } : g;
    });
    expect(got).toEqual(expected);
  });
});

describe('scanNumerals passes over words that hold a numeral character', () => {
  it.each(['一切', '我一看你就笑', '我家在四川', '两两', '美味十足', '岛屿远离陆地', '小明每天收拾房间', '这是我的队伍'])('%s has no numeral', (text) => {
    expect(scan(text)).toEqual([]);
  });

  it('still reads a numeral that runs past such a word (二十足球场 is 20)', () => {
    expect(scan('二十足球场')).toEqual([{ start: 0, end: 2, value: 20 }]);
  });
});

describe('scanNumerals leaves rate words to the figure rules', () => {
  it.each<Case>([
    { text: '百分之五十五点五七九', expected: [{ start: 3, end: 10, value: 55.579 }] },
    { text: '千分之一', expected: [{ start: 3, end: 4, value: 1 }] },
    { text: '百万分之五', expected: [{ start: 4, end: 5, value: 5 }] },
    { text: '萬分之肆', expected: [{ start: 3, end: 4, value: 4 }] },
    { text: '百 分 之 2.4', expected: [{ start: 6, end: 9, value: 2.4 }] },
  ])('$text', ({ text, expected }) => {
    expect(scan(text)).toEqual(expected);
  });

  it('reads a denominator with a digit as a fraction, not a rate (五百分之2.2)', () => {
    expect(scan('五百分之2.2')).toEqual([{ start: 0, end: 7, value: 2.2 / 500 }]);
  });
});

describe('scanNumerals stays linear on long runs', () => {
  it.each(['1', '万', '.', '1/', '半', '百', '分之', '一切', '1e1', '3 2 折'])('a megabyte of %j', (unit) => {
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const t0 = performance.now();
    scanNumerals(text);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
