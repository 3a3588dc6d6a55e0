import { describe, expect, it } from 'vitest';
import { globBase, isGlob } from './glob.js';

describe('globBase and isGlob', () => {
  it.each([
    ['reports/**/*.txt', 'reports'],
    ['*.txt', '.'],
    ['/data/zone/*.txt', '/data/zone'],
  ])('the base of %s is %s', (pattern, base) => {
    expect(globBase(pattern)).toBe(base);
  });
  it.each([
    ['reports/a.txt', false],
    ['reports/*.txt', true],
  ])('isGlob(%s) is %s', (input, expected) => {
    expect(isGlob(input)).toBe(expected);
  });
});
