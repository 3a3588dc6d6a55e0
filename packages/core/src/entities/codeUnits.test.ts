import { describe, expect, it } from 'vitest';
import { hasUnitOf, unitsOf } from './codeUnits.js';

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
