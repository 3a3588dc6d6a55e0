import type { ExtractedFile } from '../models/extractedFile.js';
import type { OutputFormat } from './args.js';
import { figuresCsvHeader, figuresCsvRows } from '../output/figuresCsv.js';
import { tablesToMarkdown } from '../output/markdown.js';
import { sheetCells } from '../output/sheets.js';
import { reportTables, reportTitle } from '../output/table.js';
import { formatFigureTable } from './formatTable.js';

/**
 * Writes files of a run in one format, piece by piece, so a batch streams: `begin` once,
 * `file` for each file in order, `end` once.
 */
export interface FormatWriter {
  begin(): string;
  /** Written between two files. */
  separator: string;
  file(file: ExtractedFile): string;
  end(): string;
}

/**
 * The writer for a format. `single` is true when the run reads exactly one file: JSON is
 * then that file's object rather than an array. `width` is the terminal's columns, which the
 * table fits. `file` needs no position, so worker threads can format their files and the
 * main thread only joins them. For xlsx, a file is one JSON line of its sheets' cells, which
 * `writeWorkbook` turns into the workbook once the run is over.
 *
 * @example
 * const w = formatWriter('csv', false);
 * w.begin() + w.file(extracted) + w.end();
 */
export function formatWriter(format: OutputFormat, single: boolean, width?: number): FormatWriter {
  switch (format) {
    case 'json':
      return single
        ? { begin: () => '', separator: '', file: (f) => `${jsonText(f, 2)}\n`, end: () => '' }
        : { begin: () => '[\n', separator: ',\n', file: (f) => jsonText(f), end: () => '\n]\n' };
    case 'jsonl':
      return { begin: () => '', separator: '', file: (f) => `${jsonText(f)}\n`, end: () => '' };
    case 'csv':
      return { begin: figuresCsvHeader, separator: '', file: (f) => figuresCsvRows(f.source, f), end: () => '' };
    case 'md':
      return { begin: () => '', separator: '\n', file: (f) => tablesToMarkdown(reportTitle(f, f.source), reportTables(f), 2), end: () => '' };
    case 'table':
      return { begin: () => '', separator: '\n', file: (f) => `${single ? '' : `== ${f.source} (${f.encoding}) ==\n`}${formatFigureTable(f, width)}`, end: () => '' };
    case 'xlsx':
      return { begin: () => '', separator: '', file: (f) => `${JSON.stringify(sheetCells(f.source, f))}\n`, end: () => '' };
  }
}

/**
 * JSON with U+2028 and U+2029 escaped: JSON allows them raw, but line-based readers of JSONL
 * (and JavaScript before ES2019) take them for line ends and split the record.
 */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[\u2028\u2029]/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'));
}
