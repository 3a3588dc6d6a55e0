import { describe, expect, it } from 'vitest';
import { numeralIn } from '../cases.test-support.js';
import { discountAt, discountValue, spacedDiscountAt } from './discount.js';

describe('discountAt: N折', () => {
  it.each([
    ['打8折', '8', true],
    ['七五折', '七五', true],
    ['三点一折', '三点一', true],
    ['10折', '10', false],
    ['0折', '0', false],
    ['100折', '100', false],
    ['8折扣', '8', false],
    ['5折旧', '5', false],
    ['8折现金券', '8', true],
  ])('%s: %s', (text, numeral, found) => {
    const n = numeralIn(text, numeral);
    expect(discountAt(text, n, n.end) !== undefined).toBe(found);
  });
});

describe('spacedDiscountAt: 7 2 折 is 72%', () => {
  it.each([
    ['7 2 折', '7', 2],
    ['7　２折', '7', 2],
    ['7 2 折扣', '7', undefined],
    ['72 折', '72', undefined],
    ['7 2个', '7', undefined],
  ])('%s', (text, numeral, extra) => {
    const n = numeralIn(text, numeral);
    expect(spacedDiscountAt(text, n, n.end + 1)?.extra).toBe(extra);
  });
});

describe('discountValue', () => {
  it.each([
    [8, 0, 80], [7.5, 0, 75], [75, 0, 75], [7, 2, 72], [3.1, 0, 31],
  ])('%d折 (+%d) is %d%%', (numeral, extra, percent) => {
    expect(discountValue(numeral, extra)).toBeCloseTo(percent, 10);
  });
});
