import type { Report } from '../models/report.js';
import { asOfText, figureValueText } from '../report/figureText.js';

const COLUMNS = ['#', 'figure', 'kind', 'value', 'unit', 'approx', 'as of', 'metric', 'subject', 'span'] as const;

/**
 * The figures of a report as a plain-text table a person reads in a terminal, with a
 * header line that names the reference date and region. Wide (CJK) characters count as two columns.
 *
 * @example
 * formatFigureTable(parseReport('研发平台312个', { referenceDate: '2022-11-15' }));
 */
export function formatFigureTable(report: Report): string {
  const rows = report.figures.map((f, i) => [String(i + 1), f.text.replace(/\s+/g, ' '), f.kind, figureValueText(f), f.unit ?? '', f.approx, asOfText(f), f.metric ?? '', f.subject ?? '', `${f.start}-${f.end}`]);
  const widths = COLUMNS.map((c, i) => Math.max(displayWidth(c), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]) => cells.map((c, i) => pad(c, widths[i] ?? 0, i === 3)).join('  ').trimEnd();
  const header = `${report.figures.length} figures · reference date ${report.referenceDate} (${report.referenceDateSource}) · region ${report.region}`;
  return [header, '', line(COLUMNS), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
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
