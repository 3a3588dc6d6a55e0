import { describe, expect, it } from 'vitest';
import { extractFigures } from '../api/extractFigures.js';
import { mayEndCurrencyName } from './currencyWords.js';

describe('mayEndCurrencyName: whether a currency name can stand right before a figure', () => {
  it.each([
    ['新台币1兆元', 3, 0, true],
    ['港币 5亿元', 3, 0, true],
    ['英镑\u3000\u30005亿', 4, 0, true],
    ['美元   5亿', 5, 0, false],
    ['投资5亿元', 2, 0, false],
    ['美元5亿', 2, 2, false],
    ['5亿元', 0, 0, false],
    ['日圆100亿', 2, 0, true],
  ] as const)('%s before %d (floor %d): %s', (text, start, lower, expected) => {
    expect(mayEndCurrencyName(text, start, lower)).toBe(expected);
  });
});

describe('a currency named before an amount joins the figure, in either script', () => {
  it.each([
    ['日元100亿', '日元100亿', 'JPY'],
    ['日圓100億', '日圓100億', 'JPY'],
    ['港幣5億元', '港幣5億元', 'HKD'],
  ])('%s', (text, span, unit) => {
    const f = extractFigures(text, { referenceDate: '2024-11-15' })[0];
    expect([f?.text, f?.unit]).toEqual([span, unit]);
  });
});
