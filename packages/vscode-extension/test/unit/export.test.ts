import { parseReport } from '@gaoxin/core';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, figuresToCsv, figuresToJson, type FiguresExport } from '../../src/export.js';
import { figure, report } from './support.js';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-12', '-12'],
  ])('%s', (input, expected) => expect(csvField(input)).toBe(expected));
  it('writes numbers as they are', () => expect(csvField(2080000000)).toBe('2080000000'));
  it('writes a missing value as empty', () => expect(csvField(undefined)).toBe(''));
});

describe('figuresToCsv', () => {
  const text = '总投资约20.8亿元，单个项目投资额在300万至2000万元之间。';
  const r = parseReport(text, { referenceDate: '2022-11-15' });
  const csv = figuresToCsv(r);
  const lines = csv.split('\r\n');

  it('starts with a byte order mark for Excel', () => expect(csv.charCodeAt(0)).toBe(0xfeff));
  it('has a header row', () => expect(lines[0]?.slice(1)).toBe(CSV_COLUMNS.join(',')));
  it('has one row per figure', () => expect(lines.filter((l) => l !== '').length).toBe(r.figures.length + 1));
  it('writes the normalised value and the span', () => expect(lines[1]).toMatch(/^约20\.8亿元,3,10,money,2080000000,CNY,about,/));
  it('writes a range with its bounds', () => expect(lines[2]).toContain(',3000000,20000000,'));
  it('names the article', () => {
    const withArticle = report({ figures: [figure({ text: '5个', article: 0 })], articles: [{ start: 0, end: 1, title: '标题', authors: [], sections: [], photoCredits: [] }] });
    expect(figuresToCsv(withArticle).split('\r\n')[1]?.endsWith(',标题')).toBe(true);
  });
});

describe('figuresToJson', () => {
  it('keeps the figures and where they came from', () => {
    const r = parseReport('引育科技型企业1373家。', { referenceDate: '2022-11-15' });
    const data = JSON.parse(figuresToJson(r, 'file:///r.txt')) as FiguresExport;
    expect(data.source).toBe('file:///r.txt');
    expect(data.referenceDate).toBe('2022-11-15');
    expect(data.figures).toEqual(r.figures);
  });
});
