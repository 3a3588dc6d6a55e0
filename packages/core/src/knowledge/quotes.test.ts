import { describe, expect, it } from 'vitest';
import { titleSpans } from './quotes.js';

describe('《titles》', () => {
  it.each([
    ['据《2022年工作报告》显示', [[1, 12]]],
    ['《甲》与《乙》', [[0, 3], [4, 7]]],
    ['没有书名', []],
    ['《未闭合\n的书名》', []],
  ])('%j', (text, spans) => {
    expect(titleSpans(text)).toEqual(spans);
  });
});
