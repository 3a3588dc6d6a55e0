import { describe, expect, it } from 'vitest';
import { isoDay } from './isoDay.js';

describe('ISO days in local time', () => {
  it.each([
    [new Date(2022, 8, 1), '2022-09-01'],
    [new Date(2022, 11, 31, 23, 59), '2022-12-31'],
    [new Date(999, 0, 5), '0999-01-05'],
  ])('%s → %s', (date, expected) => {
    expect(isoDay(date)).toBe(expected);
  });
});
