import { describe, expect, it } from 'vitest';
import type { DateMention } from '../models/dateMention.js';
import type { ParseOptions } from '../models/options.js';
import { extractDates } from '../api/extractDates.js';

/** One expected mention: its text (placed like a gold mention), grain, interval and bound. */
interface Expected {
  text: string;
  /** Where the mention starts, when it is not the first occurrence of its text. */
  start?: number;
  grain: DateMention['grain'];
  from?: string;
  to?: string;
  modifier?: DateMention['modifier'];
}
interface Case {
  text: string;
  ref: string;
  region?: ParseOptions['region'];
  expected: Expected[];
}

const REF = '2022-11-15';
const day = (text: string, d: string, ref = REF, span = text): Case => ({ text, ref, expected: [{ text: span, grain: 'day', from: d, to: d }] });
const one = (text: string, grain: DateMention['grain'], from: string, to: string, ref = REF, span = text): Case => ({
  text,
  ref,
  expected: [{ text: span, grain, from, to }],
});
const bound = (text: string, modifier: DateMention['modifier'], from: string | undefined, to: string | undefined, span = text, ref = REF): Case => ({
  text,
  ref,
  expected: [{ text: span, grain: 'range', ...(from ? { from } : {}), ...(to ? { to } : {}), modifier }],
});
const vague = (text: string, span = text): Case => ({ text, ref: REF, expected: [{ text: span, grain: 'vague' }] });
const none = (text: string, region?: ParseOptions['region']): Case => ({ text, ref: REF, ...(region ? { region } : {}), expected: [] });

// Places each expected text like a gold mention: the first occurrence after the previous one.
function place(text: string, expected: Expected[]): Array<Expected & { start: number; end: number }> {
  let from = 0;
  return expected.map((e) => {
    const start = e.start ?? text.indexOf(e.text, from);
    from = start + e.text.length;
    return { ...e, start, end: start + e.text.length };
  });
}

function run(c: Case): Array<Expected & { start: number; end: number }> {
  const got = extractDates(c.text, { referenceDate: c.ref, ...(c.region ? { region: c.region } : {}) });
  for (const d of got) expect(c.text.slice(d.start, d.end)).toBe(d.text);
  return got.map((d) => ({
    text: d.text,
    start: d.start,
    end: d.end,
    grain: d.grain,
    ...(d.from ? { from: d.from } : {}),
    ...(d.to ? { to: d.to } : {}),
    ...(d.modifier ? { modifier: d.modifier } : {}),
  }));
}

const ABSOLUTE: Case[] = [
  day('2022年6月15日投用', '2022-06-15', REF, '2022年6月15日'),
  { text: '已于2022年6月投用', ref: REF, expected: [{ text: '2022年6月', grain: 'month', from: '2022-06-01', to: '2022-06-30' }] },
  one('自2020年全面启动建设以来', 'year', '2020-01-01', '2020-12-31', REF, '2020年'),
  day('2022.6.15', '2022-06-15'),
  day('2022-06-15', '2022-06-15'),
  day('2022/6/15', '2022-06-15'),
  one('2022-06', 'month', '2022-06-01', '2022-06-30'),
  one('于2022.6启用', 'month', '2022-06-01', '2022-06-30', REF, '2022.6'),
  one('2022年度', 'year', '2022-01-01', '2022-12-31'),
  one('二〇一九年', 'year', '2019-01-01', '2019-12-31'),
  one('二零一七年下半年', 'range', '2017-07-01', '2017-12-31'),
  one('零八年奥运会', 'year', '2008-01-01', '2008-12-31', REF, '零八年'),
  one('08年奥运会', 'year', '2008-01-01', '2008-12-31', REF, '08年'),
  day('18年10月1日', '2018-10-01'),
  one('２０２２年６月', 'month', '2022-06-01', '2022-06-30'),
  one('2008 年 奥运会', 'year', '2008-01-01', '2008-12-31', REF, '2008 年'),
  one('2018年 12月', 'month', '2018-12-01', '2018-12-31'),
  day('二零零四年八月十五', '2004-08-15'),
  day('十月十日', '2022-10-10'),
  day('9月3日', '2022-09-03'),
  day('9月3号', '2022-09-03'),
  day('2022年6月15號', '2022-06-15'),
  one('康熙二十年9月', 'month', '1681-09-01', '1681-09-30'),
  one('民国95年', 'year', '2006-01-01', '2006-12-31'),
  one('民國103年', 'year', '2014-01-01', '2014-12-31'),
  { text: '95年營收', ref: REF, region: 'taiwan', expected: [{ text: '95年', grain: 'year', from: '2006-01-01', to: '2006-12-31' }] },
];

