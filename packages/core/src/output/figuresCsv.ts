/**
 * A report's figures as CSV in `FIGURE_COLUMNS`: the one CSV that the CLI and the editor
 * extension write.
 */
import type { Report } from '../models/report.js';
import { FIGURE_COLUMNS, cells, figureRows } from './columns.js';
import { CSV_BOM, csvLine } from './csv.js';

/**
 * The first line of a figures CSV: the byte order mark and the column names.
 *
 * @example
 * figuresCsvHeader(); // '\uFEFFsource,article,subject,metric,…\r\n'
 */
export function figuresCsvHeader(): string {
  return CSV_BOM + csvLine(FIGURE_COLUMNS.map((c) => c.name));
}

/**
 * One CSV record per figure of a report (CRLF line ends, RFC 4180 quoting, text cells
 * guarded against formulas, values as plain decimals), without the header.
 *
 * @example
 * figuresCsvRows('a.txt', parseReport('研发平台312个'));
 * // 'a.txt,,,研发平台,,,,312个,count,312,,,个,exact,,,,,研发平台312个,312,个,1,4,8\r\n'
 */
export function figuresCsvRows(source: string, report: Pick<Report, 'text' | 'articles' | 'figures'>): string {
  return cells(FIGURE_COLUMNS, figureRows(source, report)).map(csvLine).join('');
}

/**
 * A report's figures as a whole CSV file: header and rows.
 *
 * @example
 * figuresToCsv('a.txt', report).split('\r\n').length; // report.figures.length + 2
 */
export function figuresToCsv(source: string, report: Pick<Report, 'text' | 'articles' | 'figures'>): string {
  return figuresCsvHeader() + figuresCsvRows(source, report);
}
