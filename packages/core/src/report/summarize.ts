/**
 * A report's figures grouped by article, subject, metric and period, as typed data and as Markdown.
 */
import type { AsOf, Figure } from '../models/figure.js';
import type { Report } from '../models/report.js';
import { figureValueText } from './figureText.js';
import { escapeMarkdownText } from './render.js';

/** The figures of one metric of one subject for one period: its level, growth, share … side by side. */
export interface PeriodSummary {
  /** The period the figures hold for; undefined for figures no date governs. */
  period: AsOf | undefined;
  /** In text order; each carries its `measure` and `status`. */
  figures: Figure[];
}

/** The figures of one metric of one subject. */
export interface MetricSummary {
  /** The indicator (研发平台, 总投资); undefined for figures whose metric was not found. */
  metric: string | undefined;
  /** All of the metric's figures, in text order. */
  figures: Figure[];
  /** The same figures by period, in order of first appearance. */
  periods: PeriodSummary[];
}

/** The figures of one subject in one article. */
export interface SubjectSummary {
  /** The zone or organisation (its canonical name); undefined where none was in force. */
  subject: string | undefined;
  metrics: MetricSummary[];
}

/** The figures of one article; `article` is undefined for figures outside every article. */
export interface ArticleSummary {
  article: number | undefined;
  title: string | undefined;
  zone: string | undefined;
  subjects: SubjectSummary[];
}

/** A report's figures grouped by article, subject and metric, in the order they first appear. */
export interface ReportSummary {
  articles: ArticleSummary[];
  figureCount: number;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Array<[K, T[]]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return [...groups];
}

// Periods are the same when their intervals are; a vague one (目前) by its words.
function periodKey(f: Figure): string {
  const a = f.asOf;
  if (!a) return '';
  return a.from || a.to ? `${a.from ?? ''}/${a.to ?? ''}` : a.text;
}

/**
 * Groups a report's figures by article, then subject, then metric, then period, each in order
 * of first appearance. Pure data: render it with `summaryToMarkdown`, or walk it.
 *
 * @example
 * const s = summarize(parseReport(text, { referenceDate: '2022-11-15' }));
 * s.articles[0]?.subjects[0]?.metrics[0]; // { metric: '研发平台', figures: [{ text: '312个', … }] }
 */
export function summarize(report: Report): ReportSummary {
  const articles = groupBy(report.figures, (f) => f.article).map(([index, figures]): ArticleSummary => {
    const a = index === undefined ? undefined : report.articles[index];
    return {
      article: index,
      title: a?.title,
      zone: a?.zone,
      subjects: groupBy(figures, (f) => f.subject).map(([subject, ofSubject]) => ({
        subject,
        metrics: groupBy(ofSubject, (f) => f.metric).map(([metric, ofMetric]) => ({
          metric,
          figures: ofMetric,
          periods: groupBy(ofMetric, periodKey).map(([, ofPeriod]) => ({ period: ofPeriod[0]!.asOf, figures: ofPeriod })),
        })),
      })),
    };
  });
  return { articles, figureCount: report.figures.length };
}

function valueText(f: Figure): string {
  const value = figureValueText(f);
  const tags = [f.measure && f.measure !== 'level' ? f.measure : undefined, f.status && f.status !== 'actual' ? f.status : undefined].filter(Boolean);
  return `${f.unit ? `${value} ${f.unit}` : value}${tags.length > 0 ? `, ${tags.join(', ')}` : ''}`;
}

function periodText(p: AsOf | undefined): string {
  if (!p) return '—';
  if (p.from && p.to) return p.from === p.to ? `${p.text} (${p.from})` : `${p.text} (${p.from} – ${p.to})`;
  return p.text;
}

/**
 * A summary as Markdown: a section per article, a table per subject with one row per
 * metric. Text from the report is escaped, so it never turns into Markdown syntax.
 *
 * @example
 * summaryToMarkdown(summarize(report));
 * // '## 1. 坚持“科学之城、创新高地”总体定位 (西部(重庆)科学城)\n\n### 西部(重庆)科学城\n\n| metric | figures |…'
 */
export function summaryToMarkdown(summary: ReportSummary): string {
  const parts: string[] = [];
  for (const a of summary.articles) {
    const heading = a.article === undefined ? 'Outside any article' : `${a.article + 1}. ${a.title ?? '(untitled)'}${a.zone ? ` (${a.zone})` : ''}`;
    parts.push(`## ${escapeMarkdownText(heading)}`);
    for (const s of a.subjects) {
      parts.push(`### ${escapeMarkdownText(s.subject ?? '(no subject)')}`);
      const rows = s.metrics.flatMap((m) =>
        m.periods.map((p) => {
          const figures = p.figures.map((f) => `${f.text} (${valueText(f)})`).join('; ');
          return `| ${escapeMarkdownText(m.metric ?? '—')} | ${escapeMarkdownText(periodText(p.period))} | ${escapeMarkdownText(figures)} |`;
        }),
      );
      parts.push(['| metric | period | figures |', '| --- | --- | --- |', ...rows].join('\n'));
    }
  }
  return `${parts.join('\n\n')}\n`;
}
