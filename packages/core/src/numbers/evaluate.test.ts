import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate.js';
import { lex } from './lex.js';

/** The evaluation of the whole run lexed at 0. */
function valueOf(text: string) {
  const tokens = lex(text, 0);
  if (typeof tokens === 'number') throw new Error(`nothing to lex in ${text}`);
  return evaluate(tokens);
}

describe('evaluate: Chinese place value', () => {
  it.each([
    ['一千二百', 1200, 1],
    ['两千四百五', 2450, 1],
    ['一万三', 13000, 1],
    ['一百零一万', 1010000, 1e4],
    ['十二', 12, 1],
    ['五兆六十二亿四万', 5006200040000, 1e4],
    ['20.8亿', 2080000000, 1e8],
    ['二〇一九', 2019, 1],
    ['四百点五', 400.5, 1],
    ['壹佰伍拾', 150, 1],
  ])('%s is %d (multiplier %d)', (text, value, multiplier) => {
    expect(valueOf(text)).toMatchObject({ value, multiplier });
  });

  it.each([
    ['十余万', 'over', undefined],
    ['二十几万', 'about', undefined],
    ['两三', 'about', 3],
    ['三五十', 'about', 50],
  ])('%s is approximate: %s, up to %s', (text, approx, max) => {
    const e = valueOf(text);
    expect(e?.approx).toBe(approx);
    expect(e?.max).toBe(max);
  });

  it.each([
    ['十四五: a digit run after a small unit', '十四五'],
    ['两两: 两 is never digit by digit', '两两'],
    ['百千: a larger small unit after a smaller', '百千'],
  ])('no numeral: %s', (_what, text) => {
    expect(valueOf(text)).toBeUndefined();
  });
});
