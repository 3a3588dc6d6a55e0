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

/**
 * Regex source matching the numbers of `isRocYear`, in ASCII or full-width digits (for patterns
 * built once at load): the figure rules leave ３５年 to the dates as they leave 35年.
 */
export const ROC_YEAR_DIGITS = '[3-9３-９][0-9０-９]|[1１][0-2０-２][0-9０-９]|[1１][3３][0０]';
