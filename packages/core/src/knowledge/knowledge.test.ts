import { describe, expect, it } from 'vitest';
import { isClauseBreak, isSentenceEnd } from './breaks.js';
import { entityDisplayName } from './displayName.js';
import { isoDay } from './isoDay.js';
import { isDigitChar, isSmallUnitChar, magnitudeValue } from './numerals.js';
import { titleSpans } from './quotes.js';
import { isRocYear, ROC_YEAR_DIGITS, ROC_YEAR_MAX, ROC_YEAR_MIN } from './rocYear.js';

describe('ROC years: one range, as a predicate and as a pattern', () => {
  const pattern = new RegExp(`^(?:${ROC_YEAR_DIGITS})$`);
  it.each([
    [29, false], [30, true], [35, true], [99, true], [100, true], [112, true], [130, true], [131, false], [199, false], [35.5, false],
  ])('%d: %s', (n, expected) => {
    expect(isRocYear(n)).toBe(expected);
    if (Number.isInteger(n)) expect(pattern.test(String(n))).toBe(expected);
  });

  it('the pattern matches every number of the range and nothing else from 0 to 999', () => {
    for (let n = 0; n < 1000; n++) expect(pattern.test(String(n)), String(n)).toBe(n >= ROC_YEAR_MIN && n <= ROC_YEAR_MAX);
  });
});

describe('clause and sentence breaks', () => {
  it.each([
    ['，', true, false], ['。', true, true], ['；', true, true], ['：', true, false], ['\n', true, true], ['、', false, false], ['', false, false], ['的', false, false],
  ])('%j: clause %s, sentence %s', (ch, clause, sentence) => {
    expect(isClauseBreak(ch)).toBe(clause);
    expect(isSentenceEnd(ch)).toBe(sentence);
  });
});

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

describe('ISO days in local time', () => {
  it.each([
    [new Date(2022, 8, 1), '2022-09-01'],
    [new Date(2022, 11, 31, 23, 59), '2022-12-31'],
    [new Date(999, 0, 5), '0999-01-05'],
  ])('%s → %s', (date, expected) => {
    expect(isoDay(date)).toBe(expected);
  });
});

describe("an entity's display name: part-of, else canonical, else what it refers to, else the text", () => {
  const base = { text: '该区', start: 0, end: 2, type: 'zone' } as const;
  it.each([
    [{}, '该区'],
    [{ refersTo: '无锡高新区' }, '无锡高新区'],
    [{ refersTo: '无锡高新区', canonical: '无锡国家高新区' }, '无锡国家高新区'],
    [{ refersTo: '无锡高新区', canonical: '无锡国家高新区', partOf: '西部(重庆)科学城' }, '西部(重庆)科学城'],
  ])('%j → %s', (extra, expected) => {
    expect(entityDisplayName({ ...base, ...extra })).toBe(expected);
  });
});

describe('numeral characters', () => {
  it.each([
    ['十', 10], ['拾', 10], ['百', 100], ['千', 1000], ['万', 1e4], ['萬', 1e4], ['亿', 1e8], ['兆', 1e12], ['一', undefined], ['', undefined],
  ])('magnitude of %j is %s', (ch, value) => {
    expect(magnitudeValue(ch)).toBe(value);
  });

  it.each([
    ['一', true, false], ['两', true, false], ['〇', true, false], ['壹', true, false], ['7', true, false], ['７', true, false],
    ['十', false, true], ['佰', false, true], ['万', false, false], ['a', false, false], ['', false, false],
  ])('%j: digit %s, unit below 万 %s', (ch, digit, small) => {
    expect(isDigitChar(ch)).toBe(digit);
    expect(isSmallUnitChar(ch)).toBe(small);
  });
});
