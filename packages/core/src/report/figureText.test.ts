import { describe, expect, it } from 'vitest';
import type { Figure } from '../models/figure.js';
import { asOfText, figureValueText } from './figureText.js';

const base: Figure = { text: 'x', start: 0, end: 1, kind: 'count', value: 1373, approx: 'exact', numberText: '1373', multiplier: 1, qualifiers: [] };

describe('figureValueText', () => {
  it.each([
    [{ value: 2080000000 }, '2,080,000,000'],
    [{ value: 85333.3333333333 }, '85,333.333333'],
    [{ value: 3000000, min: 3000000, max: 5000000 }, '3,000,000–5,000,000'],
  ])('%j → %s', (over, text) => {
    expect(figureValueText({ ...base, ...over })).toBe(text);
  });
});

describe('asOfText', () => {
  it.each([
    [undefined, ''],
    [{ text: '今年9月', from: '2022-09-01', to: '2022-09-30' }, '2022-09'],
    [{ text: '2022年', from: '2022-01-01', to: '2022-12-31' }, '2022'],
    [{ text: '6月15日', from: '2022-06-15', to: '2022-06-15' }, '2022-06-15'],
    [{ text: '今年9月底', from: '2022-09-21', to: '2022-09-30' }, '2022-09-21/2022-09-30'],
    [{ text: '前三季度', from: '2022-01-01', to: '2022-09-30' }, '2022-01-01/2022-09-30'],
    [{ text: '近年' }, '近年'],
  ])('%j → %s', (asOf, text) => {
    expect(asOfText(asOf ? { ...base, asOf } : base)).toBe(text);
  });
});
