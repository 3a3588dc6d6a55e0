/**
 * Dates in tables: a header row or column of years (`2002 | 2003 | …`) names the year of each
 * column, and a number cell (`1977.1`, a sum in 亿元) is never a date, however it looks.
 */
import type { DateMention } from '../models/dateMention.js';
import type { ExtractionContext } from '../engine/context.js';
import { toOriginalSpan } from '../text/normalize.js';
import { isNumberCell, isYearCell, tablesOf, type TableCell } from '../text/tables.js';

function yearCells(rows: ReadonlyArray<readonly TableCell[]>): TableCell[] {
  const header = rows[0] ?? [];
  const across = header.filter((c) => isYearCell(c.text));
  // A header of years names columns; two are needed, so one odd cell is no header.
  if (across.length >= 2) return across;
  const down = rows.map((r) => r[0]).filter((c): c is TableCell => c !== undefined && isYearCell(c.text));
  return down.length >= 2 ? down : [];
}

/**
 * The dates with the tables' header years merged in and the dates read inside number cells
 * dropped; sorted by start.
 *
 * @example
 * // a table whose header row is 2002 | 2003 → year dates 2002 and 2003
 */
export function withTableDates(ctx: ExtractionContext, dates: DateMention[]): DateMention[] {
  const tables = tablesOf(ctx.text);
  if (tables.length === 0) return dates;
  const years: DateMention[] = [];
  const numbers: Array<[number, number]> = [];
  for (const t of tables) {
    for (const c of yearCells(t.rows)) {
      const { start, end } = toOriginalSpan(ctx.normalized, c.start, c.end);
      const year = Number(c.text.slice(0, 4));
      years.push({ text: ctx.source.slice(start, end), start, end, grain: 'year', from: `${year}-01-01`, to: `${year}-12-31`, stated: { year }, implied: {}, impliedFrom: 'none' });
    }
    for (const r of t.rows.slice(1)) {
      for (const c of r.slice(1)) {
        if (!isNumberCell(c.text)) continue;
        const { start, end } = toOriginalSpan(ctx.normalized, c.start, c.end);
        numbers.push([start, end]);
      }
    }
  }
  numbers.sort((a, b) => a[0] - b[0]);
  years.sort((a, b) => a.start - b.start);
  const kept: DateMention[] = [];
  let i = 0;
  let y = 0;
  for (const d of dates) {
    while (i < numbers.length && numbers[i]![1] <= d.start) i++;
    const n = numbers[i];
    if (n && n[0] < d.end) continue;
    while (y < years.length && years[y]!.end <= d.start) y++;
    const h = years[y];
    if (h && h.start < d.end) continue;
    kept.push(d);
  }
  return [...kept, ...years].sort((a, b) => a.start - b.start);
}
