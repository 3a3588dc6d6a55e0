import type { Report } from '../models/report.js';
import { asOfText, figureValueText } from './figureText.js';
import type { ReportSummary } from './summarize.js';

/** A table to render: a caption, headers, and rows of plain text cells. */
export interface RenderTable {
  caption: string;
  headers: readonly string[];
  /** Columns (by index) that hold numbers and align right. */
  numeric: readonly number[];
  rows: ReadonlyArray<readonly string[]>;
}

/** The tables a Report renders as: figures, dates, entities (each only when it has rows). */
export function reportTables(report: Report): RenderTable[] {
  const tables: RenderTable[] = [
    {
      caption: `Figures (${report.figures.length})`,
      headers: ['#', 'figure', 'kind', 'value', 'unit', 'approx', 'as of', 'metric', 'subject'],
      numeric: [0, 3],
      rows: report.figures.map((f, i) => [String(i + 1), f.text, f.kind, figureValueText(f), f.unit ?? '', f.approx, asOfText(f), f.metric ?? '', f.subject ?? '']),
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

/** The tables a summary renders as: one per article, a row per subject and metric. */
export function summaryTables(summary: ReportSummary): RenderTable[] {
  return summary.articles.map((a) => ({
    caption: `${a.title ?? (a.article === undefined ? 'Outside any article' : `Article ${a.article + 1}`)}${a.zone ? ` · ${a.zone}` : ''}`,
    headers: ['subject', 'metric', 'figures', 'values'],
    numeric: [],
    rows: a.subjects.flatMap((s) =>
      s.metrics.map((m) => [
        s.subject ?? '',
        m.metric ?? '',
        m.figures.map((f) => f.text).join('、'),
        m.figures.map((f) => `${figureValueText(f)}${f.unit ? ` ${f.unit}` : ''}${f.asOf ? ` (${asOfText(f)})` : ''}`).join('; '),
      ]),
    ),
  }));
}

function isSummary(value: Report | ReportSummary): value is ReportSummary {
  return 'figureCount' in value;
}

function titleAndTables(value: Report | ReportSummary): [string, RenderTable[]] {
  if (isSummary(value)) return [`Summary · ${value.figureCount} figures in ${value.articles.length} articles`, summaryTables(value)];
  return [reportTitle(value), reportTables(value)];
}

/**
 * A Report (figures, dates, entities) or a `summarize()` result (article → subject →
 * metric) as Markdown tables. Text from the report is escaped, so it never turns into
 * Markdown syntax.
 *
 * @example
 * toMarkdown(parseReport('研发平台312个', { referenceDate: '2022-11-15' }));
 * // '# Report · reference date 2022-11-15 …\n\n## Figures (1)\n\n| # | figure | …'
 * toMarkdown(summarize(report)); // '# Summary · 48 figures in 5 articles …'
 */
export function toMarkdown(value: Report | ReportSummary): string {
  const [title, tables] = titleAndTables(value);
  return tablesToMarkdown(title, tables);
}

/**
 * A Report or a `summarize()` result as an HTML fragment with the same tables as
 * `toMarkdown`; all text is escaped. Notebooks show it as a table.
 *
 * @example
 * toHTML(parseReport('研发平台312个')).startsWith('<section class="gaoxin-report">'); // true
 */
export function toHTML(value: Report | ReportSummary): string {
  const [title, tables] = titleAndTables(value);
  return tablesToHtml(title, tables);
}
