/**
 * Reports as an Excel workbook (exceljs): typed cells, a frozen header row, widths set. Its
 * own entry point (`@gaoxin/core/xlsx`), so the library's main bundle stays free of exceljs.
 */
import ExcelJS from 'exceljs';
import type { Report } from '../models/report.js';
import { SHEETS, sheetCells, type ReportSheets, type SheetLayout } from '../output/sheets.js';

// Grouped thousands, decimals only where the value has them (12.6, not 12.60; 1,373, not 1,373.).
const INTEGER_FORMAT = '#,##0';
const DECIMAL_FORMAT = '#,##0.0###';
const DAY_FORMAT = 'yyyy-mm-dd';
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayValue(text: string): Date | string {
  const m = ISO_DAY.exec(text);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : text;
}

function addSheet(workbook: ExcelJS.Workbook, sheet: SheetLayout, rows: ReadonlyArray<ReadonlyArray<string | number | null>>): void {
  const ws = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.columns.map((c) => ({ header: c.name, key: c.name, width: c.width }));
  ws.getRow(1).font = { bold: true };
  for (const values of rows) {
    const row = ws.addRow(sheet.columns.map((c, i) => {
      const v = values[i] ?? null;
      return c.type === 'day' && typeof v === 'string' ? dayValue(v) : v;
    }));
    sheet.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      if (c.type === 'day' && cell.value instanceof Date) cell.numFmt = DAY_FORMAT;
      else if (c.type === 'number' && typeof cell.value === 'number') cell.numFmt = Number.isInteger(cell.value) ? INTEGER_FORMAT : DECIMAL_FORMAT;
    });
  }
  if (rows.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
}

/**
 * A workbook of the sheets of one or more reports (their rows one after another): Figures,
 * Dates and Entities, values as numbers with a thousands format, periods as real dates.
 *
 * @example
 * const bytes = await sheetsToXlsx([sheetCells('a.txt', report)]);
 */
export async function sheetsToXlsx(parts: readonly ReportSheets[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'gaoxin';
  for (const sheet of SHEETS) addSheet(workbook, sheet, parts.flatMap((p) => p[sheet.key]));
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/**
 * One report as an `.xlsx` workbook's bytes.
 *
 * @example
 * await writeFile('report.xlsx', await reportToXlsx('report.txt', parseReport(text)));
 */
export async function reportToXlsx(source: string, report: Pick<Report, 'text' | 'articles' | 'figures' | 'dates' | 'entities'>): Promise<Uint8Array> {
  return sheetsToXlsx([sheetCells(source, report)]);
}
