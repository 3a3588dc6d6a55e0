import type { Figure, Report } from '@gaoxin/core';
import { articleLabel } from './hoverText.js';

/** The columns of the CSV export, in order. */
export const CSV_COLUMNS = [
  'text',
  'start',
  'end',
  'kind',
  'value',
  'unit',
  'approx',
  'min',
  'max',
  'numberText',
  'unitText',
  'multiplier',
  'qualifiers',
  'metric',
  'subject',
  'asOf',
  'asOfFrom',
  'asOfTo',
  'article',
] as const;

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, quote or line break. A field starting
 * with `=`, `+`, `-` or `@` that is not a number is prefixed with `'` so a spreadsheet does not
 * run report text as a formula.
 *
 * @example
 * csvField('a,b'); // '"a,b"'
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@]/.test(text) && !/^[+-]?\d/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(report: Pick<Report, 'articles'>, f: Figure): string {
  const values: Record<(typeof CSV_COLUMNS)[number], string | number | undefined> = {
    text: f.text,
    start: f.start,
    end: f.end,
    kind: f.kind,
    value: f.value,
    unit: f.unit,
    approx: f.approx,
    min: f.min,
    max: f.max,
    numberText: f.numberText,
    unitText: f.unitText,
    multiplier: f.multiplier,
    qualifiers: f.qualifiers.join(' '),
    metric: f.metric,
    subject: f.subject,
    asOf: f.asOf?.text,
    asOfFrom: f.asOf?.from,
    asOfTo: f.asOf?.to,
    article: articleLabel(report, f.article),
  };
  return CSV_COLUMNS.map((c) => csvField(values[c])).join(',');
}

/**
 * The figures of a report as CSV: a header row, one row per figure, CRLF line ends and a UTF-8
 * byte order mark, which Excel needs to read Chinese text correctly.
 *
 * @example
 * figuresToCsv(report).split('\r\n')[0]; // '\uFEFFtext,start,end,kind,value,…'
 */
export function figuresToCsv(report: Pick<Report, 'figures' | 'articles'>): string {
  const lines = [CSV_COLUMNS.join(','), ...report.figures.map((f) => row(report, f))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
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
