import { FIGURE_COLUMNS, csvField, figuresToCsv as coreFiguresToCsv, type Figure, type Report } from '@gaoxin/core';

/** The columns of the CSV export, in order: the core's CSV schema, the same as `gaoxin extract --format csv`. */
export const CSV_COLUMNS: readonly string[] = FIGURE_COLUMNS.map((c) => c.name);

/**
 * One CSV field, as the core writes it: quoted per RFC 4180, a text cell that a spreadsheet
 * would run as a formula (= + - @ tab CR) prefixed with `'`, numbers as plain decimals.
 *
 * @example
 * csvField('a,b'); // '"a,b"'
 */
export { csvField };

/**
 * The figures of a report as CSV in the core's columns (`gaoxin extract --format csv`): a
 * header row, one row per figure, CRLF line ends and a UTF-8 byte order mark, which Excel
 * needs to read Chinese text correctly. `source` fills the source column (the document's name).
 *
 * @example
 * figuresToCsv(report, 'report.txt').split('\r\n')[0]; // '\uFEFFsource,article,subject,…'
 */
export function figuresToCsv(report: Pick<Report, 'text' | 'figures' | 'articles'>, source = ''): string {
  return coreFiguresToCsv(source, report);
}

/**
 * The report as an Excel workbook (Figures, Dates and Entities sheets; numbers as numbers,
 * periods as dates), as `gaoxin extract --format xlsx` writes it. The workbook writer loads
 * only when a workbook is asked for, so the extension starts without it.
 *
 * @example
 * await vscode.workspace.fs.writeFile(uri, await figuresToXlsx(report, 'report.txt'));
 */
export async function figuresToXlsx(report: Report, source: string): Promise<Uint8Array> {
  const { reportToXlsx } = await import('@gaoxin/core/xlsx');
  return reportToXlsx(source, report);
}

/** What the export commands write. */
export type ExportFormat = 'csv' | 'json' | 'xlsx';

/** The save dialog's filter and the file ending of each export format. */
export const EXPORT_FORMATS: Readonly<Record<ExportFormat, { label: string; extension: string }>> = {
  csv: { label: 'CSV', extension: 'csv' },
  json: { label: 'JSON', extension: 'json' },
  xlsx: { label: 'Excel workbook', extension: 'xlsx' },
};

/**
 * The bytes of an export of `report` in `format`; `source` names the document in the output.
 *
 * @example
 * await vscode.workspace.fs.writeFile(target, await exportBytes('xlsx', report, 'report.txt'));
 */
export async function exportBytes(format: ExportFormat, report: Report, source: string): Promise<Uint8Array> {
  if (format === 'xlsx') return figuresToXlsx(report, source);
  return new TextEncoder().encode(format === 'csv' ? figuresToCsv(report, source) : figuresToJson(report, source));
}

/** The JSON export: where the figures came from, what they were resolved against, and the figures. */
export interface FiguresExport {
  source: string;
  referenceDate: string;
  referenceDateSource: Report['referenceDateSource'];
  region: Report['region'];
  figures: Figure[];
}

/**
 * The figures of a report as pretty-printed JSON (`FiguresExport`), spans into the document.
 *
 * @example
 * JSON.parse(figuresToJson(report, 'file:///r.txt')).figures.length === report.figures.length; // true
 */
export function figuresToJson(report: Report, source: string): string {
  const data: FiguresExport = {
    source,
    referenceDate: report.referenceDate,
    referenceDateSource: report.referenceDateSource,
    region: report.region,
    figures: report.figures,
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
