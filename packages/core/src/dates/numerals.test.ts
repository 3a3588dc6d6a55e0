import { describe, expect, it } from 'vitest';
import { readDateNumber } from './numerals.js';

describe('readDateNumber', () => {
  it.each([
    ['2022', 2022],
    ['０９', 9],
    ['二〇一九', 2019],
    ['二零一七', 2017],
    ['一九九○', 1990],
    ['零八', 8],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['三十一', 31],
    ['九十五', 95],
    ['一百零三', 103],
    ['元', 1],
    ['两', 2],
  ])('%s → %i', (text, value) => {
    expect(readDateNumber(text)).toBe(value);
  });

  it.each(['', '十十', '百十百', '二x', '一二三四五六七八九'])('rejects %j', (text) => {
    expect(readDateNumber(text)).toBeUndefined();
  });
});
