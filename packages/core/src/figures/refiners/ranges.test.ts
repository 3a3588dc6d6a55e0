import { describe, expect, it } from 'vitest';
import { readNumeral } from '../../numbers/readNumeral.js';
import { atomIn, ctxOf, numeralIn } from '../cases.test-support.js';
import { dashAsSeparator, rangeDraft, rangeSecond } from './ranges.js';

/** The range read from `first` and the numeral at `second` (text offsets), as [span, min, max] or undefined. */
function rangeOf(text: string, first: string, second: string): [string, number, number] | undefined {
  const ctx = ctxOf(text);
  const a = atomIn(ctx, first);
  const at = text.indexOf(second, a.end);
  const next = readNumeral(text, at);
  if (typeof next === 'number') throw new Error(`no numeral at ${at}`);
  const b = rangeSecond(ctx, a, next);
  const d = b && rangeDraft(ctx, a, b);
  return d && d.min !== undefined && d.max !== undefined ? [text.slice(d.start, d.end), d.min, d.max] : undefined;
}

describe('ranges: two numerals and a separator are one figure', () => {
  it.each([
    ['300至500万元', '300', '500万', ['300至500万元', 3e6, 5e6]],
    ['3万-5万元', '3万', '-5万', ['3万-5万元', 3e4, 5e4]],
    ['15%-20%', '15', '-20', ['15%-20%', 15, 20]],
    ['3到5年', '3', '5', ['3到5年', 3, 5]],
    ['10～20个', '10', '20', ['10～20个', 10, 20]],
  ] as const)('%s', (text, first, second, expected) => {
    expect(rangeOf(text, first, second)).toEqual(expected);
  });

  it.each([
    ['the ends do not rise', '500万至300万元', '500万', '300万'],
    ['the second has no unit', '3至5', '3', '5'],
    ['the units differ in kind', '3个至5元', '3', '5'],
    ['a year range', '2022年-2025年', '2022', '-2025'],
    ['an inner 余 on the first', '300余至500万元', '300', '500万'],
  ])('none when %s', (_what, text, first, second) => {
    expect(rangeOf(text, first, second)).toBeUndefined();
  });
});

describe('dashAsSeparator: the -20 of 15%-20% read without its minus', () => {
  it.each([
    ['15%-20%', '-20', 20],
    ['3万－5万', '－5万', 5e4],
  ])('%s', (text, numeral, value) => {
    expect(dashAsSeparator(text, numeralIn(text, numeral, 1))?.value).toBe(value);
  });

  it('a numeral with no dash stays as read', () => {
    expect(dashAsSeparator('15%至20%', numeralIn('15%至20%', '20', 2))).toBeUndefined();
  });
});
