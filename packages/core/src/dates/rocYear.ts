/**
 * Years of the Republic of China calendar, as Taiwan pages write them: 民国1年 is 1912, so
 * `112年` is 2023 and `民國95年底` is 2006-12-31. One rule for dates and figures: on a Taiwan
 * page a two- or three-digit number before 年 is such a year, never a count of years ago
 * (`112年前三季` is the first three quarters of 2023).
 */

/** ROC year n is Gregorian year n + 1911. */
export const ROC_OFFSET = 1911;

/** Regex source of the ROC years a Taiwan page writes bare: 40–199 (1951–2110). */
export const ROC_YEAR_DIGITS = '(?:[4-9][0-9]|1[0-9]{2})';

/**
 * The Gregorian year of ROC year `n`, or undefined when `n` is not one a page writes bare.
 *
 * @example
 * gregorianOfRocYear(112); // 2023
 * gregorianOfRocYear(8);   // undefined
 */
export function gregorianOfRocYear(n: number): number | undefined {
  return Number.isInteger(n) && n >= 40 && n <= 199 ? n + ROC_OFFSET : undefined;
}

// After N年前, what makes 前 the start of "the first N quarters / months" of an ROC year.
const FIRST_PERIODS_AFTER = /^[一二三四五六七八九十两兩0-9０-９]{1,2}[个個]?(?:季|月)/;

/**
 * Whether `N年前…` at `yearEnd` (just after 年) opens "the first N quarters or months" of the
 * year (112年前三季) rather than saying "N years ago".
 *
 * @example
 * opensFirstPeriods('112年前三季營業額', 4); // true
 * opensFirstPeriods('5年前，公司成立', 2);    // false
 */
export function opensFirstPeriods(text: string, yearEnd: number): boolean {
  return text[yearEnd] === '前' && FIRST_PERIODS_AFTER.test(text.slice(yearEnd + 1, yearEnd + 5));
}
