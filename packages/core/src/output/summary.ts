/**
 * A `summarize()` result rendered: one table per article, a row per subject and metric.
 * Markdown and HTML show the same tables.
 */
import type { ReportSummary } from '../report/summarize.js';
import { tablesToMarkdown } from './markdown.js';
import type { RenderTable } from './table.js';
import { asOfText, figureValueText } from './values.js';

/**
 * The title of a rendered summary.
 *
 * @example
 * summaryTitle(summary); // 'Summary · 48 figures in 5 articles'
 */
export function summaryTitle(summary: ReportSummary): string {
  const articles = summary.articles.length;
  return `Summary · ${summary.figureCount} ${summary.figureCount === 1 ? 'figure' : 'figures'} in ${articles} ${articles === 1 ? 'article' : 'articles'}`;
}

/**
 * The tables a summary renders as: one per article (captioned `n. title · zone`), a row per
 * subject and metric with the figures as written and their values, units and dates.
 *
 * @example
 * summaryTables(summary)[0]?.rows[0]; // ['西部(重庆)科学城', '研发平台', '312个', '312 个 (2022-09)']
 */
export function summaryTables(summary: ReportSummary): RenderTable[] {
  return summary.articles.map((a) => ({
    caption: `${a.article === undefined ? 'Outside any article' : `${a.article + 1}. ${a.title ?? '(untitled)'}`}${a.zone ? ` · ${a.zone}` : ''}`,
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

/**
 * A summary as Markdown: the same text as `toMarkdown(summary)`. Text from the report is
 * escaped where Markdown would read it as syntax.
 *
 * @example
 * summaryToMarkdown(summarize(report)); // '# Summary · 3 figures in 1 article\n\n## 1. 常州高新区出台新政 · 常州高新区\n\n| subject | metric | …'
 */
export function summaryToMarkdown(summary: ReportSummary): string {
  return tablesToMarkdown(summaryTitle(summary), summaryTables(summary));
}
