import { describe, expect, it } from 'vitest';
import { wordEndCheck } from './wordEnds.js';

describe('wordEndCheck', () => {
  const one = wordEndCheck(['增长', '为'], 1);
  const two = wordEndCheck(['港币'], 2);
  it.each([
    [one, '增长12%', 2, 0, true],
    [one, '增长 12%', 3, 0, true],
    [one, '增长\u300012%', 3, 0, true],
    [one, '增长  12%', 4, 0, false],
    [one, '营收12%', 2, 0, false],
    [one, '增长12%', 2, 2, false],
    [one, '为12', 1, 0, true],
    [two, '港币  5亿', 4, 0, true],
    [two, '港币   5亿', 5, 0, false],
    [two, '港币5亿', 2, 1, true],
  ])('%#: %j before %d (from %d): %s', (check, text, pos, lower, expected) => {
    expect(check(text, pos, lower)).toBe(expected);
  });
});
