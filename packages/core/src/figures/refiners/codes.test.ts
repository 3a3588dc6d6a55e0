import { describe, expect, it } from 'vitest';
import { numeralIn } from '../cases.test-support.js';
import { isInsideCode } from './codes.js';

describe('isInsideCode: digits that name things', () => {
  it.each([
    ['5G基站', '5', true],
    ['G60科创走廊', '60', true],
    ['PM2.5浓度', '2.5', true],
    ['06082.HK', '06082', true],
    ['区号0571', '0571', true],
    ['A-3地块', '3', true],
    ['5kg', '5', false],
    ['3GW', '3', false],
    ['312个', '312', false],
    ['0.5元', '0.5', false],
  ])('%s: %s', (text, numeral, code) => {
    expect(isInsideCode(text, numeralIn(text, numeral))).toBe(code);
  });
});
