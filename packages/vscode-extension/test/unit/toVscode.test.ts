import { parseReport } from '@gaoxin/core';
import type { Position } from 'vscode';
import { describe, expect, it } from 'vitest';
import { lineNumber, mentionsAt, SpanConverter, toOffset } from '../../src/shared/toVscode.js';
import { fakeDocument, FakePosition, RangeCtor } from './support.js';

const converter = new SpanConverter(RangeCtor);

describe('SpanConverter', () => {
  const cases = [
    { name: 'one line', text: '总投资约20.8亿元', start: 3, end: 10, expected: [0, 3, 0, 10] },
    { name: 'after LF lines', text: '标题\n\n总投资约20.8亿元', start: 7, end: 14, expected: [2, 3, 2, 10] },
    { name: 'after CRLF lines', text: '标题\r\n\r\n总投资约20.8亿元', start: 9, end: 16, expected: [2, 3, 2, 10] },
    // 𠀋 is one character but two UTF-16 code units: spans and VS Code columns both count code units.
    { name: 'after a character outside the BMP', text: '𠀋投资约20.8亿元', start: 4, end: 11, expected: [0, 4, 0, 11] },
  ];
  it.each(cases)('$name', ({ text, start, end, expected }) => {
    const range = converter.toRange(fakeDocument(text), { start, end });
    expect([range.start.line, range.start.character, range.end.line, range.end.character]).toEqual(expected);
  });

  it('converts every figure of a parsed report to the range of its text', () => {
    const text = '科技日报\r\n\r\n截至今年9月，已建成研发平台312个，\n总投资约20.8亿元，𠀋用地约128亩。';
    const doc = fakeDocument(text);
    const lines = text.split(/\r\n|\n/);
    const figures = parseReport(text, { referenceDate: '2022-11-15' }).figures;
    expect(figures.length).toBeGreaterThan(2);
    for (const [i, range] of converter.toRanges(doc, figures).entries()) {
      expect(lines[range.start.line]?.slice(range.start.character, range.end.character)).toBe(figures[i]?.text);
    }
  });
});

describe('toOffset and lineNumber', () => {
  const doc = fakeDocument('a\nbc\nd');
  it('turns a position into an offset', () => expect(toOffset(doc, new FakePosition(1, 1) as unknown as Position)).toBe(3));
  it('numbers lines from 1', () => expect(lineNumber(doc, 5)).toBe(3));
});

describe('mentionsAt', () => {
  const mentions = [
    { start: 0, end: 5 },
    { start: 3, end: 8 },
    { start: 10, end: 12 },
  ];
  it.each([
    [0, false, [0]],
    [4, false, [0, 1]],
    [5, false, [1]],
    [8, false, []],
    [8, true, [1]],
    [9, false, []],
    [11, false, [2]],
    [12, true, [2]],
  ] as const)('offset %d (end inclusive: %s)', (offset, inclusive, expected) => {
    expect(mentionsAt(mentions, offset, inclusive).map((m) => mentions.indexOf(m))).toEqual(expected);
  });
  it('copes with mentions out of order', () => {
    const shuffled = [mentions[2], mentions[0], mentions[1]].filter((m) => m !== undefined);
    expect(mentionsAt(shuffled, 11)).toEqual([mentions[2]]);
  });
  it('finds nothing in an empty list', () => expect(mentionsAt([], 3)).toEqual([]));
});
