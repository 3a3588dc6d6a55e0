import type { Figure } from '../models/figure.js';
import type { Report } from '../models/report.js';

/** A table to render: a caption, headers, and rows of plain text cells. */
export interface RenderTable {
  caption: string;
  headers: readonly string[];
  /** Columns (by index) that hold numbers and align right. */
  numeric: readonly number[];
  rows: ReadonlyArray<readonly string[]>;
}

function formatNumber(v: number): string {
  return v.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

function figureValue(f: Figure): string {
  return f.min !== undefined && f.max !== undefined ? `${formatNumber(f.min)}–${formatNumber(f.max)}` : formatNumber(f.value);
}

function asOf(f: Figure): string {
  if (!f.asOf) return '';
  if (f.asOf.from && f.asOf.to && f.asOf.from !== f.asOf.to) return `${f.asOf.from} – ${f.asOf.to}`;
  return f.asOf.from ?? f.asOf.text;
}

/** The tables a Report renders as: figures, dates, entities (each only when it has rows). */
export function reportTables(report: Report): RenderTable[] {
  const tables: RenderTable[] = [
    {
      caption: `Figures (${report.figures.length})`,
      headers: ['#', 'figure', 'kind', 'value', 'unit', 'approx', 'as of', 'metric', 'subject'],
      numeric: [0, 3],
      rows: report.figures.map((f, i) => [String(i + 1), f.text, f.kind, figureValue(f), f.unit ?? '', f.approx, asOf(f), f.metric ?? '', f.subject ?? '']),
    },
  ];
  if (report.dates.length > 0) {
    tables.push({
      caption: `Dates (${report.dates.length})`,
      headers: ['date', 'grain', 'from', 'to'],
      numeric: [],
      rows: report.dates.map((d) => [d.text, d.grain, d.from ?? '', d.to ?? '']),
    });
  }
  if (report.entities.length > 0) {
    tables.push({
      caption: `Entities (${report.entities.length})`,
      headers: ['name', 'type', 'canonical'],
      numeric: [],
      rows: report.entities.map((e) => [e.text, e.type, e.canonical ?? e.refersTo ?? '']),
    });
  }
  return tables;
}

function reportTitle(report: Report): string {
  return `Report · reference date ${report.referenceDate} (${report.referenceDateSource}) · region ${report.region}`;
}

/** Text from a report placed in Markdown: what Markdown would read as syntax is escaped. */
export function escapeMarkdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|#]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/** Text from a report placed in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Tables as Markdown, under a heading. */
export function tablesToMarkdown(title: string, tables: readonly RenderTable[]): string {
  const parts = [`# ${escapeMarkdownText(title)}`];
  for (const t of tables) {
    parts.push(`## ${escapeMarkdownText(t.caption)}`);
    if (t.rows.length === 0) continue;
    const align = t.headers.map((_, i) => (t.numeric.includes(i) ? '---:' : '---'));
    const line = (cells: readonly string[]) => `| ${cells.map(escapeMarkdownText).join(' | ')} |`;
    parts.push([line(t.headers), `| ${align.join(' | ')} |`, ...t.rows.map(line)].join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}

/** Tables as an HTML fragment (no page chrome), ready for a notebook cell or a page. */
export function tablesToHtml(title: string, tables: readonly RenderTable[]): string {
  const cell = (tag: 'td' | 'th', text: string, numeric: boolean) => `<${tag}${numeric ? ' style="text-align:right"' : ''}>${escapeHtml(text)}</${tag}>`;
  const body = tables
    .map((t) => {
      const head = `<tr>${t.headers.map((h, i) => cell('th', h, t.numeric.includes(i))).join('')}</tr>`;
      const rows = t.rows.map((r) => `<tr>${r.map((c, i) => cell('td', c, t.numeric.includes(i))).join('')}</tr>`).join('\n');
      return `<table class="gaoxin-table">\n<caption>${escapeHtml(t.caption)}</caption>\n<thead>${head}</thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
    })
    .join('\n');
  return `<section class="gaoxin-report">\n<h3>${escapeHtml(title)}</h3>\n${body}\n</section>\n`;
}

/**
 * A Report as Markdown: a heading with its reference date, then tables of figures, dates
 * and entities. Text from the report is escaped, so it never turns into Markdown syntax.
 *
 * @example
 * toMarkdown(parseReport('研发平台312个', { referenceDate: '2022-11-15' }));
 * // '# Report · reference date 2022-11-15 …\n\n## Figures (1)\n\n| # | figure | …'
 */
export function toMarkdown(report: Report): string {
  return tablesToMarkdown(reportTitle(report), reportTables(report));
}

/**
 * A Report as an HTML fragment with the same tables as `toMarkdown`; all text is escaped.
 *
 * @example
 * toHTML(parseReport('研发平台312个')).startsWith('<section class="gaoxin-report">'); // true
 */
export function toHTML(report: Report): string {
  return tablesToHtml(reportTitle(report), reportTables(report));
}
