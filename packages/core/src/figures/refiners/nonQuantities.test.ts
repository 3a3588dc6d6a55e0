import { describe, expect, it } from 'vitest';
import { ctxOf, numeralIn } from '../cases.test-support.js';
import type { Draft } from '../types.js';
import { isInShortQuote, isPowerOfTen, keepDraft } from './nonQuantities.js';

/** Whether the draft of `figure` (numeral `numeral`, of `kind` in `unit`) is kept. */
function kept(text: string, figure: string, numeral: string, kind: Draft['kind'], unit: string | undefined, ordinals = false): boolean {
  const ctx = ctxOf(text, 'mainland', ordinals);
  const n = numeralIn(text, numeral, text.indexOf(figure));
  const start = text.indexOf(figure);
  const d: Draft = { start, end: start + figure.length, kind, unit, unitText: unit, value: n.value, numberStart: n.start, numberEnd: n.end, multiplier: 1, qualifiers: [] };
  if (n.max !== undefined) {
    d.min = n.value;
    d.max = n.max;
  }
  return keepDraft(ctx, d, n);
}

describe('keepDraft: what is no quantity', () => {
  it.each([
    ['a plain count', '引育企业1373家', '1373家', '1373', 'count', '家', true],
    ['an ordinal', '第三批企业', '三批', '三', 'count', '批', false],
    ['a vague pair as a rate', '百分之二三十', '二三十', '二三十', 'percent', '%', false],
    ['a lone 一 with a classifier', '一批企业', '一批', '一', 'count', '批', false],
    ['a lone 零', '零件', '零件', '零', 'count', '件', false],
    ['a power of ten after 每', '每百户', '百户', '百', 'count', '户', false],
    ['a count after 每 that is no power of ten', '每3户', '3户', '3', 'count', '户', true],
    ['a duration after 每', '每10年', '10年', '10', 'duration', '年', true],
    ['a Chinese 个 in a short quote', '“四个面向”', '四个', '四', 'count', '个', false],
    ['an Arabic 个 in a short quote', '“4个面向”', '4个', '4', 'count', '个', true],
    ['two numerals in a short quote', '“三减一优”', '三', '三', 'other', undefined, false],
    ['a count in a long quote', '“全区共有四个重点产业园区”', '四个', '四', 'count', '个', true],
  ] as const)('%s', (_what, text, figure, numeral, kind, unit, expected) => {
    expect(kept(text, figure, numeral, kind, unit)).toBe(expected);
  });

  it('keeps an ordinal as kind other when ordinals are asked for', () => {
    expect(kept('第三批企业', '三批', '三', 'count', '批', true)).toBe(true);
  });
});

describe('isPowerOfTen', () => {
  it.each([[10, true], [100, true], [1e4, true], [1, false], [20, false], [0, false], [10.5, false]])('%d: %s', (v, expected) => {
    expect(isPowerOfTen(v)).toBe(expected);
  });
});

describe('isInShortQuote', () => {
  it.each([
    ['“四个面向”', 1, 3, true],
    ['「一极两区」', 1, 3, true],
    ['“全区共有四个重点产业园区”', 5, 7, false],
    ['四个面向', 0, 2, false],
    ['”四个“', 1, 3, false],
  ])('%s [%d, %d): %s', (text, start, end, expected) => {
    expect(isInShortQuote(text, start, end, 6)).toBe(expected);
  });
});
