/**
 * The publication date a page prints on a line of its own, used as the reference date when the
 * caller gives none. Conservative: only a line that is a full date and nothing else (a label
 * such as 发布时间, brackets, a weekday or a clock time may go with it), among the first ten
 * non-empty lines, or in brackets among the last five. A date inside a sentence never counts.
 */
import { makeDay } from './resolve.js';

const SPACE = '[ \\t\\u3000]*';
// A newspaper's masthead before the date: 科技日报·园区版, 《中国高新技术产业导报》, 人民网.
const MASTHEAD = '《?[^\\s，。；：:0-9《》]{2,16}?(?:报|報|刊|版|网|網)》?(?:[·・][^\\s，。；：:0-9]{1,8})?';
// The page after the date: 第3版, 第A3版, A3版.
const PAGE = '第?[A-Za-z]?[0-9]{1,3}版';
const DATELINE = new RegExp(
  `^${SPACE}(?:(?:发布时间|發布時間|发布日期|發布日期|发稿时间|發稿時間|日期|时间|時間)[:：]?${SPACE}|${MASTHEAD}${SPACE})?` +
    `(?<open>[（(【\\[])?${SPACE}` +
    `(?<y>(?:19|20)[0-9]{2})(?:年(?<m1>[0-9]{1,2})月(?<d1>[0-9]{1,2})日|-(?<m2>[0-9]{1,2})-(?<d2>[0-9]{1,2})|/(?<m3>[0-9]{1,2})/(?<d3>[0-9]{1,2})|\\.(?<m4>[0-9]{1,2})\\.(?<d4>[0-9]{1,2}))` +
    `${SPACE}(?:(?:星期|周|週|礼拜|禮拜)[一二三四五六日天])?${SPACE}(?:${PAGE}${SPACE})?(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?${SPACE}` +
    `(?<close>[）)】\\]])?${SPACE}$`,
);
const PAIRS: Readonly<Record<string, string>> = { '（': '）', '(': ')', '【': '】', '[': ']' };
// Enough of either end of a page to hold its first ten and last five lines of text.
const HEAD = 4000;
const TAIL = 2000;

function readLine(line: string, bracketsRequired: boolean): Date | undefined {
  if (line.length > 60) return undefined;
  const m = DATELINE.exec(line);
  if (!m?.groups) return undefined;
  const { open, close } = m.groups;
  if ((open === undefined) !== (close === undefined)) return undefined;
  if (open !== undefined && PAIRS[open] !== close) return undefined;
  if (bracketsRequired && open === undefined) return undefined;
  const g = m.groups;
  const month = Number(g.m1 ?? g.m2 ?? g.m3 ?? g.m4);
  const day = Number(g.d1 ?? g.d2 ?? g.d3 ?? g.d4);
  return makeDay(Number(g.y), month, day);
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
  if (text.length <= HEAD) {
    for (const line of head.slice(-5)) {
      const d = readLine(line, true);
      if (d) return d;
    }
    return undefined;
  }
  for (const line of nonEmptyLines(text.slice(-TAIL)).slice(-5)) {
    const d = readLine(line, true);
    if (d) return d;
  }
  return undefined;
}
