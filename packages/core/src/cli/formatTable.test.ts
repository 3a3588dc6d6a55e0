import { describe, expect, it } from 'vitest';
import { parseReport } from '../api/parseReport.js';
import { displayWidth, formatFigureTable, truncate } from './formatTable.js';

describe('formatFigureTable', () => {
  const table = formatFigureTable(parseReport('总投资约20.8亿元，占地约128亩，引育科技型企业1373家。', { referenceDate: '2022-11-15' }));
  const lines = table.trimEnd().split('\n');

  it('names the figure count, the reference date and the region first', () => {
    expect(lines[0]).toBe('3 figures · reference date 2022-11-15 (option) · region mainland');
  });
  it('writes one row per figure with its value grouped in thousands', () => {
    expect(lines.slice(4)).toHaveLength(3);
    expect(lines[4]).toMatch(/约20\.8亿元\s+money\s+2,080,000,000\s+CNY\s+about\s.*\s3-10$/);
  });
  it('aligns columns by display width, CJK counting double', () => {
    const rows = [lines[2]!, ...lines.slice(4)];
    const kindColumn = rows.map((l) => displayWidth(l.slice(0, l.search(/kind|money|area|count/))));
    expect(kindColumn).toHaveLength(4);
    expect(new Set(kindColumn).size).toBe(1);
  });
});

describe('formatFigureTable shows what a figure is about', () => {
  it('prints the as-of month, the metric and the subject', () => {
    const table = formatFigureTable(parseReport('截至今年9月，西部(重庆)科学城引育科技型企业1373家。', { referenceDate: '2022-11-15' }));
    const row = table.trimEnd().split('\n').at(-1) ?? '';
    expect(row).toMatch(/1373家\s+count\s+1,373\s+家\s+exact\s+2022-09\s+科技型企业\s+西部\(重庆\)科学城\s+\d+-\d+$/);
  });
});

describe('displayWidth', () => {
  it.each([
    ['abc', 3],
    ['约20.8亿元', 10],
    ['１２', 4],
  ])('%s is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('formatFigureTable fits the terminal', () => {
  const report = parseReport(
    '截至今年9月，中关村科技园区海淀园与西部(重庆)科学城管委会联合引育国家级高新技术企业和科技型中小企业共计1373家，总投资约20.8亿元，单个项目投资额在300万至2000万元之间。',
    { referenceDate: '2022-11-15' },
  );
  const widest = (table: string) => Math.max(...table.trimEnd().split('\n').slice(2).map(displayWidth));

  it('keeps the span column from 120 columns up, as wide as it needs', () => {
    expect(formatFigureTable(report, 200).split('\n')[2]).toMatch(/span$/);
    expect(formatFigureTable(report).split('\n')[2]).toMatch(/span$/);
  });
  it.each([119, 100, 80])('drops the span column and fits %i columns', (width) => {
    const table = formatFigureTable(report, width);
    expect(table.split('\n')[2]).not.toContain('span');
    expect(widest(table)).toBeLessThanOrEqual(width);
  });
  it('cuts long text with … and never cuts a value', () => {
    const table = formatFigureTable(report, 80);
    expect(table).toContain('…');
    expect(table).toContain('3,000,000–20,000,000');
    expect(table).toContain('2,080,000,000');
  });
});

describe('truncate', () => {
  it.each([
    ['西部(重庆)科学城', 8, '西部(重…'],
    ['abc', 3, 'abc'],
    ['abcdef', 4, 'abc…'],
  ])('%s in %i columns → %s', (text, width, out) => expect(truncate(text, width)).toBe(out));
});
