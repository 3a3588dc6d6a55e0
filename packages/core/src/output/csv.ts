/**
 * CSV as RFC 4180 writes it, safe to open in a spreadsheet: a text cell that a spreadsheet
 * would run as a formula is written as text.
 */
import { plainDecimal } from './values.js';

// Excel, LibreOffice and Google Sheets start a formula at = + - @; a leading tab or CR is
// dropped by some of them, which then see the formula behind it.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as a spreadsheet must show it: `'` before text that would start a formula.
 * Every text cell is guarded, also one that looks like a number (`-1+1+cmd|calc`): numbers
 * are written as numbers, never as text.
 *
 * @example
 * guardFormula('=HYPERLINK("http://evil","点击")'); // `'=HYPERLINK("http://evil","点击")`
 * guardFormula('12.6%'); // '12.6%'
 */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A CSV cell's value: text (guarded), a number (a plain decimal), or nothing (empty). */
export type CsvValue = string | number | undefined;

/**
 * One CSV field: text guarded against formulas and quoted where it holds a comma, a quote or
 * a line break; a number as a plain decimal; undefined as empty.
 *
 * @example
 * csvField('a,b'); // '"a,b"'
 * csvField(185630000000); // '185630000000'
 * csvField('-1+1+cmd|calc'); // "'-1+1+cmd|calc"
 */
export function csvField(value: CsvValue): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? plainDecimal(value) : '';
  const text = guardFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One CSV record with its CRLF line end.
 *
 * @example
 * csvLine(['a', 1, undefined]); // 'a,1,\r\n'
 */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** The byte order mark that makes spreadsheets read a CSV file as UTF-8, so Chinese text opens correctly. */
export const CSV_BOM = '\uFEFF';
