import { describe, expect, it } from 'vitest';
import { parseReport } from '../api/parseReport.js';
import { findDateline } from './dateline.js';
import { isoDay } from '../knowledge/isoDay.js';

const found = (text: string): string | undefined => {
  const d = findDateline(text);
  return d ? isoDay(d) : undefined;
};

describe('findDateline', () => {
  it.each([
    ['2022年11月15日\n西部(重庆)科学城', '2022-11-15'],
    ['\n\n  2022年11月15日 星期二\n正文', '2022-11-15'],
    ['发布时间：2022-11-15 10:30\n正文', '2022-11-15'],
    ['标题\n（2022-11-15）\n正文', '2022-11-15'],
    ['日期: 2022/11/15\n正文', '2022-11-15'],
    ['正文第一段。\n正文第二段。\n（2022-11-15）', '2022-11-15'],
    ['【2022.11.15】\n正文', '2022-11-15'],
    ['科技日报·园区版　2024年10月28日　第3版\n\n临江高新区', '2024-10-28'],
    ['《中国高新技术产业导报》2022年11月14日 第A3版\n正文', '2022-11-14'],
    ['人民日报 2022年11月15日 星期二 第10版\n正文', '2022-11-15'],
  ])('reads %j', (text, expected) => {
    expect(found(text)).toBe(expected);
  });

  it.each([
    ['a date inside a sentence', '今年9月，2022年11月15日举行了签约仪式'],
    ['a paper named inside a sentence', '据科技日报报道2024年10月28日记者获悉\n正文'],
    ['a day that does not exist', '2022年2月30日\n正文'],
    ['unbalanced brackets', '（2022-11-15\n正文'],
    ['a month without its day', '2022年11月\n正文'],
    ['a bare date at the end of a longer page', `${'正文。\n'.repeat(12)}2022-11-15`],
    ['a date below the first ten lines', `${'行\n'.repeat(10)}2022年11月15日\n正文`],
    ['no text', ''],
  ])('ignores %s', (_name, text) => {
    expect(findDateline(text)).toBeUndefined();
  });

  it('is where parseReport takes its reference date from when none is given', () => {
    const report = parseReport('2022年11月15日\n今年9月，研发平台312个。');
    expect(report.referenceDateSource).toBe('dateline');
    expect(report.referenceDate).toBe('2022-11-15');
    expect(report.dates.find((d) => d.text === '今年9月')?.from).toBe('2022-09-01');
  });
});
