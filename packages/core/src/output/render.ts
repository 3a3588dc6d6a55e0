/**
 * A Report or a summary as Markdown or HTML: the entry points notebooks and the CLI use.
 */
import type { Report } from '../models/report.js';
import type { ReportSummary } from '../report/summarize.js';
import { tablesToHtml } from './html.js';
import { tablesToMarkdown } from './markdown.js';
import { summaryTables, summaryTitle } from './summary.js';
import { reportTables, reportTitle, type RenderTable } from './table.js';

function isSummary(value: Report | ReportSummary): value is ReportSummary {
  return 'figureCount' in value;
}

function titleAndTables(value: Report | ReportSummary): [string, RenderTable[]] {
  if (isSummary(value)) return [summaryTitle(value), summaryTables(value)];
  return [reportTitle(value), reportTables(value)];
}

/**
 * A Report (figures, dates, entities) or a `summarize()` result (article → subject →
 * metric) as Markdown tables. Text from the report is escaped only where Markdown would read
 * it as syntax; values are grouped as in every other output.
 *
 * @example
 * toMarkdown(parseReport('研发平台312个', { referenceDate: '2022-11-15' }));
 * // '# Report · reference date 2022-11-15 (option) · region mainland\n\n## Figures (1)\n\n| # | figure | …'
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
