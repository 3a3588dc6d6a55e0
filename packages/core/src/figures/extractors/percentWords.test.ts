import { describe, expect, it } from 'vitest';
import { findPercentWords } from './percentWords.js';

describe('findPercentWords finds rates written as words', () => {
  it.each([
    { text: '利润率约半成', expected: [{ start: 4, end: 6, value: 5, text: '半成' }] },
    { text: '半折出售', expected: [{ start: 0, end: 2, value: 50, text: '半折' }] },
    { text: '全场打对折', expected: [{ start: 3, end: 5, value: 50, text: '对折' }] },
    { text: '打對折', expected: [{ start: 1, end: 3, value: 50, text: '對折' }] },
  ])('$text', ({ text, expected }) => {
    expect(findPercentWords(text)).toEqual(expected);
  });

  it.each(['把纸对折', '半成品', '一半成本', '半成熟', '半折扣', '三成半', '一半折合'])('%s holds no rate word', (text) => {
    expect(findPercentWords(text)).toEqual([]);
  });
});
