/**
 * A report's figures grouped by article, subject, metric and period, as typed data (rendered by
 * `output/summary.ts`).
 */
import type { AsOf, Figure } from '../models/figure.js';
import type { Report } from '../models/report.js';

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
