/**
 * A report's figures grouped by article, subject and metric, as typed data (rendered by
 * `output/summary.ts`).
 */
import type { Figure } from '../models/figure.js';
import type { Report } from '../models/report.js';

/** The figures of one metric of one subject. */
export interface MetricSummary {
  /** The indicator (研发平台, 总投资); undefined for figures whose metric was not found. */
  metric: string | undefined;
  figures: Figure[];
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

/**
 * Groups a report's figures by article, then subject, then metric, each in order of first
 * appearance. Pure data: render it with `summaryToMarkdown`, or walk it.
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
        metrics: groupBy(ofSubject, (f) => f.metric).map(([metric, ofMetric]) => ({ metric, figures: ofMetric })),
      })),
    };
  });
  return { articles, figureCount: report.figures.length };
}
