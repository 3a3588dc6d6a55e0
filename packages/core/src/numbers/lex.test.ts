import { describe, expect, it } from 'vitest';
import { fractionBarAt, fractionBarBefore, lex } from './lex.js';

/** The kinds of the tokens lexed at 0, or the resume position. */
function kinds(text: string): string | number {
  const tokens = lex(text, 0);
  return typeof tokens === 'number' ? tokens : tokens.map((t) => t.k).join(' ');
}

describe('lex: a run of numeral characters as tokens', () => {
  it.each([
    ['一千二百', 'digit small digit small'],
    ['20.8亿元', 'arabic big'],
    ['13.5万', 'arabic big'],
    ['四百点五', 'digit small point'],
    ['四百 点 五', 'digit small point'],
    ['十余万', 'small fill big'],
    ['二十几万', 'digit small fill big'],
    ['二〇一九年', 'digit digit digit digit'],
    ['7万 5千 4百', 'arabic big arabic small arabic small'],
    ['一百 五 十', 'digit small digit small'],
    ['3 5', 'arabic'],
    ['千瓦', 1],
    ['五百分之一', 'digit small'],
    ['百分比', 1],
    ['十分钟', 'small'],
    ['十余', 'small'],
  ])('%s: %s', (text, expected) => {
    expect(kinds(text)).toBe(expected);
  });
});

describe('the fraction bar 分之', () => {
  it.each([
    ['五分之一', 1, true],
    ['二分 之一', 1, true],
    ['３ 分  之 一', 1, true],
    ['五分钟', 1, false],
  ])('at: %s', (text, pos, expected) => {
    expect(fractionBarAt(text, pos)).toBe(expected);
  });

  it.each([
    ['五分之一', 3, true],
    ['五分 之 一', 5, true],
    ['五之一', 2, false],
  ])('before: %s', (text, pos, expected) => {
    expect(fractionBarBefore(text, pos)).toBe(expected);
  });
});
