import type { ExtractedFile } from '../models/extractedFile.js';
import type { Figure } from '../models/figure.js';
import type { OutputFormat } from './args.js';
import { asOfText } from '../report/figureText.js';
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

/** The CSV columns: one row per figure. */
export const CSV_COLUMNS = ['source', 'article', 'subject', 'metric', 'text', 'kind', 'value', 'min', 'max', 'unit', 'approx', 'asOf', 'start', 'end'] as const;

/**
 * The writer for a format. `single` is true when the run reads exactly one file: JSON is
 * then that file's object rather than an array. `file` needs no position, so worker threads
 * can format their files and the main thread only joins them.
 *
 * @example
 * const w = formatWriter('csv', false);
 * w.begin() + w.file(extracted) + w.end();
 */
export function formatWriter(format: OutputFormat, single: boolean): FormatWriter {
  switch (format) {
    case 'json':
      return single
        ? { begin: () => '', separator: '', file: (f) => `${jsonText(f, 2)}\n`, end: () => '' }
        : { begin: () => '[\n', separator: ',\n', file: (f) => jsonText(f), end: () => '\n]\n' };
    case 'jsonl':
      return { begin: () => '', separator: '', file: (f) => `${jsonText(f)}\n`, end: () => '' };
    case 'csv':
      // The BOM makes spreadsheets read the file as UTF-8, so Chinese text opens correctly.
      return { begin: () => `\uFEFF${CSV_COLUMNS.join(',')}\r\n`, separator: '', file: (f) => csvRows(f), end: () => '' };
    case 'md':
      return { begin: () => '', separator: '\n', file: (f) => markdownFile(f), end: () => '' };
    case 'table':
      return { begin: () => '', separator: '\n', file: (f) => `${single ? '' : `== ${f.source} (${f.encoding}) ==\n`}${formatFigureTable(f)}`, end: () => '' };
  }
}

/**
 * JSON with U+2028 and U+2029 escaped: JSON allows them raw, but line-based readers of JSONL
 * (and JavaScript before ES2019) take them for line ends and split the record.
 */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[\u2028\u2029]/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'));
}

/** The CSV rows of one file's figures (CRLF line ends, RFC 4180 quoting). */
export function csvRows(file: ExtractedFile): string {
  return file.figures
    .map((f) =>
      [
        file.source,
        articleName(file, f),
        f.subject ?? '',
        f.metric ?? '',
        f.text,
        f.kind,
        f.value,
        f.min ?? '',
        f.max ?? '',
        f.unit ?? '',
        f.approx,
        asOfText(f),
        f.start,
        f.end,
      ]
        .map(csvField)
        .join(','),
    )
    .map((row) => `${row}\r\n`)
    .join('');
}

function articleName(file: ExtractedFile, f: Figure): string {
  if (f.article === undefined) return '';
  return file.articles[f.article]?.title ?? String(f.article + 1);
}

/** One CSV field, quoted where it holds a comma, a quote or a line break. */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function markdownFile(file: ExtractedFile): string {
  const header = `## ${escapeMarkdown(file.source)}\n\nReference date ${file.referenceDate} (${file.referenceDateSource}), ${file.figures.length} figures.\n\n`;
  if (file.figures.length === 0) return header;
  const rows = file.figures.map(
    (f) => `| ${[f.text, f.kind, String(f.value), f.unit ?? '', f.approx, asOfText(f), f.metric ?? '', f.subject ?? ''].map(escapeMarkdown).join(' | ')} |`,
  );
  return `${header}| figure | kind | value | unit | approx | as of | metric | subject |\n| --- | --- | ---: | --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`;
}

/** Text from a report placed in Markdown: characters Markdown would read as syntax are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&').replace(/\r?\n/g, ' ');
}
