import { describe, expect, it } from 'vitest';
import { parseReport } from '../api/parseReport.js';
import { extractFigures } from '../api/extractFigures.js';
import { headerUnit, numberOf } from './tableFigures.js';

describe('headerUnit reads the unit a header writes in brackets', () => {
  it.each([
    ['工业总产值(亿元)', 'mainland', { kind: 'money', unit: 'CNY', unitText: '亿元', factor: 1e8 }],
    ['出口创汇额(亿美元)', 'mainland', { kind: 'money', unit: 'USD', unitText: '亿美元', factor: 1e8 }],
    ['营业额（亿元）', 'taiwan', { kind: 'money', unit: 'TWD', unitText: '亿元', factor: 1e8 }],
    ['年末从业人员数(万人)', 'mainland', { kind: 'count', unit: '人', unitText: '万人', factor: 1e4 }],
    ['企业数(个)', 'mainland', { kind: 'count', unit: '个', unitText: '个', factor: 1 }],
    ['占比(%)', 'mainland', { kind: 'percent', unit: '%', unitText: '%', factor: 1 }],
    ['产能(万吨/年)', 'mainland', { kind: 'other', unit: '吨/年', unitText: '万吨/年', factor: 1e4 }],
    ['企业数', 'mainland', undefined],
  ] as const)('%s (%s)', (header, region, expected) => {
    expect(headerUnit(header, region)).toEqual(expected);
  });
});

const figures = (text: string) =>
  parseReport(text, { referenceDate: '2008-01-01' }).figures.map((f) => [f.text, f.kind, f.value, f.unit, f.metric, f.asOf?.from, f.asOf?.to]);

