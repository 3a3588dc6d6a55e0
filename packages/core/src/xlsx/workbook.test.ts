import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FIGURE_COLUMNS } from '../output/columns.js';
import { parseReport } from '../api/parseReport.js';
import { reportToXlsx } from './workbook.js';

const EVIL = '=HYPERLINK("http://evil","点击")';
const text = `${EVIL}\n\n截至今年9月，常州高新区地区生产总值1856.3亿元，增长12.6%，单个项目投资额在300万至2000万元之间。`;
const report = parseReport(text, { referenceDate: '2022-11-15' });

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

describe('reportToXlsx writes a workbook a spreadsheet library reads back', async () => {
  const workbook = await readBack(await reportToXlsx('a.txt', report));
  const figures = workbook.getWorksheet('Figures');
  const header = (figures?.getRow(1).values as unknown[] | undefined)?.slice(1);
  const column = (name: string) => FIGURE_COLUMNS.findIndex((c) => c.name === name) + 1;
  const rowOf = (figureText: string) => {
    for (let r = 2; r <= (figures?.rowCount ?? 0); r++) if (figures?.getRow(r).getCell(column('text')).value === figureText) return figures.getRow(r);
    throw new Error(`no row for ${figureText}`);
  };

  it('has the Figures, Dates and Entities sheets', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Figures', 'Dates', 'Entities']);
  });
  it('heads Figures with the CSV columns, the header row frozen', () => {
    expect(header).toEqual(FIGURE_COLUMNS.map((c) => c.name));
    expect(figures?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(figures?.getRow(1).font?.bold).toBe(true);
  });
  it('has one row per figure', () => expect(figures?.rowCount).toBe(report.figures.length + 1));
  it('writes values as numbers with a thousands format', () => {
    const cell = rowOf('1856.3亿元').getCell(column('value'));
    expect(cell.value).toBe(185630000000);
    expect(cell.numFmt).toBe('#,##0');
    const rate = rowOf('12.6%').getCell(column('value'));
    expect(rate.value).toBe(12.6);
    expect(rate.numFmt).toBe('#,##0.0###');
  });
  it('leaves value empty for a range and writes its bounds as numbers', () => {
    const row = rowOf('300万至2000万元');
    expect(row.getCell(column('value')).value).toBeNull();
    expect([row.getCell(column('min')).value, row.getCell(column('max')).value]).toEqual([3000000, 20000000]);
  });
  it('writes the period as real dates', () => {
    const row = rowOf('1856.3亿元');
    expect(row.getCell(column('from')).value).toEqual(new Date(Date.UTC(2022, 8, 1)));
    expect(row.getCell(column('to')).value).toEqual(new Date(Date.UTC(2022, 8, 30)));
    expect(row.getCell(column('from')).numFmt).toBe('yyyy-mm-dd');
    expect(row.getCell(column('asOf')).value).toBe('今年9月');
  });
  it('writes report text as text, never as a formula', () => {
    expect(rowOf('1856.3亿元').getCell(column('article')).value).toBe(EVIL);
    for (let r = 2; r <= (figures?.rowCount ?? 0); r++) {
      figures?.getRow(r).eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula));
    }
  });
  it('sets column widths', () => expect(figures?.getColumn(column('sentence')).width).toBe(60));
  it('lists dates with real dates and entities', () => {
    const dates = workbook.getWorksheet('Dates');
    expect(dates?.rowCount).toBe(report.dates.length + 1);
    expect(dates?.getRow(2).getCell(4).value).toBeInstanceOf(Date);
    expect(workbook.getWorksheet('Entities')?.rowCount).toBe(report.entities.length + 1);
  });
});
