import { describe, expect, it } from 'vitest';
import type { Figure } from '../models/figure.js';
import { parseReport } from '../api/parseReport.js';
import { FIGURE_COLUMNS } from './columns.js';
import { figuresCsvHeader, figuresToCsv } from './figuresCsv.js';

/** A CSV of well-formed records (no quoted line breaks here) as objects by column name. */
function records(csv: string): Array<Record<string, string>> {
  const [header = '', ...lines] = csv.replace(/^\uFEFF/, '').split('\r\n').filter((l) => l !== '');
  const names = header.split(',');
  return lines.map((line) => {
    const fields: string[] = [];
    const re = /("(?:[^"]|"")*"|[^,]*)(,|$)/g;
    let m;
    while ((m = re.exec(line)) && fields.length < names.length) {
      const raw = m[1] ?? '';
      fields.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
      if (m[2] === '') break;
    }
    return Object.fromEntries(names.map((n, i) => [n, fields[i] ?? '']));
  });
}

const text = '常州高新区出台新政\n\n截至今年9月，常州高新区地区生产总值1856.3亿元，单个项目投资额在300万至2000万元之间，增长约12.6%以上。';
const report = parseReport(text, { referenceDate: '2022-11-15' });
const rows = records(figuresToCsv('reports/a.txt', report));
const byText = (t: string) => rows.find((r) => r.text === t) ?? {};

describe('figuresToCsv', () => {
  it('starts with a byte order mark and the column names', () => {
    expect(figuresCsvHeader()).toBe(`\uFEFF${FIGURE_COLUMNS.map((c) => c.name).join(',')}\r\n`);
    expect(figuresToCsv('a', report).startsWith(figuresCsvHeader())).toBe(true);
  });
  it('has one record per figure', () => expect(rows).toHaveLength(report.figures.length));
  it('writes values as plain decimals, never with an exponent', () => {
    expect(byText('1856.3亿元').value).toBe('185630000000');
  });
  it('leaves value empty for a range and sets min and max', () => {
    expect(byText('300万至2000万元')).toMatchObject({ value: '', min: '3000000', max: '20000000' });
  });
  it('writes the period as ISO days beside the as-of text as written', () => {
    expect(byText('1856.3亿元')).toMatchObject({ asOf: '今年9月', from: '2022-09-01', to: '2022-09-30' });
  });
  it('writes the qualifiers as written', () => expect(byText('约12.6%以上').qualifier).toBe('约 以上'));
  it('writes the sentence the figure came from', () => {
    expect(byText('1856.3亿元').sentence).toBe('截至今年9月，常州高新区地区生产总值1856.3亿元，单个项目投资额在300万至2000万元之间，增长约12.6%以上。');
  });
  it('names the source and the article', () => expect(byText('1856.3亿元')).toMatchObject({ source: 'reports/a.txt', article: '常州高新区出台新政' }));
  it('has empty measure, direction and status columns while figures lack them', () => {
    expect(byText('1856.3亿元')).toMatchObject({ measure: '', direction: '', status: '' });
  });
  it('fills measure, direction and status when a figure has them', () => {
    const figure = { ...report.figures[0], measure: 'growth', direction: 'up', status: 'actual' } as Figure;
    const [row] = records(figuresToCsv('a', { ...report, figures: [figure] }));
    expect(row).toMatchObject({ measure: 'growth', direction: 'up', status: 'actual' });
  });
});

describe('figuresToCsv guards formulas in text from the report and in file names', () => {
  it.each([
    ['=HYPERLINK("http://evil","点击")'],
    ['-1+1+cmd|calc'],
    ['+1+HYPERLINK("http://evil","x")'],
    ['@SUM(1+1)'],
  ])('%s as an article title and a file name', (evil) => {
    const r = parseReport(`${evil}\n\n研发平台312个。`, { referenceDate: '2022-11-15' });
    expect(r.articles[0]?.title).toBe(evil);
    const [row] = records(figuresToCsv(evil, r));
    expect(row?.article).toBe(`'${evil}`);
    expect(row?.source).toBe(`'${evil}`);
  });
});