const RELATIVE_YEARS: Case[] = [
  one('今年', 'year', '2022-01-01', '2022-12-31'),
  one('去年', 'year', '2021-01-01', '2021-12-31'),
  one('前年', 'year', '2020-01-01', '2020-12-31'),
  one('明年', 'year', '2023-01-01', '2023-12-31'),
  one('上年', 'year', '2021-01-01', '2021-12-31'),
  one('全年', 'year', '2022-01-01', '2022-12-31'),
  // 年内 (within the year) alone is the year in force, as 全年 is.
  one('年内', 'year', '2022-01-01', '2022-12-31'),
  one('年內，科技園公司錄取146間', 'year', '2022-01-01', '2022-12-31', REF, '年內'),
  one('今年9月', 'month', '2022-09-01', '2022-09-30'),
  one('去年12月', 'month', '2021-12-01', '2021-12-31'),
  one('明年3月', 'month', '2023-03-01', '2023-03-31'),
  one('上年度', 'year', '2021-01-01', '2021-12-31'),
  day('今年年底', '2022-12-31'),
  day('去年底', '2021-12-31'),
  one('年初', 'range', '2022-01-01', '2022-01-31'),
  one('年中，', 'range', '2022-06-01', '2022-07-31', REF, '年中'),
  day('年末', '2022-12-31'),
  one('今年内', 'year', '2022-01-01', '2022-12-31'),
];

const PARTS_OF_A_YEAR: Case[] = [
  one('月初', 'range', '2022-11-01', '2022-11-10'),
  day('月底', '2022-11-30'),
  one('9月上旬', 'range', '2022-09-01', '2022-09-10'),
  one('9月中旬', 'range', '2022-09-11', '2022-09-20'),
  one('9月下旬', 'range', '2022-09-21', '2022-09-30'),
  one('2月下旬', 'range', '2022-02-21', '2022-02-28'),
  day('2024年2月底', '2024-02-29'),
  one('上半年', 'range', '2022-01-01', '2022-06-30'),
  one('下半年', 'range', '2022-07-01', '2022-12-31'),
  one('去年上半年', 'range', '2021-01-01', '2021-06-30'),
  one('2017年上半年', 'range', '2017-01-01', '2017-06-30'),
  one('上个半年', 'range', '2022-01-01', '2022-06-30'),
  one('一季度', 'range', '2022-01-01', '2022-03-31'),
  one('第一季度', 'range', '2022-01-01', '2022-03-31'),
  one('二季度', 'range', '2022-04-01', '2022-06-30'),
  one('第四季度', 'range', '2022-10-01', '2022-12-31'),
  day('三季度末', '2022-09-30'),
  one('前三季度', 'range', '2022-01-01', '2022-09-30'),
  one('2021年前三季度', 'range', '2021-01-01', '2021-09-30'),
  one('2021年Q3', 'range', '2021-07-01', '2021-09-30'),
  one('今年Q1', 'range', '2022-01-01', '2022-03-31'),
  one('上季度', 'range', '2022-07-01', '2022-09-30'),
  one('前4月', 'range', '2022-01-01', '2022-04-30'),
  one('前11个月', 'range', '2022-01-01', '2022-11-30'),
  one('前两个月', 'range', '2022-01-01', '2022-02-28'),
  one('1至9月份', 'range', '2022-01-01', '2022-09-30'),
  one('1-9月', 'range', '2022-01-01', '2022-09-30'),
  one('1—9月', 'range', '2022-01-01', '2022-09-30'),
  one('一至九月', 'range', '2022-01-01', '2022-09-30'),
  one('2022年1-10月', 'range', '2022-01-01', '2022-10-31'),
  day('截至9月底', '2022-09-30', REF, '9月底'),
  one('截至今年9月，', 'month', '2022-09-01', '2022-09-30', REF, '今年9月'),
  one('2021年的第一周', 'range', '2021-01-04', '2021-01-10'),
  one('去年的前10天', 'range', '2021-01-01', '2021-01-10'),
  one('明年第九个月', 'month', '2023-09-01', '2023-09-30'),
  one('2021年的最后4个月', 'range', '2021-09-01', '2021-12-31'),
  day('四月的最后一个星期一', '2019-04-29', '2019-07-30'),
];

