import { describe, expect, it } from 'vitest';
import { findDocumentNumbers } from './documentNumbers.js';

describe('findDocumentNumbers', () => {
  it.each([
    ['《若干意见》（国发〔2020〕7号）', ['国发〔2020〕7号']],
    ['根据国办发〔2023〕12号文件精神', ['国办发〔2023〕12号']],
    ['宁高新管发〔2024〕18号', ['宁高新管发〔2024〕18号']],
    ['（虹发改规[2021]5号）和京政发〔2022〕第3号', ['虹发改规[2021]5号', '京政发〔2022〕第3号']],
    ['〔2020〕7号', []],
    ['园区[2021]年报', []],
  ])('%s → %j', (text, expected) => {
    expect(findDocumentNumbers(text).map((c) => text.slice(c.start, c.end))).toEqual(expected);
  });
});
