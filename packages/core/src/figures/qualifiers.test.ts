import { describe, expect, it } from 'vitest';
import { INNER, qualifierAfter, qualifierBefore } from './qualifiers.js';

describe('qualifierBefore: the word that ends right before a number', () => {
  it.each([
    ['约20亿元', 1, { word: '约', approx: 'about' }],
    ['大约20亿元', 2, { word: '大约', approx: 'about' }],
    ['超过300家', 2, { word: '超过', approx: 'over' }],
    ['不足10%', 2, { word: '不足', approx: 'under' }],
    ['不少于5家', 3, { word: '不少于', approx: 'over' }],
    ['近3年', 1, { word: '近', approx: 'about' }],
    ['最近3年', 2, undefined],
    ['签约3000万元', 2, undefined],
    ['赶超3家', 2, undefined],
    ['达20亿元', 1, undefined],
  ] as const)('%s', (text, pos, expected) => {
    expect(qualifierBefore(text, pos)).toEqual(expected);
  });

  it('reaches no further back than the floor', () => {
    expect(qualifierBefore('不超过5家', 3, 1)).toEqual({ word: '超过', approx: 'over' });
    expect(qualifierBefore('约5家', 1, 1)).toBeUndefined();
  });
});

describe('qualifierAfter: the word that starts right after a unit', () => {
  it.each([
    ['300家以上', 4, { word: '以上', approx: 'over' }],
    ['5年左右', 2, { word: '左右', approx: 'about' }],
    ['10%以下', 3, { word: '以下', approx: 'under' }],
    ['1000人之多', 5, { word: '之多', approx: 'over' }],
    ['500人上下', 4, { word: '上下', approx: 'about' }],
    ['500人上下游', 4, undefined],
    ['10%以下简称', 3, undefined],
    ['300家企业', 4, undefined],
  ] as const)('%s', (text, pos, expected) => {
    expect(qualifierAfter(text, pos)).toEqual(expected);
  });
});

describe('INNER: words between a number and its unit', () => {
  it.each([['余', 'over'], ['多', 'over'], ['来', 'over'], ['许', 'about'], ['几', undefined]])('%s: %s', (word, approx) => {
    expect(INNER.get(word)).toBe(approx);
  });
});
