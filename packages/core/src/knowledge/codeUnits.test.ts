import { describe, expect, it } from 'vitest';
import { hasUnitOf, isHanCode, unitsOf } from './codeUnits.js';

describe('code unit tables', () => {
  const table = unitsOf('的了\u3000');
  it.each([
    ['公司的', true],
    ['公司', false],
    ['甲\u3000乙', true],
    ['', false],
  ])('%j holds one of the units: %s', (s, expected) => {
    expect(hasUnitOf(s, table)).toBe(expected);
  });
});

describe('unitsOf', () => {
  it.each([
    ['，。', '，', 1],
    ['，。', '。', 1],
    ['，。', ',', 0],
    ['', 'a', 0],
  ])('%j holds %j: %i', (chars, c, held) => {
    expect(unitsOf(chars)[c.charCodeAt(0)]).toBe(held);
  });
});

describe('isHanCode', () => {
  it.each([
    ['园', true],
    ['一', true],
    ['龥', true],
    ['〇', false],
    ['，', false],
    ['A', false],
    ['5', false],
  ])('%j is a Han character: %s', (c, expected) => {
    expect(isHanCode(c.charCodeAt(0))).toBe(expected);
  });
  it('is false past the end of a string (NaN)', () => {
    expect(isHanCode(''.charCodeAt(0))).toBe(false);
  });
});
