/**
 * A date written as the base of a comparison (`比2019年增长5.86%`, `较上年`, `較去年同期`) names what a
 * change is measured against, not the period a figure holds for: it puts no year in force and
 * governs no figure.
 */
const COMPARISON_BEFORE = /(?:[比较較]|较之|較之)[ ]?$/;

/**
 * Whether the date starting at `start` in `text` follows a comparison word (比, 较, 相比, 同比 …).
 *
 * @example
 * isComparisonBase('比2019年增长', 1); // true
 * isComparisonBase('2019年增长', 0);   // false
 */
export function isComparisonBase(text: string, start: number): boolean {
  return COMPARISON_BEFORE.test(text.slice(Math.max(0, start - 3), start));
}
