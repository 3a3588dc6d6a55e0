import { describe, expect, it } from 'vitest';
import type { Figure } from '../models/figure.js';
import { asOfText, figureValueText, formatNumber, periodText, plainDecimal } from './values.js';

const base: Figure = { text: 'x', start: 0, end: 1, kind: 'count', value: 1373, approx: 'exact', numberText: '1373', multiplier: 1, qualifiers: [] };

describe('formatNumber groups and keeps the decimals people read', () => {
  it.each([
    [2080000000, '2,080,000,000'],
    [346666.666666667, '346,666.67'],
    [12.6, '12.6'],
    [0.12345, '0.1235'],
    [-1500, '-1,500'],
    [666.6666666667, '666.67'],
  ])('%d → %s', (value, text) => expect(formatNumber(value)).toBe(text));
});

describe('figureValueText', () => {
  it.each([
    [{ value: 2080000000 }, '2,080,000,000'],
    [{ value: 85333.3333333333 }, '85,333.33'],
    [{ value: 3000000, min: 3000000, max: 5000000 }, '3,000,000–5,000,000'],
  ])('%j → %s', (over, text) => {
    expect(figureValueText({ ...base, ...over })).toBe(text);
  });
});

describe('plainDecimal never writes an exponent or grouping', () => {
  it.each([
    [185630000000, '185630000000'],
    [1e21, '1000000000000000000000'],
    [1.8563e22, '18563000000000000000000'],
    [-2.5e21, '-2500000000000000000000'],
    [1.5e-7, '0.00000015'],
    [1e-7, '0.0000001'],
    [12.6, '12.6'],
    [0, '0'],
    [-0.5, '-0.5'],
  ])('%d → %s', (value, text) => {
    expect(plainDecimal(value)).toBe(text);
    expect(Number(plainDecimal(value))).toBe(value);
  });
});

describe('periodText', () => {
  it.each([
    ['2022-09-01', '2022-09-30', '2022-09'],
    ['2024-02-01', '2024-02-29', '2024-02'],
    ['2023-02-01', '2023-02-28', '2023-02'],
    ['2022-01-01', '2022-12-31', '2022'],
    ['2022-06-15', '2022-06-15', '2022-06-15'],
    ['2022-01-01', '2022-09-30', '2022-01-01/2022-09-30'],
    ['2021-01-01', '2022-12-31', '2021-01-01/2022-12-31'],
    ['2022-07-01', undefined, '2022-07-01'],
    [undefined, undefined, ''],
  ])('%s…%s → %s', (from, to, text) => expect(periodText(from, to)).toBe(text));
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
