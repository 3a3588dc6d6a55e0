import { describe, expect, it } from 'vitest';
import { isDigitChar, isSmallUnitChar, magnitudeValue } from './numerals.js';

describe('numeral characters', () => {
  it.each([
    ['十', 10], ['拾', 10], ['百', 100], ['千', 1000], ['万', 1e4], ['萬', 1e4], ['亿', 1e8], ['兆', 1e12], ['一', undefined], ['', undefined],
  ])('magnitude of %j is %s', (ch, value) => {
    expect(magnitudeValue(ch)).toBe(value);
  });

  it.each([
    ['一', true, false], ['两', true, false], ['〇', true, false], ['壹', true, false], ['7', true, false], ['７', true, false],
    ['十', false, true], ['佰', false, true], ['万', false, false], ['a', false, false], ['', false, false],
  ])('%j: digit %s, unit below 万 %s', (ch, digit, small) => {
    expect(isDigitChar(ch)).toBe(digit);
    expect(isSmallUnitChar(ch)).toBe(small);
  });
});
