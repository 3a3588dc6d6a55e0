/**
 * A report as the sheets of a workbook: Figures, Dates and Entities, each in its column
 * schema, as plain data (JSON-safe, so a worker thread can make it and the main thread
 * write it).
 */
import type { Report } from '../models/report.js';
import { DATE_COLUMNS, ENTITY_COLUMNS, FIGURE_COLUMNS, cells, figureRows, type Cell, type Column, type ColumnType } from './columns.js';

/** A sheet's cells, row by row; null where a cell is empty (JSON has no undefined). */
export type SheetRows = Array<Array<string | number | null>>;

/** The rows of each sheet of one report. */
export interface ReportSheets {
  figures: SheetRows;
  dates: SheetRows;
  entities: SheetRows;
}

/** A sheet's name and columns (name, type, width): what a workbook writer needs besides the rows. */
export interface SheetLayout {
  key: keyof ReportSheets;
  name: string;
  columns: ReadonlyArray<{ name: string; type: ColumnType; width: number }>;
}

function layout<Row>(columns: ReadonlyArray<Column<Row>>): SheetLayout['columns'] {
  return columns.map(({ name, type, width }) => ({ name, type, width }));
}

/** The sheets of a report workbook, in order. */
export const SHEETS: readonly SheetLayout[] = [
  { key: 'figures', name: 'Figures', columns: layout(FIGURE_COLUMNS) },
  { key: 'dates', name: 'Dates', columns: layout(DATE_COLUMNS) },
  { key: 'entities', name: 'Entities', columns: layout(ENTITY_COLUMNS) },
];

const orNull = (row: Cell[]) => row.map((c) => c ?? null);

/**
 * One report's rows for every sheet, in the columns of `SHEETS`.
 *
 * @example
 * sheetCells('a.txt', report).figures[0]; // ['a.txt', null, …, '研发平台312个', 312, '个', …]
 */
export function sheetCells(source: string, report: Pick<Report, 'text' | 'articles' | 'figures' | 'dates' | 'entities'>): ReportSheets {
  return {
    figures: cells(FIGURE_COLUMNS, figureRows(source, report)).map(orNull),
    dates: cells(DATE_COLUMNS, report.dates.map((date) => ({ source, date }))).map(orNull),
    entities: cells(ENTITY_COLUMNS, report.entities.map((entity) => ({ source, entity }))).map(orNull),
  };
}
