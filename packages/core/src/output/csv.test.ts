import { describe, expect, it } from 'vitest';
import { csvField, csvLine, guardFormula } from './csv.js';

describe('csvField guards every text cell a spreadsheet would run as a formula', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-1+1+cmd|calc', "'-1+1+cmd|calc"],
    ['+1+HYPERLINK("http://evil","x")', `"'+1+HYPERLINK(""http://evil"",""x"")"`],
    ['=HYPERLINK("http://evil","点击")', `"'=HYPERLINK(""http://evil"",""点击"")"`],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    ['-12', "'-12"],
    ['+86 10', "'+86 10"],
  ])('%j → %j', (text, field) => expect(csvField(text)).toBe(field));

  it.each([['plain'], ['12.6%'], ['约20.8亿元'], ['a=b'], ['']])('leaves %j as it is', (text) => expect(csvField(text)).toBe(text));
});

describe('csvField quotes per RFC 4180', () => {
  it.each([
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['two\r\nlines', '"two\r\nlines"'],
  ])('%j → %j', (text, field) => expect(csvField(text)).toBe(field));
});

describe('csvField writes numbers as plain decimals', () => {
  it.each([
    [185630000000, '185630000000'],
    [1e21, '1000000000000000000000'],
    [-12, '-12'],
    [12.6, '12.6'],
    [Number.NaN, ''],
  ])('%d → %s', (value, field) => expect(csvField(value)).toBe(field));
  it('writes a missing value as empty', () => expect(csvField(undefined)).toBe(''));
});

describe('guardFormula', () => {
  it('prefixes a quote only before a formula start', () => {
    expect(guardFormula('=1')).toBe("'=1");
    expect(guardFormula('1=1')).toBe('1=1');
  });
});

describe('csvLine', () => {
  it('joins fields and ends with CRLF', () => expect(csvLine(['a', 1, undefined, 'b,c'])).toBe('a,1,,"b,c"\r\n'));
});