const RANGES_AND_PLANS: Case[] = [
  one('2023—2027年', 'range', '2023-01-01', '2027-12-31'),
  one('2023-2027年', 'range', '2023-01-01', '2027-12-31'),
  one('1995 - 1997年', 'range', '1995-01-01', '1997-12-31'),
  one('2022年至2024年', 'range', '2022-01-01', '2024-12-31'),
  one('2022年6月1日-6月30日', 'range', '2022-06-01', '2022-06-30'),
  one('6月1日至15日', 'range', '2022-06-01', '2022-06-15'),
  one('3月至5月', 'range', '2022-03-01', '2022-05-31'),
  one('8月至2月', 'range', '2022-08-01', '2023-02-28'),
  one('时间从一月十日到十二日', 'range', '2022-01-10', '2022-01-12', REF, '从一月十日到十二日'),
  one('2015年和2018年之间', 'range', '2015-01-01', '2018-12-31'),
  one('2018/1/10-2018/7/10', 'range', '2018-01-10', '2018-07-10'),
  one('新区“十四五”发展规划', 'range', '2021-01-01', '2025-12-31', REF, '十四五'),
  one('十四五规划', 'range', '2021-01-01', '2025-12-31', REF, '十四五'),
  one('“十三五”', 'range', '2016-01-01', '2020-12-31', REF, '十三五'),
  one('十五五时期', 'range', '2026-01-01', '2030-12-31', REF, '十五五'),
  one('“十五”期间', 'range', '2001-01-01', '2005-12-31', REF, '十五'),
  one('“九五”', 'range', '1996-01-01', '2000-12-31', REF, '九五'),
  one('上世纪九十年代', 'range', '1990-01-01', '1999-12-31'),
  one('九十年代', 'range', '1990-01-01', '1999-12-31'),
  one('80年代', 'range', '1980-01-01', '1989-12-31'),
  one('20世纪80年代', 'range', '1980-01-01', '1989-12-31'),
  one('十九世纪七十年代', 'range', '1870-01-01', '1879-12-31'),
];

const BOUNDS: Case[] = [
  bound('今年以来', 'since', '2022-01-01', '2022-11-15'),
  bound('2020年以来', 'since', '2020-01-01', '2022-11-15'),
  bound('自2018年以来', 'since', '2018-01-01', '2022-11-15'),
  bound('2018年至今', 'since', '2018-01-01', '2022-11-15'),
  bound('今年以來', 'since', '2022-01-01', '2022-11-15'),
  bound('年初以来', 'since', '2022-01-01', '2022-11-15'),
  bound('2018年以前', 'before', undefined, '2017-12-31'),
  bound('2015年前，', 'before', undefined, '2014-12-31', '2015年前'),
  bound('2019年4月4日或之前', 'until', undefined, '2019-04-04'),
  bound('2013年及以前', 'until', undefined, '2013-12-31'),
  bound('2015年1月1日或之后', 'since', '2015-01-01', undefined),
  bound('2009-08-29之后', 'after', '2009-08-30', undefined),
  bound('2023年起', 'since', '2023-01-01', undefined),
  bound('从2016年3月1日开始', 'since', '2016-03-01', undefined),
  bound('他07年以后', 'after', '2008-01-01', undefined, '07年以后'),
];

