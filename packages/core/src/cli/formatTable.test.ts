import { describe, expect, it } from 'vitest';
import { parseReport } from '../report/parseReport.js';
import { displayWidth, formatFigureTable } from './formatTable.js';

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
    expect(row).toMatch(/1373家\s+count\s+1,373\s+家\s+exact\s+2022-09-30\s+科技型企业\s+西部\(重庆\)科学城\s+\d+-\d+$/);
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
