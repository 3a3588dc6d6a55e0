import { describe, expect, it } from 'vitest';
import { isRocYear, ROC_YEAR_DIGITS, ROC_YEAR_MAX, ROC_YEAR_MIN } from './rocYear.js';

describe('ROC years: one range, as a predicate and as a pattern', () => {
  const pattern = new RegExp(`^(?:${ROC_YEAR_DIGITS})$`);
  it.each([
    [29, false], [30, true], [35, true], [99, true], [100, true], [112, true], [130, true], [131, false], [199, false], [35.5, false],
  ])('%d: %s', (n, expected) => {
    expect(isRocYear(n)).toBe(expected);
    if (Number.isInteger(n)) expect(pattern.test(String(n))).toBe(expected);
  });

  it('the pattern matches every number of the range and nothing else from 0 to 999', () => {
    for (let n = 0; n < 1000; n++) expect(pattern.test(String(n)), String(n)).toBe(n >= ROC_YEAR_MIN && n <= ROC_YEAR_MAX);
  });

  it('the pattern reads full-width digits as the same numbers (１１２年 on a Taiwan page)', () => {
    const fullWidth = (n: number) => String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    for (let n = 0; n < 1000; n++) expect(pattern.test(fullWidth(n)), fullWidth(n)).toBe(n >= ROC_YEAR_MIN && n <= ROC_YEAR_MAX);
  });
});