const DAYS_AND_WEEKS: Case[] = [
  day('15日', '2022-11-15'),
  day('本月十日', '2022-11-10'),
  day('2月29日', '2020-02-29'),
  day('29日', '2018-01-29', '2018-02-22'),
  day('今天', '2022-11-15'),
  day('昨天', '2022-11-14'),
  day('明天', '2022-11-16'),
  day('前天', '2022-11-13'),
  day('后天', '2022-11-17'),
  day('後天', '2022-11-17'),
  day('今日', '2022-11-15'),
  day('周一', '2022-11-14'),
  day('下周三', '2022-11-23'),
  day('下週三', '2022-11-23'),
  day('禮拜一', '2022-11-14'),
  day('下下周日', '2024-12-01', '2024-11-15'),
  day('上上個週三', '2024-10-30', '2024-11-15'),
  one('上周', 'range', '2022-11-07', '2022-11-13'),
  one('上上周', 'range', '2022-10-31', '2022-11-06'),
  one('本周末', 'range', '2022-11-19', '2022-11-20'),
  day('5年前', '2017-11-15'),
  day('三天前', '2022-11-12'),
  day('半年后', '2023-05-15'),
  one('上个月', 'month', '2022-10-01', '2022-10-31'),
  one('上個月', 'month', '2022-10-01', '2022-10-31'),
  one('下个月', 'month', '2022-12-01', '2022-12-31'),
  one('本月', 'month', '2022-11-01', '2022-11-30'),
];

const VAGUE: Case[] = [
  vague('近日，', '近日'),
  vague('近年来'),
  vague('近年來'),
  vague('目前'),
  vague('眼下'),
  vague('如今'),
  vague('现在我们', '现在'),
  vague('以前在找', '以前'),
  vague('最初，', '最初'),
  vague('日前'),
  vague('近期'),
  vague('截至目前', '目前'),
];

const NOT_DATES: Case[] = [
  none('而她在一天内就拿到了'),
  none('成立35年来'),
  none('3年'),
  none('型号QQ3'),
  none('Q35'),
  none('3日内完成'),
  none('5年内完成'),
  // 后年 after another word is 后 (after) and the 年 of what follows.
  none('达产后年营收预计超过30亿元'),
  none('建成后年产值可达80亿元'),
  none('三年内实现'),
  none('年内外'),
  none('兑换1000日元5日本銭'),
  none('订阅3日报'),
  none('有1000年历史'),
  none('每年6月举办'),
  none('地铁1号线'),
  none('一周一次'),
  none('增至2022.6万元'),
  none('12个月'),
  none('三个季度'),
  none('提前2个月'),
  none('体现在'),
  none('十五个'),
  none('成立十周年'),
  none('《明日之后》'),
  none('农历十月初一'),
  none('2月30日'),
  none('2019年2月29日'),
  none('13月'),
  none('1.2.3.4'),
  none('成立35年来', 'taiwan'),
  none('售价20日元'),
  none('我们发现在园区'),
];

const WORD_EDGES: Case[] = [
  none('技术合同年成交额达到1000万元'),
  none('如同年轻人一样'),
  one('同年5月实施', 'month', '2022-05-01', '2022-05-31', REF, '同年5月'),
  one('结合今年实际', 'year', '2022-01-01', '2022-12-31', REF, '今年'),
  one('2022年中国', 'year', '2022-01-01', '2022-12-31', REF, '2022年'),
  one('2022年内蒙古', 'year', '2022-01-01', '2022-12-31', REF, '2022年'),
  one('今年初步完成', 'year', '2022-01-01', '2022-12-31', REF, '今年'),
  one('9月起草', 'month', '2022-09-01', '2022-09-30', REF, '9月'),
  one('2015年前后', 'year', '2015-01-01', '2015-12-31', REF, '2015年'),
  { text: '今日头条报道了今日的新闻', ref: REF, expected: [{ text: '今日', start: 7, grain: 'day', from: REF, to: REF }] },
  { text: '2015年和2018年的销售额', ref: REF, expected: [
    { text: '2015年', grain: 'year', from: '2015-01-01', to: '2015-12-31' },
    { text: '2018年', grain: 'year', from: '2018-01-01', to: '2018-12-31' },
  ] },
  { text: '前三季度，营收比去年同期增长10%', ref: REF, expected: [
    { text: '前三季度', grain: 'range', from: '2022-01-01', to: '2022-09-30' },
    { text: '去年同期', grain: 'range', from: '2021-01-01', to: '2021-09-30' },
  ] },
  one('比去年同期', 'range', '2021-01-01', '2021-11-15', REF, '去年同期'),
];

