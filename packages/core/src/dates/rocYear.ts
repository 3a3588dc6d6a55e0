/**
 * Years of the Republic of China calendar as dates read them: 民国1年 is 1912, so `112年` is 2023
 * and `民國95年底` is 2006-12-31. The range of bare ROC years is knowledge/rocYear.ts's, shared
 * with the figure rules, so no 年 is both a date and a span of time.
 */
import { isRocYear, ROC_YEAR_OFFSET } from '../knowledge/rocYear.js';

/**
 * The Gregorian year of a bare ROC year `n`, or undefined when `n` is not one a page writes bare.
 *
 * @example
 * gregorianOfRocYear(112); // 2023
 * gregorianOfRocYear(8);   // undefined
 */
export function gregorianOfRocYear(n: number): number | undefined {
  return isRocYear(n) ? n + ROC_YEAR_OFFSET : undefined;
}
