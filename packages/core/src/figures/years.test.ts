import { describe, expect, it } from 'vitest';
import { ctxOf, numeralIn } from './cases.test-support.js';
import { isDurationYear, isYearNumber } from './years.js';

describe('isYearNumber: written like a year', () => {
  it.each([
    ['2022', true], ['二〇一九', true], ['1999', true], ['3000', false], ['999', false], ['2022.5', false], ['35', false],
  ])('%s: %s', (numeral, expected) => {
    expect(isYearNumber(numeralIn(numeral, numeral))).toBe(expected);
  });
});

describe('isDurationYear: N年 as a span of time', () => {
  it.each([
    ['mainland', '3年', '3', true],
    ['mainland', '35年', '35', true],
    ['mainland', '2022年', '2022', false],
    ['mainland', '民国35年', '35', false],
    ['taiwan', '於35年', '35', false],
    ['taiwan', '於35年營收', '35', false],
    ['taiwan', '於112年', '112', false],
    ['taiwan', '近30年來', '30', true],
    ['taiwan', '於30年來', '30', true],
    ['taiwan', '於25年', '25', true],
    ['taiwan', '於150年', '150', true],
    ['taiwan', '於三十五年', '三十五', true],
  ] as const)('%s page, %s: %s', (region, text, numeral, expected) => {
    const ctx = ctxOf(text, region);
    const n = numeralIn(text, numeral);
    expect(isDurationYear(ctx, n, n.end)).toBe(expected);
  });
});