describe('extractDates', () => {
  describe.each([
    ['absolute dates', ABSOLUTE],
    ['relative years', RELATIVE_YEARS],
    ['parts of a year or month', PARTS_OF_A_YEAR],
    ['ranges, plans and decades', RANGES_AND_PLANS],
    ['bounds (以来, 以前, 或之后 …)', BOUNDS],
    ['days and weeks', DAYS_AND_WEEKS],
    ['vague words', VAGUE],
    ['what is not a date', NOT_DATES],
    ['word edges', WORD_EDGES],
  ])('%s', (_name, cases) => {
    it.each(cases)('$text (reference $ref)', (c) => {
      expect(run(c)).toEqual(place(c.text, c.expected));
    });
  });

  // A bulletin published the next spring: its title's year is the year of 全年, 年末 and 上年末.
  it.each([
    {
      name: 'a year a heading states is in force in the paragraphs under it',
      text: '2021年高新区统计公报\n初步核算，全区生产总值增长6.2%。\n年末常住人口比上年末增加4.6万人，全年新登记企业5.2万户。',
      dates: [['2021年', '2021-01-01'], ['年末', '2021-12-31'], ['上年末', '2020-12-31'], ['全年', '2021-01-01']],
    },
    {
      name: 'a later heading states another year',
      text: '2020年情况\n全年营收增长。\n2021年情况\n全年营收增长。',
      dates: [['2020年', '2020-01-01'], ['全年', '2020-01-01'], ['2021年', '2021-01-01'], ['全年', '2021-01-01']],
    },
    {
      name: '今年 in a heading puts no year in force; 今年 is the reference date’s',
      text: '南科产值今年估逾3000亿\n全年产值将超过3000亿元。\n2021年高新区统计公报\n今年以来增长较快。',
      dates: [['今年', '2022-01-01'], ['全年', '2022-01-01'], ['2021年', '2021-01-01'], ['今年以来', '2022-01-01']],
    },
    {
      name: 'a day of the reference date’s month stays in the reference date’s year under a heading year',
      text: '2021年高新区统计公报\n管委会今（15）日公布，15日起申报。',
      dates: [['2021年', '2021-01-01'], ['今（15）日', '2022-11-15'], ['15日起', '2022-11-15']],
    },
    {
      name: 'a heading year serves 全年 and 上年, not a bare month and day (a news page’s own date)',
      text: '2021年营收增长12%\n1月10日，公司公布年报。\n全年营收比上年增长。',
      dates: [['2021年', '2021-01-01'], ['1月10日', '2022-01-10'], ['全年', '2021-01-01'], ['上年', '2020-01-01']],
    },
    {
      name: 'a year in a sentence is no heading',
      text: '2021年营收增长12%，创下新高。\n全年新增企业120家。',
      dates: [['2021年', '2021-01-01'], ['全年', '2022-01-01']],
    },
  ])('$name', ({ text, dates }) => {
    expect(extractDates(text, { referenceDate: REF }).map((d) => [d.text, d.from])).toEqual(dates);
  });

  // Without the page's date the reference date is today's, a guess: the year a title states is
  // then the better year for a bare month under it (a statistics page that prints no date).
  it.each([
    {
      name: 'a title of a period with its year, the reference date a guess',
      text: '2024年1-9月苏州高新区经济运行情况\n一、工业生产\n1-9月，规上工业总产值增长6.8%，比上年同期提高1.1个百分点。',
      options: {},
      dates: [['2024年1-9月', '2024-01-01'], ['1-9月', '2024-01-01'], ['上年同期', '2023-01-01']],
    },
    {
      name: '今年 under a title that states its year, the reference date a guess',
      text: '东湖高新区2024年上半年工作总结\n今年以来，各项工作取得积极成效。上半年地区生产总值增长7.2%。',
      options: {},
      dates: [['2024年上半年', '2024-01-01', '2024-06-30'], ['今年以来', '2024-01-01', '2024-12-31'], ['上半年', '2024-01-01', '2024-06-30']],
    },
    {
      name: 'a title of a whole year, the reference date a guess',
      text: '2021年高新区统计公报\n3月，园区新增企业120家。',
      options: {},
      dates: [['2021年', '2021-01-01'], ['3月', '2021-03-01']],
    },
    {
      name: 'a table row holding a month is no title',
      text: '年月 | 件数\n1977.1 | 12\n上半年新增企业120家。',
      options: { referenceDate: REF },
      dates: [['1977.1', '1977-01-01'], ['上半年', '2022-01-01']],
    },
    {
      name: 'a masthead’s day is the page’s date, no heading year',
      text: '科技日报　2021年10月30日　第5版\n合肥高新区前三季度营收增长。',
      options: { referenceDate: REF },
      dates: [['2021年10月30日', '2021-10-30'], ['前三季度', '2022-01-01']],
    },
  ])('$name', ({ text, options, dates }) => {
    expect(extractDates(text, options).map((d) => [d.text, d.from, d.to].slice(0, dates[0]!.length))).toEqual(dates);
  });

  it('states the month and implies the year of 今年9月, from the reference date', () => {
    const [d] = extractDates('截至今年9月', { referenceDate: REF });
    expect(d).toMatchObject({ stated: { month: 9 }, implied: { year: 2022 }, impliedFrom: 'referenceDate' });
  });

  it('states every component of 2022年6月15日 and implies none', () => {
    const [d] = extractDates('2022年6月15日', { referenceDate: REF });
    expect(d).toMatchObject({ stated: { year: 2022, month: 6, day: 15 }, implied: {}, impliedFrom: 'none' });
  });

  it('resolves against the dateline when no reference date is given', () => {
    const [, d] = extractDates('2021年3月2日\n今年9月，研发平台312个', undefined);
    expect(d).toMatchObject({ text: '今年9月', from: '2021-09-01', to: '2021-09-30' });
  });

  it('resolves against today when there is neither option nor dateline', () => {
    const [d] = extractDates('今年9月', undefined, () => new Date(2020, 5, 1, 15, 30));
    expect(d).toMatchObject({ from: '2020-09-01', to: '2020-09-30' });
  });

  it('throws on a bad reference date only', () => {
    expect(() => extractDates('今年', { referenceDate: '2022-13-01' })).toThrow(/referenceDate/);
  });
});

