/**
 * The publication date a page prints, used as the reference date when the caller gives none.
 * Conservative: among the first ten non-empty lines, a line that is a full date and nothing
 * else (a label such as 发布时间, brackets, a weekday or a clock time may go with it), a header
 * line of fields (`发布时间：2023-10-20 来源：…`, `来源：人民网 2023年10月20日`), a wire
 * dateline (`【新唐人2013年02月20日讯】`) or a release's place and date (`（香港　2024年9月12日）`); else a bracketed date among the last five lines, or a
 * date closing the page's last sentence (`…第一位。2013-08-01`). A date inside a sentence
 * never counts.
 */
import { MAX_FIELDS_LINE, holdsHeaderFields } from '../knowledge/headerFields.js';
import { foldScript } from '../text/foldScript.js';
import { makeDay } from './resolve.js';

const SPACE = '[ \\t\\u3000]*';
// A newspaper's masthead before the date: 科技日报·园区版, 《中国高新技术产业导报》, 人民网; a news
// agency (2024-02-15 中央社); or the office that issues a release (政府新聞處　2024年5月20日,
// 新闻办公室, 绵阳科技城新区管委会　2024-11-21).
const MASTHEAD = '《?[^\\s，。；：:0-9《》]{2,16}?(?:报|報|刊|版|网|網|社|新闻处|新聞處|新闻办|新聞辦|办公室|辦公室|管委会|管委會|管理委员会|管理委員會|政府|管理局)》?(?:[·・][^\\s，。；：:0-9]{1,8})?';
// The page after the date: 第3版, 第A3版, A3版.
const PAGE = '第?[A-Za-z]?[0-9]{1,3}版';
const DATELINE = new RegExp(
  `^${SPACE}(?:(?:发布时间|發布時間|发布日期|發布日期|发稿时间|發稿時間|日期|时间|時間)[:：]?${SPACE}|${MASTHEAD}${SPACE})?` +
    `(?<open>[（(【\\[])?${SPACE}` +
    `(?<y>(?:19|20)[0-9]{2})(?:年(?<m1>[0-9]{1,2})月(?<d1>[0-9]{1,2})日|-(?<m2>[0-9]{1,2})-(?<d2>[0-9]{1,2})|/(?<m3>[0-9]{1,2})/(?<d3>[0-9]{1,2})|\\.(?<m4>[0-9]{1,2})\\.(?<d4>[0-9]{1,2}))` +
    `${SPACE}(?:[（(]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][）)]?)?${SPACE}(?:${PAGE}${SPACE})?(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?${SPACE}` +
    `(?<close>[）)】\\]])?${SPACE}$`,
);
const PAIRS: Readonly<Record<string, string>> = { '（': '）', '(': ')', '【': '】', '[': ']' };
// A full date anywhere in a line, with the clock time a page may print after it.
const FULL_DATE = /(?<![0-9])(?<y>(?:19|20)[0-9]{2})(?:年(?<m1>[0-9]{1,2})月(?<d1>[0-9]{1,2})日|-(?<m2>[0-9]{1,2})-(?<d2>[0-9]{1,2})|\/(?<m3>[0-9]{1,2})\/(?<d3>[0-9]{1,2})|\.(?<m4>[0-9]{1,2})\.(?<d4>[0-9]{1,2}))(?![0-9])/;
// A newspaper's reporter after its masthead: 记者李孟珊, 记者 陈晓明／合肥报道 (read folded).
const REPORTER = '(?:本报)?(?:实习|见习|特约)?记者[ \\t\\u3000]*[\\u4e00-\\u9fff]{2,4}(?:[/／][\\u4e00-\\u9fff]{2,8}(?:报导|报道|电))?';
// A masthead line that opens with its date: 2024/10/25 經濟日報 記者李孟珊／新竹報導, as Taiwan's
// papers print it on the web, 2024-07-18 10:32 科技日报.
const DATE_FIRST = new RegExp(
  `^${SPACE}${FULL_DATE.source}(?:[ \\t\\u3000]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?[ \\t\\u3000]+${MASTHEAD}(?:[ \\t\\u3000]+${REPORTER})?${SPACE}$`,
);
// A full date written with 年月日, as a dateline or a release writes it.
const DATE = '(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日';
// 【新唐人2013年02月20日讯】, 本报北京10月20日电 with its year: the wire's own dateline.
const WIRE = new RegExp(`^[ \\t\\u3000]*[【\\[（(]?[^\\s，。；：:0-9【】()（）]{0,12}?${DATE}[ ]?[讯电]`);
// A press release opens its first paragraph with where and when, in brackets, either way round:
// （香港　2024年9月12日）, （2024年9月12日，香港）, 【北京，2024年9月12日】.
const PLACE = '[\\u4e00-\\u9fff]{2,8}';
const SEP = '[ \\t\\u3000，,、]+';
const PLACED = new RegExp(`^[ \\t\\u3000]*[（(【](?:${PLACE}${SEP}${DATE}|${DATE}${SEP}${PLACE})[）)】]`);
// The page's last sentence closed by the date it was published on.
const CLOSING_DATE = /[。！？”」][ \t\u3000]*((?:19|20)[0-9]{2}(?:-[0-9]{1,2}-[0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日))[ \t\u3000]*$/;
// Enough of either end of a page to hold its first ten and last five lines of text.
const HEAD = 4000;
const TAIL = 2000;

function dateOf(g: Record<string, string | undefined>): Date | undefined {
  const month = Number(g.m1 ?? g.m2 ?? g.m3 ?? g.m4);
  const day = Number(g.d1 ?? g.d2 ?? g.d3 ?? g.d4);
  return makeDay(Number(g.y), month, day);
}

/**
 * A header line of fields with a full date among them: `发布时间：2023-10-20 来源：西安高新区管委会`,
 * `2023-10-20 10:32 来源：科技日报`, `来源：人民网 2023年10月20日`, `【字体：大 中 小】 发布时间：…`,
 * a wire dateline `【新唐人2013年02月20日讯】`, or a release's `（香港　2024年9月12日）` opening its paragraph.
 */
function readHeaderLine(raw: string): Date | undefined {
  const line = foldScript(raw.slice(0, MAX_FIELDS_LINE));
  const first = DATE_FIRST.exec(line);
  if (first?.groups) return dateOf(first.groups);
  if (WIRE.test(line) || PLACED.test(line)) {
    const m = FULL_DATE.exec(line);
    return m?.groups ? dateOf(m.groups) : undefined;
  }
  if (raw.length > MAX_FIELDS_LINE || !holdsHeaderFields(line)) return undefined;
  const m = FULL_DATE.exec(line);
  return m?.groups ? dateOf(m.groups) : undefined;
}

function readLine(line: string, bracketsRequired: boolean): Date | undefined {
  if (line.length > 60) return undefined;
  const m = DATELINE.exec(line);
  if (!m?.groups) return undefined;
  const { open, close } = m.groups;
  if ((open === undefined) !== (close === undefined)) return undefined;
  if (open !== undefined && PAIRS[open] !== close) return undefined;
  if (bracketsRequired && open === undefined) return undefined;
  return dateOf(m.groups);
}

/**
 * Whether a line is a page's dateline or masthead (科技日报·园区版　2024年10月28日　第3版), so
 * the page structure can keep it out of titles.
 *
 * @example
 * isDatelineLine('人民日报 2022年11月15日 第10版'); // true
 */
export function isDatelineLine(line: string): boolean {
  return readLine(line.trim(), false) !== undefined || readLine(line.trim(), true) !== undefined;
}

/**
 * Whether a (folded) line is a masthead line that opens with its date, a reporter's credit
 * perhaps after it: a page's fields, no title and no paragraph.
 *
 * | line | masthead line |
 * | --- | --- |
 * | 2024/10/25 经济日报 记者李孟珊／新竹报导 | yes |
 * | 2024-07-18 10:32 科技日报 | yes |
 * | 2024年10月25日 科技日报 | yes |
 * | 2024年10月25日，园区发布年报 | no |
 */
export function isDateFirstMasthead(line: string): boolean {
  return line.length <= MAX_FIELDS_LINE && DATE_FIRST.test(line);
}

function nonEmptyLines(text: string): string[] {
  return text.split(/\r?\n/).filter((l) => l.trim().length > 0);
}

/**
 * The date a page's dateline states, as a local-midnight Date, or undefined.
 *
 * @example
 * findDateline('2022年11月15日\n西部(重庆)科学城……'); // 2022-11-15
 * findDateline('……全文完。\n（2022-11-15）');          // 2022-11-15
 * findDateline('今年9月，研发平台312个'); // undefined
 */
export function findDateline(text: string): Date | undefined {
  const head = nonEmptyLines(text.slice(0, HEAD));
  // The head's last line may be cut off by the slice; it still reads as a date or it does not.
  for (const line of head.slice(0, 10)) {
    const d = readLine(line, false);
    if (d) return d;
  }
  for (const line of head.slice(0, 10)) {
    const d = readHeaderLine(line);
    if (d) return d;
  }
  const tail = text.length <= HEAD ? head.slice(-5) : nonEmptyLines(text.slice(-TAIL)).slice(-5);
  for (const line of tail) {
    const d = readLine(line, true);
    if (d) return d;
  }
  const closing = CLOSING_DATE.exec(tail[tail.length - 1] ?? '');
  if (closing) {
    const m = FULL_DATE.exec(closing[1]!);
    if (m?.groups) return dateOf(m.groups);
  }
  return undefined;
}
