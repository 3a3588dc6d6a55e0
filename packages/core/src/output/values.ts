/**
 * How numbers and dates of a report are written for people (tables, Markdown, HTML) and for
 * machines (CSV, spreadsheets). Every output goes through these, so a value reads the same
 * everywhere.
 */
import type { Figure } from '../models/figure.js';

// Built once: Intl formatters are costly to construct and a batch formats many values.
// Large values are money or areas, where cents are the finest grain anyone reads; small
// values are rates and multiples, where a fourth decimal can still matter.
const LARGE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const SMALL = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/**
 * A number for people: Western grouping, two decimals at most from 100 up, four below.
 *
 * @example
 * formatNumber(346666.666666667); // '346,666.67'
 * formatNumber(12.6); // '12.6'
 */
export function formatNumber(value: number): string {
  return (Math.abs(value) >= 100 ? LARGE : SMALL).format(value);
}

/**
 * A figure's value for people: Western grouping, a range as min–max.
 *
 * @example
 * figureValueText({ value: 2080000000, … }); // '2,080,000,000'
 * figureValueText({ value: 3e6, min: 3e6, max: 5e6, … }); // '3,000,000–5,000,000'
 */
export function figureValueText(f: Pick<Figure, 'value' | 'min' | 'max'>): string {
  return f.min !== undefined && f.max !== undefined ? `${formatNumber(f.min)}–${formatNumber(f.max)}` : f.value === null ? '' : formatNumber(f.value);
}

/**
 * A number as a plain decimal that a spreadsheet or a CSV reader takes as it is: no grouping,
 * never an exponent (JavaScript writes 1e21 and 1e-7 with one), every digit JavaScript keeps.
 *
 * @example
 * plainDecimal(185630000000); // '185630000000'
 * plainDecimal(1e21); // '1000000000000000000000'
 * plainDecimal(1.5e-7); // '0.00000015'
 */
export function plainDecimal(value: number): string {
  const text = String(value);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign = '', lead = '', rest = '', exp = '0'] = m;
  const digits = lead + rest;
  const point = 1 + Number(exp); // position of the decimal point within `digits`
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * An interval of ISO days as short as ISO 8601 allows: a day, a month (2022-09), a year
 * (2022), else `from/to`; one open end gives the other alone; empty when both are missing.
 *
 * @example
 * periodText('2022-09-01', '2022-09-30'); // '2022-09'
 * periodText('2022-01-01', '2022-09-30'); // '2022-01-01/2022-09-30'
 */
export function periodText(from: string | undefined, to: string | undefined): string {
  if (!from || !to) return from ?? to ?? '';
  if (from === to) return from;
  const [fy, fm, fd] = [from.slice(0, 4), Number(from.slice(5, 7)), from.slice(8, 10)];
  const [ty, tm, td] = [to.slice(0, 4), Number(to.slice(5, 7)), Number(to.slice(8, 10))];
  const wholeMonths = fd === '01' && td === daysInMonth(Number(ty), tm);
  if (wholeMonths && fy === ty && fm === tm) return from.slice(0, 7);
  if (wholeMonths && fy === ty && fm === 1 && tm === 12) return fy;
  return `${from}/${to}`;
}

/**
 * The date a figure holds for, as `periodText` writes it; the words as written when the date
 * has no resolved days (近年); empty when the figure has none.
 *
 * @example
 * asOfText({ asOf: { text: '今年9月', from: '2022-09-01', to: '2022-09-30' }, … }); // '2022-09'
 */
export function asOfText(f: Pick<Figure, 'asOf'>): string {
  if (!f.asOf) return '';
  const { from, to, text } = f.asOf;
  return from || to ? periodText(from, to) : text;
}