describe('table cells take their unit and period from the headers', () => {
  it.each([
    [
      'years across the top, units in the row labels',
      '| 指标 | 2005 | 2006 |\n|---|---|---|\n| 工业总产值(亿元) | 28957.6 | 35898.9 |\n| 企业数(个) | 41990 | 45828 |',
      [
        ['28957.6', 'money', 2895760000000, 'CNY', '工业总产值', '2005-01-01', '2005-12-31'],
        ['35898.9', 'money', 3589890000000, 'CNY', '工业总产值', '2006-01-01', '2006-12-31'],
        ['41990', 'count', 41990, '个', '企业数', '2005-01-01', '2005-12-31'],
        ['45828', 'count', 45828, '个', '企业数', '2006-01-01', '2006-12-31'],
      ],
    ],
    [
      'years down the side, units across the top (tabs)',
      '年份\t营业收入(亿元)\t利润(亿元)\n2005\t34415.6\t1603.2\n2006\t43319.9\t2128.5',
      [
        ['34415.6', 'money', 3441560000000, 'CNY', '营业收入', '2005-01-01', '2005-12-31'],
        ['1603.2', 'money', 160320000000, 'CNY', '利润', '2005-01-01', '2005-12-31'],
        ['43319.9', 'money', 4331990000000, 'CNY', '营业收入', '2006-01-01', '2006-12-31'],
        ['2128.5', 'money', 212850000000, 'CNY', '利润', '2006-01-01', '2006-12-31'],
      ],
    ],
    [
      'units across the top, what each row is about down the side',
      '| 园区名称 | 营业收入（亿元） | 高新技术企业（家） |\n|---|---|---|\n| 张江科学城 | 3860.5 | 2150 |\n| 紫竹高新区 | 1120.3 | 412 |',
      [
        ['3860.5', 'money', 386050000000, 'CNY', '营业收入', undefined, undefined],
        ['2150', 'count', 2150, '家', '高新技术企业', undefined, undefined],
        ['1120.3', 'money', 112030000000, 'CNY', '营业收入', undefined, undefined],
        ['412', 'count', 412, '家', '高新技术企业', undefined, undefined],
      ],
    ],
    [
      'a caption naming one year gives the cells their period',
      '表1 2023年各园区主要经济指标\n园区名称 营业收入（亿元） 年末从业人员（万人）\n张江科学城 3860.5 42.1\n紫竹高新区 1120.3 8.6',
      [
        ['3860.5', 'money', 386050000000, 'CNY', '营业收入', '2023-01-01', '2023-12-31'],
        ['42.1', 'count', 421000, '人', '年末从业人员', '2023-12-31', '2023-12-31'],
        ['1120.3', 'money', 112030000000, 'CNY', '营业收入', '2023-01-01', '2023-12-31'],
        ['8.6', 'count', 86000, '人', '年末从业人员', '2023-12-31', '2023-12-31'],
      ],
    ],
    [
      'a caption naming part of a year gives that part (the title period), not the whole year',
      '2023年1-9月主要指标\n园区名称 营业收入（亿元）\n张江科学城 3860.5\n紫竹高新区 1120.3',
      [
        ['3860.5', 'money', 386050000000, 'CNY', '营业收入', '2023-01-01', '2023-09-30'],
        ['1120.3', 'money', 112030000000, 'CNY', '营业收入', '2023-01-01', '2023-09-30'],
      ],
    ],
    [
      'a stock counted at the year end holds for its last day',
      '|\n2005 |\n2006 |\n年末从业人员数(万人) |\n521.1 |\n573.7 |',
      [
        ['521.1', 'count', 5211000, '人', '年末从业人员数', '2005-12-31', '2005-12-31'],
        ['573.7', 'count', 5737000, '人', '年末从业人员数', '2006-12-31', '2006-12-31'],
      ],
    ],
  ])('%s', (_what, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it('a unit column gives each row its unit; a header with its own unit (%) wins for its column', () => {
    const text = '| 指标名称 | 单位 | 1-9月 | 同比增长(%) |\n|---|---|---|---|\n| 营业收入 | 亿元 | 1234.5 | 8.6 |\n| 高新技术企业 | 家 | 1520 | 12.0 |';
    expect(figures(text).map((f) => f.slice(0, 4))).toEqual([
      ['1234.5', 'money', 123450000000, 'CNY'],
      ['8.6', 'percent', 8.6, '%'],
      ['1520', 'count', 1520, '家'],
      ['12.0', 'percent', 12, '%'],
    ]);
  });

  it.each([
    ['同比增长(%)', 'growth'],
    ['比上年增减（%）', 'growth'],
    ['增速', 'growth'],
    ['占比(%)', undefined],
  ])('a percent column headed %j measures %s', (header, measure) => {
    const text = `指标\t单位\t1-6月\t${header}\n总收入\t亿元\t45236.8\t8.2%\n技术收入\t亿元\t13105.4\t10.5%`;
    const r = parseReport(text, { referenceDate: '2024-07-15' });
    const rates = r.figures.filter((f) => f.kind === 'percent');
    expect(rates.map((f) => [f.text, f.metric, f.measure === 'growth' ? 'growth' : undefined])).toEqual([
      ['8.2%', '总收入', measure],
      ['10.5%', '技术收入', measure],
    ]);
  });

  it('a tab-separated table keeps the metric of its headers, not the row text before a cell', () => {
    const text = '指标名称\t单位\t1-6月\t同比增长(%)\n总收入\t亿元\t45236.8\t8.2\n从业人员\t万人\t285.6\t3.1';
    const r = parseReport(text, { referenceDate: '2024-07-15' });
    expect(r.figures.map((f) => [f.text, f.metric, f.measure])).toEqual([
      ['45236.8', '总收入', 'level'],
      ['8.2', '总收入', 'growth'],
      ['285.6', '从业人员', 'level'],
      ['3.1', '从业人员', 'growth'],
    ]);
  });

  // A statistics table whose rows name zones has its measures across the top, its units in a line
  // above it (单位：亿元、%), and a column of growth alone measures the column before it.
  it('rows that name zones leave the measure to the column; a line of units gives the units', () => {
    const text = '2023年全省高新区主要经济指标\n单位：亿元、%\n\n| 高新区 | 营业收入 | 同比增长 |\n| --- | --- | --- |\n| 南京高新区 | 3125.6 | 8.2 |\n| 苏州高新区 | 2890.4 | 6.5 |\n| 合计 | 6016.0 | 7.4 |';
    const r = parseReport(text, { referenceDate: '2024-07-15' });
    expect(r.figures.map((f) => [f.text, f.kind, f.value, f.metric, f.measure, f.subject, f.asOf?.from])).toEqual([
      ['3125.6', 'money', 312560000000, '营业收入', 'level', '南京高新技术产业开发区', '2023-01-01'],
      ['8.2', 'percent', 8.2, '营业收入', 'growth', '南京高新技术产业开发区', '2023-01-01'],
      ['2890.4', 'money', 289040000000, '营业收入', 'level', '苏州高新技术产业开发区', '2023-01-01'],
      ['6.5', 'percent', 6.5, '营业收入', 'growth', '苏州高新技术产业开发区', '2023-01-01'],
      ['6016.0', 'money', 601600000000, '营业收入', 'level', '高新区', '2023-01-01'],
      ['7.4', 'percent', 7.4, '营业收入', 'growth', '高新区', '2023-01-01'],
    ]);
    // The line of units and the table's rule are fields of the table, neither subtitle nor section.
    expect(r.articles[0]).toMatchObject({ title: '2023年全省高新区主要经济指标', sections: [] });
    expect(r.articles[0]!.subtitle).toBeUndefined();
  });

  it('a number cell is never a date, and header years are', () => {
    const r = parseReport('|\n2005 |\n2006 |\n上缴税额(亿元) |\n1615.8 |\n1977.1 |', { referenceDate: '2008-01-01' });
    expect(r.dates.map((d) => [d.text, d.grain, d.from])).toEqual([
      ['2005', 'year', '2005-01-01'],
      ['2006', 'year', '2006-01-01'],
    ]);
    expect(r.figures.map((f) => f.text)).toEqual(['1615.8', '1977.1']);
  });
});

describe('numberOf: the number a cell writes', () => {
  it.each([
    ['28338', 28338],
    ['20.8', 20.8],
    ['1,234.5', 1234.5],
    ['３２．５', 32.5],
    ['12%', 12],
    ['12％', 12],
    ['1，234', 1234],
    ['1.2.3', NaN],
    ['12%3', NaN],
  ])('%s: %d', (cell, expected) => {
    expect(numberOf(cell)).toBe(expected);
  });
});

// A page opening with an empty line has a line of length 0 above its first table: the walk up to
// the caption must still move (it looped forever on the line break at offset 0).
describe('a table under an empty first line', () => {
  it.each([
    ['a pipe table', '\n| 指标 | 1-9月 |\n| 营业收入 | 3256.4 |\n', ['3256.4']],
    ['a tab-separated table', '\n营业收入\t3256.4\n工业产值\t1890.7\n', ['1890.7']],
    ['text the property test generated', '\n亩—\t超过百千。1500余名。\n亩—\t超过百千', ['1500余名']],
  ])('%s is read', (_name, text, expected) => {
    expect(extractFigures(text, { referenceDate: '2022-11-15' }).map((f) => f.text)).toEqual(expected);
  });
});
