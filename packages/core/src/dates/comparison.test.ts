import { describe, expect, it } from 'vitest';
import { isComparisonBase } from './comparison.js';

describe('a date after a comparison word is the base of the comparison', () => {
  it.each([
    ['比2019年增长5.86%', '2019年', true],
    ['比上年提高2.09个百分点', '上年', true],
    ['较上年排名上升5位', '上年', true],
    ['較去年同期成長52%', '去年同期', true],
    ['与2019年相比', '2019年', false],
    ['同比增长', '同比', false],
    ['较之2010年翻了一番', '2010年', true],
    ['2012年，园区实现地区生产总值1738亿元', '2012年', false],
    ['占比2022年度', '2022年度', true],
  ])('%s: %s → %s', (text, date, expected) => {
    expect(isComparisonBase(text, text.indexOf(date))).toBe(expected);
  });
});
