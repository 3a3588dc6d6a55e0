import type { Report } from '../models/report.js';
import { asOfText, figureValueText } from '../output/values.js';

const COLUMNS = ['#', 'figure', 'kind', 'value', 'unit', 'approx', 'as of', 'metric', 'subject', 'span'] as const;
const RIGHT = new Set([0, 3]);
const SPAN = COLUMNS.length - 1;
// Below this many terminal columns the span (offsets, read by programs, not people) goes.
const SPAN_MIN_WIDTH = 120;
// How narrow each text column may get when the table must fit; the widest gives first. The
// number and the value are never cut: a cut number is a wrong number.
const MIN_WIDTH: ReadonlyMap<number, number> = new Map([
  [1, 6], // figure
  [2, 5], // kind
  [4, 4], // unit
  [5, 5], // approx
  [6, 10], // as of: a whole day stays readable
  [7, 4], // metric
  [8, 4], // subject
]);
const GAP = 2;

/**
 * The figures of a report as a plain-text table a person reads in a terminal, with a
 * header line that names the reference date and region. Wide (CJK) characters count as two
 * columns. Given a `width` (the terminal's columns), the table fits it: below 120 columns the
 * span column goes, and long text is cut with `…`, the figure, metric and subject first.
 *
 * @example
 * formatFigureTable(parseReport('研发平台312个', { referenceDate: '2022-11-15' }), 80);
 */
export function formatFigureTable(report: Report, width?: number): string {
  const all = report.figures.map((f, i) => [String(i + 1), oneLine(f.text), f.kind, figureValueText(f), f.unit ?? '', f.approx, asOfText(f), oneLine(f.metric ?? ''), oneLine(f.subject ?? ''), `${f.start}-${f.end}`]);
  const keep = COLUMNS.map((_, i) => i).filter((i) => width === undefined || width >= SPAN_MIN_WIDTH || i !== SPAN);
  const widths = keep.map((i) => Math.max(displayWidth(COLUMNS[i] ?? ''), ...all.map((r) => displayWidth(r[i] ?? ''))));
  if (width !== undefined) shrink(widths, keep, width);
  const line = (cells: readonly string[]) =>
    keep.map((col, k) => pad(truncate(cells[col] ?? '', widths[k] ?? 0), widths[k] ?? 0, RIGHT.has(col))).join(' '.repeat(GAP)).trimEnd();
  const header = `${report.figures.length} figures · reference date ${report.referenceDate} (${report.referenceDateSource}) · region ${report.region}`;
  return [header, '', line(COLUMNS), line(COLUMNS.map((_, i) => '-'.repeat(widths[keep.indexOf(i)] ?? 0))), ...all.map(line)].join('\n') + '\n';
}

/** Narrows the free-text columns, widest first, until the table fits `width` or none can give more. */
function shrink(widths: number[], keep: readonly number[], width: number): void {
  const total = () => widths.reduce((a, b) => a + b, 0) + GAP * (widths.length - 1);
  const min = keep.map((col) => MIN_WIDTH.get(col) ?? Infinity);
  let excess = total() - width;
  while (excess > 0) {
    let widest = -1;
    widths.forEach((w, k) => {
      if (w > (min[k] ?? Infinity) && (widest < 0 || w > (widths[widest] ?? 0))) widest = k;
    });
    if (widest < 0) return;
    // Take from the widest down to the next widest (or what is still needed), at least one.
    const others = widths.filter((w, k) => k !== widest && w > (min[k] ?? Infinity) && w < (widths[widest] ?? 0));
    const next = Math.max(min[widest] ?? 0, ...others);
    const take = Math.max(1, Math.min(excess, (widths[widest] ?? 0) - next));
    widths[widest] = (widths[widest] ?? 0) - take;
    excess -= take;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * Text cut to `width` terminal columns, ending in `…` where it was cut.
 *
 * @example
 * truncate('西部(重庆)科学城', 8); // '西部(重…'
 */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** Terminal columns a string takes: East Asian wide and full-width characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    const wide =
      (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}
