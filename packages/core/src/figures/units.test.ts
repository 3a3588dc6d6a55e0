import { describe, expect, it } from 'vitest';
import { matchUnit } from './units.js';

describe('matchUnit checks the word a unit may start', () => {
  it.each([
    ['2家电脑周边厂商', 1, '家'],
    ['3家电子企业', 1, '家'],
    ['3家电企业', 1, undefined],
    ['12万平方呎', 3, '平方呎'],
    ['5家庭', 1, undefined],
    ['100家企业', 3, '家'],
  ])('%s at %i → %s', (text, pos, expected) => {
    expect(matchUnit(text, pos)?.text).toBe(expected);
  });
});
