import { describe, expect, it } from 'vitest';
import { extractDates } from '../api/extractDates.js';

const REF = '2022-11-15';
const froms = (text: string): Array<[string, string | undefined, string]> =>
  extractDates(text, { referenceDate: REF }).map((d) => [d.text, d.from, d.impliedFrom]);

describe('the year in force in a passage', () => {
  it.each([
    [
      '今年5月，签署协议；7月，联盟成立；9月，高校与企业牵手。',
      [['今年5月', '2022-05-01', 'referenceDate'], ['7月', '2022-07-01', 'context'], ['9月', '2022-09-01', 'context']],
    ],
    ['2021年3月，项目开工。5月，主体完工。', [['2021年3月', '2021-03-01', 'none'], ['5月', '2021-05-01', 'context']]],
    ['2021年3月，项目开工。\n5月，主体完工。', [['2021年3月', '2021-03-01', 'none'], ['5月', '2022-05-01', 'referenceDate']]],
    ['2021年9月3日，签约；5日，开工。', [['2021年9月3日', '2021-09-03', 'none'], ['5日', '2021-09-05', 'context']]],
    ['2020年，成立公司。同年6月，投产。', [['2020年', '2020-01-01', 'none'], ['同年6月', '2020-06-01', 'context']]],
    ['2020年，成立公司；次年，上市。', [['2020年', '2020-01-01', 'none'], ['次年', '2021-01-01', 'context']]],
    ['去年12月，签约；今年1月开工，3月投产。', [['去年12月', '2021-12-01', 'referenceDate'], ['今年1月', '2022-01-01', 'referenceDate'], ['3月', '2022-03-01', 'context']]],
    ['《2021年度报告》显示，5月营收增长。', [['2021年度', '2021-01-01', 'none'], ['5月', '2022-05-01', 'referenceDate']]],
    ['2019年，上半年营收增长。', [['2019年', '2019-01-01', 'none'], ['上半年', '2019-01-01', 'context']]],
    ['2019年，全年营收增长。', [['2019年', '2019-01-01', 'none'], ['全年', '2019-01-01', 'context']]],
    ['2019年，一季度营收增长；年底上市。', [['2019年', '2019-01-01', 'none'], ['一季度', '2019-01-01', 'context'], ['年底', '2019-12-31', 'context']]],
    ['2021年9月3日签约，次日开工。', [['2021年9月3日', '2021-09-03', 'none'], ['次日', '2021-09-04', 'context']]],
  ])('%s', (text, expected) => {
    expect(froms(text)).toEqual(expected);
  });

  it('takes 去年同期 as the period in force a year before', () => {
    const dates = extractDates('今年1-9月，营收比上年同期增长10%。', { referenceDate: REF });
    expect(dates.map((d) => [d.text, d.from, d.to])).toEqual([
      ['今年1-9月', '2022-01-01', '2022-09-30'],
      ['上年同期', '2021-01-01', '2021-09-30'],
    ]);
  });

  it.each([
    ['竹科9月營業額較去年同月成長12.4％。', '去年同月', '2021-09-01', '2021-09-30'],
    ['三季度营收较上年同季度增长5%。', '上年同季度', '2021-07-01', '2021-09-30'],
    ['9月出口较2020年同月增长3%。', '2020年同月', '2020-09-01', '2020-09-30'],
  ])('takes %s as the month or quarter in force moved back (%s)', (text, written, from, to) => {
    const dates = extractDates(text, { referenceDate: REF });
    expect(dates.find((d) => d.text === written)).toMatchObject({ from, to });
  });

  it.each([
    // A plan's year holds for its sentence; the next returns to the passage's own year.
    ['明年初将建设新园区。全年营收有望增长，到第3季员工已达2万人。', '第3季', '2022-07-01'],
    ['明年初将开发专区，第3季投产。', '第3季', '2023-07-01'],
    // A year the text writes out stays in force past its sentence.
    ['2023年将开发专区。第3季投产。', '第3季', '2023-07-01'],
  ])('%s: %s starts %s', (text, written, from) => {
    const dates = extractDates(text, { referenceDate: REF });
    expect(dates.find((d) => d.text === written)?.from).toBe(from);
  });

  it('does not let 去年同期 change what is in force', () => {
    const dates = extractDates('今年9月，比去年同期增长；10月，继续增长。', { referenceDate: REF });
    expect(dates.map((d) => d.from)).toEqual(['2022-09-01', '2021-09-01', '2022-10-01']);
  });

  it('counts 当天 from the last day named before, in an earlier paragraph too', () => {
    const dates = extractDates('在12日，园区宣布开园。\n\n当天签约企业17家，次日又签约5家。', { referenceDate: REF });
    expect(dates.map((d) => [d.text, d.from])).toEqual([
      ['12日', '2022-11-12'],
      ['当天', '2022-11-12'],
      ['次日', '2022-11-13'],
    ]);
  });

  it('drops 当天 when the passage names no day', () => {
    expect(extractDates('当天签约', { referenceDate: REF })).toEqual([]);
  });
});

describe('上年, comparisons and 同期 follow the period in force, not the last date written', () => {
  const spans = (text: string, ref = REF): Array<[string, string | undefined, string | undefined]> =>
    extractDates(text, { referenceDate: ref }).map((d) => [d.text, d.from, d.to]);
  it.each([
    ['上年 is the year before the year in force', '2012年，地区生产总值1738亿元，比上年增长10.7%。', [['2012年', '2012-01-01', '2012-12-31'], ['上年', '2011-01-01', '2011-12-31']]],
    ['上年 with nothing in force is the year before the reference date', '营收比上年增长5%。', [['上年', '2021-01-01', '2021-12-31']]],
    ['上年度 likewise', '2020年，研发投入比上年度增长3%。', [['2020年', '2020-01-01', '2020-12-31'], ['上年度', '2019-01-01', '2019-12-31']]],
    [
      'a comparison base (比2019年) does not put its year in force',
      '2020年生产总值420亿元，比2019年增长5.86%；比重比上年提高2.09个百分点。',
      [['2020年', '2020-01-01', '2020-12-31'], ['2019年', '2019-01-01', '2019-12-31'], ['上年', '2019-01-01', '2019-12-31']],
    ],
    [
      '较 marks a comparison base too',
      '2021年，营收较2020年增长；上年同期为5亿元。',
      [['2021年', '2021-01-01', '2021-12-31'], ['2020年', '2020-01-01', '2020-12-31'], ['上年同期', '2020-01-01', '2020-12-31']],
    ],
    [
      '去年同期 in a later paragraph compares with the last period named before it',
      '1-4月累计营业额增长52%。\n整体评估而言，营业额较去年同期仍属平稳。',
      [['1-4月', '2022-01-01', '2022-04-30'], ['去年同期', '2021-01-01', '2021-04-30']],
    ],
    [
      'a named year with 同期 moves the period in force to that year',
      '2023年1-9月营业额8245亿元，较2021年同期增长3%。',
      [['2023年1-9月', '2023-01-01', '2023-09-30'], ['2021年同期', '2021-01-01', '2021-09-30']],
    ],
    [
      'a single day is no period for 同期',
      '2022年11月15日\n营业额较去年同期增长。',
      [['2022年11月15日', '2022-11-15', '2022-11-15'], ['去年同期', '2021-01-01', '2021-11-15']],
    ],
  ])('%s', (_what, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});
