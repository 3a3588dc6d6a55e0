/**
 * What a date written with Arabic digits needs right after its first run of digits, so the
 * scanner can pass over the many numbers that are no date (1500余名, 20.8亿元, 312家) without
 * trying a dozen patterns at each.
 *
 * Every pattern that opens with a digit (year, year range, numeric date, fiscal year, month,
 * day, ranges, quarter, "N years ago", decade, ROC year) reads one group of digits, then at
 * most a few ASCII spaces, then one of the characters below; none lets a digit follow its first
 * group. A point or slash follows only the four digits of a year (2022.6.15, 2022/23财年).
 * The patterns' test checks that no digit-led match starts where this says none can.
 */
import { arabicDigit } from '../knowledge/numerals.js';

const ANY_RUN = 1;
const FOUR_DIGITS = 2;

// 年 月 日 号 號 (units), 世 (世纪), 个 個 周 週 星 天 (spans), 季 (quarters), and the range
// separators — – ~ ～ － - 至 到; a point or slash after a four-digit year.
const FOLLOWER = new Uint8Array(0x10000);
for (const ch of '年月日号號世个個周週星天季—–~～－-至到') FOLLOWER[ch.charCodeAt(0)] = ANY_RUN;
for (const ch of '.．/／') FOLLOWER[ch.charCodeAt(0)] = FOUR_DIGITS;

/**
 * Whether a date atom may start at `at`, where a digit stands: false when what follows the
 * run of digits (and any spaces) can continue no date.
 *
 * @example
 * dateMayStartAtDigits('2022年', 0); // true
 * dateMayStartAtDigits('1500余名', 0); // false
 * dateMayStartAtDigits('20.8亿元', 0); // false (a point follows only a four-digit year)
 */
export function dateMayStartAtDigits(text: string, at: number): boolean {
  const n = text.length;
  let p = at;
  while (p < n && arabicDigit(text.charCodeAt(p)) >= 0) p++;
  const run = p - at;
  while (p < n && text.charCodeAt(p) === 0x20) p++;
  if (p >= n) return false;
  const follower = FOLLOWER[text.charCodeAt(p)];
  return follower === ANY_RUN || (follower === FOUR_DIGITS && run === 4);
}
