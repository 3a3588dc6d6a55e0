/**
 * @gaoxin/core/xlsx: reports as Excel workbooks. Kept apart from the main entry because it
 * brings exceljs, which a browser bundle of the library does not need.
 */
export { reportToXlsx, sheetsToXlsx } from './workbook.js';
export { sheetCells, SHEETS } from '../output/sheets.js';
export type { ReportSheets, SheetLayout, SheetRows } from '../output/sheets.js';
