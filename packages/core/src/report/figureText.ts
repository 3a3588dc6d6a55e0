import type { Figure } from '../models/figure.js';

function grouped(v: number): string {
  return v.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/**
 * A figure's value for people: Western grouping, a range as min–max.
 *
 * @example
 * figureValueText({ value: 2080000000, … }); // '2,080,000,000'
 */
export function figureValueText(f: Figure): string {
  return f.min !== undefined && f.max !== undefined ? `${grouped(f.min)}–${grouped(f.max)}` : grouped(f.value);
}

/**
 * The date a figure holds for, as short as ISO 8601 allows: a day, a month (2022-09),
 * a year (2022), else an interval of days (2022-01-01/2022-09-30); empty when unknown.
 *
 * @example
 * asOfText({ asOf: { text: '今年9月', from: '2022-09-01', to: '2022-09-30' }, … }); // '2022-09'
 */
export function asOfText(f: Figure): string {
  if (!f.asOf) return '';
  const { from, to, text } = f.asOf;
  if (!from || !to) return text;
  if (from === to) return from;
  const lastDay = new Date(Number(to.slice(0, 4)), Number(to.slice(5, 7)), 0).getDate();
  const wholeMonths = from.endsWith('-01') && Number(to.slice(8, 10)) === lastDay;
  if (wholeMonths && from.slice(0, 7) === to.slice(0, 7)) return from.slice(0, 7);
  if (from.slice(0, 4) === to.slice(0, 4) && from.endsWith('-01-01') && to.endsWith('-12-31')) return from.slice(0, 4);
  return `${from}/${to}`;
}
