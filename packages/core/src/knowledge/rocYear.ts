/**
 * The ROC-year rule (民國紀年): on a Taiwan page a bare 35年 or 112年 counts years from 1912,
 * so it is a date, not a span of time. One range for both sides: the figure rules leave these
 * numbers to the dates, and the date patterns read exactly these as years, so no 年 falls
 * between the two (35年 used to be neither a figure nor a date).
 *
 * 30 is 1941, the earliest year a report on today's zones looks back to; 130 is 2041, beyond
 * any plan a report cites. Outside the range, 25年 and 150年 are spans of time.
 */
export const ROC_YEAR_MIN = 30;
export const ROC_YEAR_MAX = 130;

/** The offset from an ROC year to the Gregorian year (民國1年 = 1912). */
export const ROC_YEAR_OFFSET = 1911;

/**
 * Whether a bare number before 年 falls in the ROC-year range.
 *
 * @example
 * isRocYear(112); // true
 * isRocYear(25);  // false
 */
export function isRocYear(n: number): boolean {
  return Number.isInteger(n) && n >= ROC_YEAR_MIN && n <= ROC_YEAR_MAX;
}

/** Regex source matching the ASCII numbers of `isRocYear` (for patterns built once at load). */
export const ROC_YEAR_DIGITS = '[3-9][0-9]|1[0-2][0-9]|130';