describe('forms real reports use', () => {
  const REF2 = '2023-10-20';
  it.each([
    ['a day alone takes the month in force: 今（12）日', '今（12）日，签约仪式举行。', [['今（12）日', 'day', '2023-10-12', '2023-10-12']]],
    ['昨(19)日', '主管机关昨(19)日表示', [['昨(19)日', 'day', '2023-10-19', '2023-10-19']]],
    ['二十二日, after a month', '10月5日开工，二十二日投产。', [['10月5日', 'day', '2023-10-05', '2023-10-05'], ['二十二日', 'day', '2023-10-22', '2023-10-22']]],
    ['二十二日 alone', '二十二日，园区举行推介会。', [['二十二日', 'day', '2023-10-22', '2023-10-22']]],
    ['昨 alone is yesterday', '局长戴谦昨指出，产值将逾3千亿元。', [['昨', 'day', '2023-10-19', '2023-10-19']]],
    ['a part of the day joins the span', '今天上午，项目签约。', [['今天上午', 'day', '2023-10-20', '2023-10-20']]],
    ['a time joins a numeric date', '发布时间：2011-04-02 11:43:44', [['2011-04-02 11:43:44', 'day', '2011-04-02', '2011-04-02']]],
    ['近三年来', '近三年来，园区营收翻番。', [['近三年来', 'range', '2020-10-21', '2023-10-20']]],
    ['过去5年', '过去5年，企业数量增长。', [['过去5年', 'range', '2018-10-21', '2023-10-20']]],
    ['近三年 as a duration is no date', '项目历时近三年建成。', []],
    ['a fiscal year over two years runs April to March', '於 2014/15 財政年度的集資金額', [['2014/15 財政年度', 'range', '2014-04-01', '2015-03-31']]],
    ['2022/23年度', '公司2022/23年度收入增长', [['2022/23年度', 'range', '2022-04-01', '2023-03-31']]],
    ['a fiscal year with a dash where 財政年度 says so', '政府在2024-25財政年度預算中預留100億元', [['2024-25財政年度', 'range', '2024-04-01', '2025-03-31']]],
    ['a fiscal year in Chinese numerals', '二〇二三／二四年度，基金共批出约二千五百个项目', [['二〇二三／二四年度', 'range', '2023-04-01', '2024-03-31']]],
    ['a record high names its year', '营业额挑战2010年历史高点', [['2010年', 'year', '2010-01-01', '2010-12-31']]],
    ['首三季 (Hong Kong, Taiwan) is the first three quarters', '今年首三季，出口增長5%。', [['今年首三季', 'range', '2023-01-01', '2023-09-30']]],
    ['首季 is the first quarter', '首季營收下跌', [['首季', 'range', '2023-01-01', '2023-03-31']]],
    ['同日 is the day in force', '2023年10月9日签约，同日开工。', [['2023年10月9日', 'day', '2023-10-09', '2023-10-09'], ['同日', 'day', '2023-10-09', '2023-10-09']]],
    ['不可同日而语 is an idiom', '2023年10月9日签约，两者不可同日而语。', [['2023年10月9日', 'day', '2023-10-09', '2023-10-09']]],
    ['a weekday in brackets joins its day', '2023年10月20日（星期五）举行', [['2023年10月20日（星期五）', 'day', '2023-10-20', '2023-10-20']]],
    ['未来三年 runs from the reference date', '未来三年，园区将新增企业500家。', [['未来三年', 'range', '2023-10-20', '2026-10-19']]],
    ['“十四五”以来 runs to the reference date', '“十四五”以来，园区新增企业。', [['“十四五”以来', 'range', '2021-01-01', '2023-10-20']]],
    ['十四五末 is the last day of the plan', '到十四五末，产值将破千亿。', [['十四五末', 'day', '2025-12-31', '2025-12-31']]],
    ['国庆期间', '国庆期间，园区企业加班生产。', [['国庆期间', 'range', '2023-10-01', '2023-10-07']]],
    ['春节前 is found, vague', '春节前，项目完成签约。', [['春节前', 'vague', undefined, undefined]]],
    ['国庆 alone is a name', '王国庆表示，将加快建设。', []],
    ['1至3季度', '今年1至3季度，营收增长。', [['今年1至3季度', 'range', '2023-01-01', '2023-09-30']]],
    ['第3季 without 度', '到第3季从业人员已达3.1万人', [['第3季', 'range', '2023-07-01', '2023-09-30']]],
    ['a reporter named 周三春 is no weekday', '(记者周三春)今年前三季度', [['今年前三季度', 'range', '2023-01-01', '2023-09-30']]],
    ['a 号 range alone is a window, not a date', '综合窗口22-28号', []],
  ])('%s', (_what, text, expected) => {
    const found = extractDates(text, { referenceDate: REF2 }).map((d) => [d.text, d.grain, d.from, d.to]);
    expect(found).toEqual(expected);
  });
});
