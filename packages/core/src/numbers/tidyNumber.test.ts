import { describe, expect, it } from 'vitest';
import { tidyNumber } from './tidyNumber.js';

describe('tidyNumber removes floating-point noise from scaled decimals', () => {
  it.each([
    [9.3 * 1e8, 930000000],
    [4.78 * 1e12, 4780000000000],
    [0.1 + 0.2, 0.3],
    [128 * (10000 / 15), 85333.3333333333],
    [-2.5, -2.5],
    [0, 0],
    [-0, 0],
    [1373, 1373],
    [123456789012345, 123456789012345],
    [1.2345678901234567e17, 123456789012346000],
  ])('%d → %d', (input, expected) => {
    expect(tidyNumber(input)).toBe(expected);
  });
});
