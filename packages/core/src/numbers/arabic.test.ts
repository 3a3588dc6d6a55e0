import { describe, expect, it } from 'vitest';
import { digitsValue, isLeadingPoint, readArabic } from './arabic.js';

describe('readArabic: one Arabic number and what closes it', () => {
  it.each([
    ['1373家', 1373, 4, false],
    ['1,373家', 1373, 5, false],
    ['12,345,678元', 12345678, 10, false],
    ['1,37家', 1, 1, false],
    ['12.6%', 12.6, 4, false],
    ['１２．５％', 12.5, 4, false],
    ['2e5', 2e5, 3, true],
    ['12.32e+14', 12.32e14, 9, true],
    ['2^5', 32, 3, true],
    ['40k ', 40000, 3, true],
    ['-2.5 M', 2.5e6, 6, true],
    ['4K视频', 4, 1, false],
  ])('%s: %d, ends at %d, closed %s', (text, value, end, closed) => {
    const start = text.startsWith('-') ? 1 : 0;
    const t = readArabic(text, start);
    expect(typeof t === 'number' ? t : [t.v, t.e, t.closed]).toEqual([value, end, closed]);
  });

  it.each([
    ['a dotted date', '2022.6.15', 9],
    ['a version', '1.2.3版', 5],
    ['more than 20 digits', '123456789012345678901', 21],
  ])('skips %s, resuming after it', (_what, text, resume) => {
    expect(readArabic(text, 0)).toBe(resume);
  });
});

describe('isLeadingPoint: .5 opens a number where the point is no full stop', () => {
  it.each([
    ['增长.5', 2, true],
    ['增长。.5', 3, true],
    ['a.5', 1, false],
    ['3.5', 1, false],
    ['..5', 1, false],
    ['.x', 0, false],
  ])('%s at %d: %s', (text, pos, expected) => {
    expect(isLeadingPoint(text, pos)).toBe(expected);
  });
});

describe('digitsValue', () => {
  it.each([['123', 123], ['１２', 12], ['1.5', 1.5], ['１．５', 1.5]])('%s is %d', (s, v) => {
    expect(digitsValue(s)).toBe(v);
  });
});
