/**
 * A `summarize()` result rendered: one table per article, a row per subject, metric and period.
 * Markdown and HTML show the same tables.
 */
import type { Figure } from '../models/figure.js';
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
 * subject, metric and period with the figures as written and their values, units, measures and statuses.
 *
 * @example
 * summaryTables(summary)[0]?.rows[0]; // ['西部(重庆)科学城', '研发平台', '2022-09-30', '312个', '312 个']
 */
export function summaryTables(summary: ReportSummary): RenderTable[] {
  return summary.articles.map((a) => ({
    caption: `${a.article === undefined ? 'Outside any article' : `${a.article + 1}. ${a.title ?? '(untitled)'}`}${a.zone ? ` · ${a.zone}` : ''}`,
    headers: ['subject', 'metric', 'period', 'figures', 'values'],
    numeric: [],
    // A row per subject, metric and period; a value names its measure and status where not a plain actual level.
    rows: a.subjects.flatMap((s) =>
      s.metrics.flatMap((m) =>
        m.periods.map((p) => [
          s.subject ?? '',
          m.metric ?? '',
          p.figures[0] ? asOfText(p.figures[0]) : '',
          p.figures.map((f) => f.text).join('、'),
          p.figures.map((f) => `${figureValueText(f)}${f.unit ? ` ${f.unit}` : ''}${tagText(f)}`).join('; '),
        ]),
      ),
    ),
  }));
}

function tagText(f: Figure): string {
  const tags = [f.measure && f.measure !== 'level' ? f.measure : undefined, f.status && f.status !== 'actual' ? f.status : undefined].filter((t) => t !== undefined);
  return tags.length > 0 ? ` (${tags.join(', ')})` : '';
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
