import { FIGURE_COLUMNS, parseReport } from '@gaoxin/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, EXPORT_FORMATS, csvField, exportBytes, figuresToCsv, figuresToJson, figuresToXlsx, type FiguresExport } from '../../src/export.js';
import { figure, report } from './support.js';

describe('csvField is the core guard', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-1+1+cmd|calc', "'-1+1+cmd|calc"],
    ['+1+HYPERLINK("http://evil")', `"'+1+HYPERLINK(""http://evil"")"`],
    ['=HYPERLINK("http://evil","点击")', `"'=HYPERLINK(""http://evil"",""点击"")"`],
  ])('%s', (input, expected) => expect(csvField(input)).toBe(expected));
  it('writes numbers as plain decimals', () => expect(csvField(185630000000)).toBe('185630000000'));
  it('writes a missing value as empty', () => expect(csvField(undefined)).toBe(''));
});

describe('figuresToCsv', () => {
  const text = '总投资约20.8亿元，单个项目投资额在300万至2000万元之间。';
  const r = parseReport(text, { referenceDate: '2022-11-15' });
  const csv = figuresToCsv(r, 'r.txt');
  const lines = csv.split('\r\n');

  it('starts with a byte order mark for Excel', () => expect(csv.charCodeAt(0)).toBe(0xfeff));
  it('has the core CSV columns, as the CLI writes them', () => {
    expect(CSV_COLUMNS).toEqual(FIGURE_COLUMNS.map((c) => c.name));
    expect(lines[0]?.slice(1)).toBe(CSV_COLUMNS.join(','));
  });
  it('has one row per figure', () => expect(lines.filter((l) => l !== '').length).toBe(r.figures.length + 1));
  it('writes the source, the figure and its normalised value', () => expect(lines[1]).toMatch(/^r\.txt,[^,]*,[^,]*,总投资,,,,约20\.8亿元,money,2080000000,,,CNY,about,约,/));
  it('writes a range with value empty and its bounds', () => expect(lines[2]).toContain(',money,,3000000,20000000,CNY,'));
  it('names the article and guards a title that would be a formula', () => {
    const title = '=HYPERLINK("http://evil","点击")';
    const withArticle = report({ figures: [figure({ text: '5个', article: 0 })], articles: [{ start: 0, end: 1, title, authors: [], sections: [], photoCredits: [] }] });
    expect(figuresToCsv(withArticle).split('\r\n')[1]).toContain(`,"'=HYPERLINK(""http://evil"",""点击"")",`);
  });
});

describe('figuresToXlsx', () => {
  it('writes a workbook whose value cells are numbers', async () => {
    const r = parseReport('总投资约20.8亿元，引育科技型企业1373家。', { referenceDate: '2022-11-15' });
    const bytes = await figuresToXlsx(r, 'r.txt');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet('Figures');
    const value = CSV_COLUMNS.indexOf('value') + 1;
    expect([sheet?.getRow(2).getCell(value).value, sheet?.getRow(3).getCell(value).value]).toEqual([2080000000, 1373]);
  });
});

describe('exportBytes', () => {
  const r = parseReport('研发平台312个。', { referenceDate: '2022-11-15' });
  it('writes CSV and JSON as UTF-8 text', async () => {
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await exportBytes('csv', r, 'r.txt'))).toBe(figuresToCsv(r, 'r.txt'));
    expect(new TextDecoder().decode(await exportBytes('json', r, 'r.txt'))).toBe(figuresToJson(r, 'r.txt'));
  });
  it('writes xlsx as a zip archive', async () => expect([...(await exportBytes('xlsx', r, 'r.txt')).slice(0, 2)]).toEqual([0x50, 0x4b]));
  it('names a file ending for every format', () => expect(Object.values(EXPORT_FORMATS).map((f) => f.extension)).toEqual(['csv', 'json', 'xlsx']));
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
