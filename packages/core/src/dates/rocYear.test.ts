import { describe, expect, it } from 'vitest';
import { extractDates } from '../api/extractDates.js';
import { extractFigures } from '../api/extractFigures.js';
import { gregorianOfRocYear } from './rocYear.js';

describe('ROC years', () => {
  it.each([
    [112, 2023],
    [95, 2006],
    [35, 1946],
    [8, undefined],
    [2023, undefined],
  ])('ROC year %s is %s', (n, year) => {
    expect(gregorianOfRocYear(n)).toBe(year);
  });

  it.each([
    ['竹科112年前三季營業額達8,000億元', [['112年前三季', 'range', '2023-01-01', '2023-09-30']]],
    ['113年第2季營收成長', [['113年第2季', 'range', '2024-04-01', '2024-06-30']]],
    ['民國95年底，園區從業人員達3萬人', [['民國95年底', 'day', '2006-12-31', '2006-12-31']]],
    ['105年，營業額創新高', [['105年', 'year', '2016-01-01', '2016-12-31']]],
    ['109年1到3月出口成長', [['109年1到3月', 'range', '2020-01-01', '2020-03-31']]],
    ['１１２年營業額創新高', [['１１２年', 'year', '2023-01-01', '2023-12-31']]],
  ])('on a Taiwan page: %s', (text, expected) => {
    const dates = extractDates(text, { referenceDate: '2024-11-15', region: 'taiwan' });
    expect(dates.map((d) => [d.text, d.grain, d.from, d.to])).toEqual(expected);
  });

  it('on a mainland page 5年前 is still five years ago', () => {
    const dates = extractDates('5年前，公司成立。', { referenceDate: '2024-11-15' });
    expect(dates.map((d) => [d.text, d.from])).toEqual([['5年前', '2019-11-15']]);
  });

  // The figure rules leave a bare ROC-range 年 to the dates on a Taiwan page, in either digit form.
  it.each(['112年', '１１２年', '３５年'])('on a Taiwan page %s is a date, not a span of time', (text) => {
    const options = { referenceDate: '2024-11-15', region: 'taiwan' } as const;
    expect(extractDates(text, options).map((d) => d.text)).toEqual([text]);
    expect(extractFigures(text, options)).toEqual([]);
  });
});
