import { describe, expect, it } from 'vitest';
import { numeralIn } from '../cases.test-support.js';
import { denominatorOf, percentPrefixDraft } from './percentPrefix.js';

describe('percentPrefixDraft: 百分之N and its kin', () => {
  it.each([
    ['百分之十五', '十五', 15, '百分之', 0],
    ['千分之五', '五', 0.5, '千分之', 0],
    ['百万分之3', '3', 0.0003, '百万分之', 0],
    ['百 分 之 20', '20', 20, '百分之', 0],
  ])('%s is %d%%', (text, numeral, value, unitText, start) => {
    const d = percentPrefixDraft(text, numeralIn(text, numeral, 3));
    expect(d).toMatchObject({ kind: 'percent', unit: '%', unitText, start });
    expect(d?.value).toBeCloseTo(value, 10);
  });

  it.each([
    ['三百分之一: the 百 belongs to a numeral', '三百分之一', '一'],
    ['no fraction word', '增长十五', '十五'],
  ])('%s', (_what, text, numeral) => {
    expect(percentPrefixDraft(text, numeralIn(text, numeral, 2))).toBeUndefined();
  });
});

describe('denominatorOf', () => {
  it.each([['百', 100], ['千', 1000], ['百万', 1e6], ['万万', 1e8], ['佰', 100]])('%s is %d', (units, value) => {
    expect(denominatorOf(units)).toBe(value);
  });
});
