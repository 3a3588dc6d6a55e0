import { describe, expect, it } from 'vitest';
import { parseReport } from '../api/parseReport.js';
import { findDateline, isDateFirstMasthead } from './dateline.js';
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
    ['发布时间：2023-10-20 来源：西安高新区管委会\n今年1至9月，营收增长。', '2023-10-20'],
    ['2023-10-20 10:32 来源：科技日报\n正文', '2023-10-20'],
    ['来源：人民网 2023年10月20日\n正文', '2023-10-20'],
    ['【字体：大 中 小】 发布时间：2023-10-20 09:30:15\n正文', '2023-10-20'],
    ['中科97年1-4月廠商營業額\n發布日期 2008/05/29 發布對象\n正文', '2008-05-29'],
    ['【新唐人2013年02月20日讯】(中央社记者林孟汝台北20日电)国科会表示,3大科学园区今年可望新增工作职缺。', '2013-02-20'],
    ['标题\n正文第一段。\n园区在国家级高新区排名居全省第一位。2013-08-01', '2013-08-01'],
    ['數碼港公布年度業績\n\n（香港　2024年9月12日）數碼港今日公布，社群公司增至逾2,100間。', '2024-09-12'],
    ['园区发布年报\n\n（2024年9月12日，北京）园区今日发布年报。', '2024-09-12'],
    ['【上海，2023年5月8日】张江科学城今日举行签约仪式。', '2023-05-08'],
    // The office that issues a release, its date with the weekday in brackets (Hong Kong's releases).
    ['創新科技署公布最新數字\n\n政府新聞處　2024年5月20日（星期一）\n\n創新科技署今日公布', '2024-05-20'],
    ['市政府新闻办公室 2024年5月20日\n正文', '2024-05-20'],
    // A masthead line that opens with its date, its reporter after it (Taiwan's papers on the web).
    ['竹科前三季營業額創同期新高\n2024/10/25 經濟日報 記者李孟珊／新竹報導\n\n國科會昨日公布', '2024-10-25'],
    ['标题\n2024-07-18 10:32 科技日报\n正文', '2024-07-18'],
    // A news agency, and a zone's office, as the source beside the date.
    ['臺灣中部科學園區去年營業額年減8.5%\n\n2024-02-15 中央社\n\n中部科學園區管理局今天公布', '2024-02-15'],
    ['科博会将于11月28日开幕\n\n绵阳科技城新区管委会　2024-11-21\n\n本届科博会', '2024-11-21'],
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
    ['a sentence with a source and a date in it', '据来源：记者了解，2023年10月20日，园区举行签约仪式。\n正文'],
    ['a wire dateline with no year', '【大紀元11月12日訊】〔自由時報記者洪友芳╱新竹報導〕'],
    ['a date inside the last sentence', '正文。\n园区于2013-08-01举行签约仪式。'],
    ['a bracketed date with a place inside a sentence', '园区表示（香港　2024年9月12日）将举行签约仪式。'],
    ['a date before a paper named in a sentence', '2024年10月25日经济日报 记者了解到，园区营收增长\n正文'],
    ['an office named in a sentence with a date', '绵阳科技城新区管委会于2024-11-21召开会议\n正文'],
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

describe('isDateFirstMasthead', () => {
  it.each([
    ['2024/10/25 经济日报 记者李孟珊／新竹报导', true],
    ['2024-07-18 10:32 科技日报', true],
    ['2024年10月25日 科技日报', true],
    ['2024年10月25日　人民网', true],
    ['2024年10月25日，园区发布年报', false],
    ['2024年10月25日 园区召开大会', false],
    ['科技日报 2024年10月25日', false],
  ])('%s → %s', (line, expected) => {
    expect(isDateFirstMasthead(line)).toBe(expected);
  });
});
