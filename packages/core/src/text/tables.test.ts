import { describe, expect, it } from 'vitest';
import { endsLikeSpacedRow, findTables, isRuleLine, unitLineUnits } from './tables.js';

const texts = (text: string): string[][][] => findTables(text).map((t) => t.rows.map((r) => r.map((c) => c.text)));

describe('findTables reads the grid of a table in running text', () => {
  it.each([
    [
      'a Markdown table, its rule line skipped',
      '| 指标 | 2022 | 2023 |\n|---|---:|---:|\n| 企业数(个) | 120 | 135 |',
      [[['指标', '2022', '2023'], ['企业数(个)', '120', '135']]],
    ],
    ['a pipe table with no border bars', '指标|2022|2023\n营收(亿元)|12.5|13.1', [[['指标', '2022', '2023'], ['营收(亿元)', '12.5', '13.1']]]],
    ['tab-separated lines', '指标\t2022\t2023\n营收(亿元)\t12.5\t13.1', [[['指标', '2022', '2023'], ['营收(亿元)', '12.5', '13.1']]]],
    [
      'one cell per line, as a web table is copied',
      '|\n2002 |\n2003 |\n企业数(个) |\n28338 |\n32857 |\n工业总产值(亿元) |\n12937.1 |\n17257.4 | |',
      [[['', '2002', '2003'], ['企业数(个)', '28338', '32857'], ['工业总产值(亿元)', '12937.1', '17257.4']]],
    ],
    [
      'a table aligned with spaces, its header first',
      '表1 2023年各园区主要经济指标\n园区名称 营业收入（亿元） 同比增长（%） 高新技术企业（家）\n张江科学城 3860.5 8.2 2150\n紫竹高新区 1120.3 6.5 412\n注：数据为初步统计。',
      [[['园区名称', '营业收入（亿元）', '同比增长（%）', '高新技术企业（家）'], ['张江科学城', '3860.5', '8.2', '2150'], ['紫竹高新区', '1120.3', '6.5', '412']]],
    ],
    [
      'a space-aligned table with years across the top and no corner cell',
      '　　2022　2023\n营收(亿元)　12.5　13.1\n利润(亿元)　1.2　1.5',
      [[['', '2022', '2023'], ['营收(亿元)', '12.5', '13.1'], ['利润(亿元)', '1.2', '1.5']]],
    ],
    ['one row under a header is no space-aligned table', '园区 营收（亿元）\n张江科学城 3860.5\n今年以来，园区发展良好。', []],
    ['prose with numbers and spaces is no table', '今年 营收增长 8.6%，利润 增长 3.2%。\n园区 12 家企业 5 个项目', []],
    ['prose with one bar is no table', '营收增长 | 利润下降\n今年以来，园区发展良好。', []],
    ['a single pipe row is no table', '| 指标 | 2022 | 2023 |', []],
    ['text with no bar or tab', '今年1至9月，营收增长8.6%。', []],
  ])('%s', (_what, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('gives cells the offsets of their text', () => {
    const text = '指标|2022\n营收(亿元)| 12.5 ';
    const cell = findTables(text)[0]!.rows[1]![1]!;
    expect(text.slice(cell.start, cell.end)).toBe('12.5');
  });
});

describe('endsLikeSpacedRow: a line ending in a number after spaces', () => {
  it.each([
    ['张江科学城 3860.5 8.2', true],
    ['漕河泾开发区\u30002890.1', true],
    ['张江科学城 3860.5 ', false],
    ['园区新增企业 一百家', false],
    ['3860.5', false],
    ['', false],
  ])('%j → %s', (line, expected) => {
    expect(endsLikeSpacedRow(line)).toBe(expected);
  });
});

describe('lines around a table', () => {
  it.each([
    ['单位：亿元、%', '亿元、%'],
    ['（单位：万元）', '万元'],
    ['计量单位：个', '个'],
    ['各有关单位：', undefined],
    ['单位名称：南京高新区管委会，共计12项，全年完成', undefined],
  ])('the line of units %j gives %j', (line, units) => {
    expect(unitLineUnits(line)).toBe(units);
  });

  it.each([
    ['| --- | --- | --- |', true],
    ['|:---:|---|', true],
    ['---', false],
    ['| 南京高新区 | 3125.6 |', false],
  ])('%j is a rule line: %s', (line, rule) => {
    expect(isRuleLine(line)).toBe(rule);
  });
});
