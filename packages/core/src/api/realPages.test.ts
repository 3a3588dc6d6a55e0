import { describe, expect, it } from 'vitest';
import { parseReport } from './parseReport.js';

// Pages as real sites print them, read with no reference date given: the page's own date
// must be found, and every relative date read against it.
const GOV_SITE = [
  '西安高新区前三季度经济运行情况',
  '发布时间：2023-10-20 来源：西安高新区管委会',
  '今年1至9月，西安高新区规上工业总产值增长8.6%。19日，区管委会召开经济运行分析会。',
].join('\n');

const TAIWAN = [
  '竹科112年前三季營業額達8,000億元',
  '【字體：大 中 小】 發布時間：2023-11-08 09:30:15',
  '竹科112年前三季營業額達新台幣8,000億元，較去年同期減少17.3%。113年第2季可望回升，逾新台幣1兆元。',
].join('\n');

const HONG_KONG = [
  '數碼港2億基金 助成熟Stratup發展',
  '2016-02-18 10:32 來源：香港商報',
  '數碼港撥出 2 億港元營運資金成立基金；截至今年 1 月底，累計的集資金額突破 5.54 億港元。',
].join('\n');

describe('real pages read with no reference date given', () => {
  it('a government site: the header gives the date, so 今年1至9月 and 19日 agree', () => {
    const r = parseReport(GOV_SITE);
    expect([r.referenceDate, r.referenceDateSource]).toEqual(['2023-10-20', 'dateline']);
    expect(r.dates.filter((d) => d.start >= GOV_SITE.indexOf('今年')).map((d) => [d.text, d.from, d.to])).toEqual([
      ['今年1至9月', '2023-01-01', '2023-09-30'],
      ['19日', '2023-10-19', '2023-10-19'],
    ]);
  });

  it('a Taiwan page: 112年前三季 is 2023, not 112 years ago', () => {
    const r = parseReport(TAIWAN);
    expect([r.referenceDate, r.region]).toEqual(['2023-11-08', 'taiwan']);
    const dates = r.dates.map((d) => [d.text, d.from, d.to]);
    expect(dates).toContainEqual(['112年前三季', '2023-01-01', '2023-09-30']);
    expect(dates).toContainEqual(['113年第2季', '2024-04-01', '2024-06-30']);
    expect(dates).toContainEqual(['去年同期', '2022-01-01', '2022-09-30']);
    expect(r.figures.some((f) => f.text.includes('112年'))).toBe(false);
    const figures = r.figures.map((f) => [f.text, f.kind, f.value, f.unit, f.approx, f.direction]);
    expect(figures).toContainEqual(['新台幣8,000億元', 'money', 8e11, 'TWD', 'exact', undefined]);
    expect(figures).toContainEqual(['17.3%', 'percent', 17.3, '%', 'exact', 'down']);
    expect(figures).toContainEqual(['逾新台幣1兆元', 'money', 1e12, 'TWD', 'over', undefined]);
  });

  it('a Hong Kong page: the header date, 1 月底 as its last day', () => {
    const r = parseReport(HONG_KONG);
    expect([r.referenceDate, r.region]).toEqual(['2016-02-18', 'hongkong']);
    expect(r.dates.map((d) => [d.text, d.grain, d.from])).toContainEqual(['今年 1 月底', 'day', '2016-01-31']);
    const figures = r.figures.map((f) => [f.text, f.kind, f.value, f.unit, f.approx]);
    expect(figures).toContainEqual(['2億', 'money', 2e8, 'HKD', 'exact']);
    expect(figures).toContainEqual(['2 億港元', 'money', 2e8, 'HKD', 'exact']);
    expect(figures).toContainEqual(['5.54 億港元', 'money', 554000000, 'HKD', 'exact']);
  });

  it('a page with no date of its own says today was used', () => {
    const r = parseReport('今年1至9月，营收增长8.6%。', undefined);
    expect(r.referenceDateSource).toBe('today');
  });
});
