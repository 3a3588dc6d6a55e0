import { describe, expect, it } from 'vitest';
import { globBase, globToRegExp, isGlob } from './glob.js';

describe('globToRegExp matches report paths', () => {
  it.each([
    ['*.txt', 'a.txt', true],
    ['*.txt', 'dir/a.txt', false],
    ['reports/**/*.txt', 'reports/a.txt', true],
    ['reports/**/*.txt', 'reports/2022/05/a.txt', true],
    ['reports/**/*.txt', 'other/a.txt', false],
    ['r?.md', 'r1.md', true],
    ['*.{txt,md}', 'a.md', true],
    ['*.{txt,md}', 'a.html', false],
    ['a+b(1).txt', 'a+b(1).txt', true],
  ])('%s ~ %s is %s', (pattern, path, expected) => {
    expect(globToRegExp(pattern).test(path)).toBe(expected);
  });
});

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
