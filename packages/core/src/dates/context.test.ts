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
    ['2019年，一季度营收增长；年底上市。', [['2019年', '2019-01-01', 'none'], ['一季度', '2019-01-01', 'context'], ['年底', '2019-12-01', 'context']]],
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

  it('does not let 去年同期 change what is in force', () => {
    const dates = extractDates('今年9月，比去年同期增长；10月，继续增长。', { referenceDate: REF });
    expect(dates.map((d) => d.from)).toEqual(['2022-09-01', '2021-09-01', '2022-10-01']);
  });

  it('drops 当天 when the passage names no day', () => {
    expect(extractDates('当天签约', { referenceDate: REF })).toEqual([]);
  });
});
