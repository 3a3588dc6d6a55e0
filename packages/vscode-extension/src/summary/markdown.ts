import type { Report } from '@gaoxin/core';
import { compactValue, plural } from '../shared/format.js';
import { articleLabel, figureExtras } from '../shared/names.js';
import { escapeMarkdown } from './model.js';

/** Most rows the Markdown summary lists; the CSV export has every figure. */
export const MAX_MARKDOWN_ROWS = 5_000;

const SOURCE_WORDS: Readonly<Record<Report['referenceDateSource'], string>> = {
  option: 'set for this document or in the settings',
  dateline: "from the report's dateline",
  today: 'today, guessed: the report has no dateline',
};

/**
 * A short text that a narrow column must not break: word joiners between its characters, as a
 * browser breaks Chinese text between any two characters (`≈486.2` on one line, `亿元` on the next).
 *
 * @example
 * unbreakable('20亿元'); // '2\u20600\u2060亿\u2060元'
 */
export function unbreakable(text: string): string {
  return [...text].join('\u2060');
}

/**
 * The summary as a Markdown document: the reference date, counts, and one table of every figure
 * in document order. The table keeps to short columns (the compact value, the
 * metric, the subject, the period) so a preview beside the report does not squeeze Chinese text
 * into one character per line; status and article columns appear only when some figure has one.
 * `lineOf` turns an offset into a 1-based line.
 *
 * @example
 * summaryMarkdown(report, 'report.txt', (o) => 1).startsWith('# Gaoxin summary: report\\.txt'); // true
 */
export function summaryMarkdown(report: Report, name: string, lineOf: (offset: number) => number): string {
  const out: string[] = [`# Gaoxin summary: ${escapeMarkdown(name)}`, ''];
  out.push(
    `Reference date ${report.referenceDate} (${SOURCE_WORDS[report.referenceDateSource]}) · ${plural(report.figures.length, 'figure')} · ` +
      `${plural(report.dates.length, 'date')} · ${plural(report.entities.length, 'entity', 'entities')} · ` +
      `${plural(report.articles.length, 'article')}`,
    '',
  );
  if (report.figures.length === 0) {
    out.push('No figures found.', '');
    return out.join('\n');
  }
  const figures = report.figures;
  const withStatus = figures.some((f) => figureExtras(f).status !== undefined);
  const withArticle = new Set(figures.map((f) => f.article)).size > 1;
  // A subject every figure shares is said once above the table rather than in every row.
  const subjects = new Set(figures.map((f) => f.subject));
  const oneSubject = subjects.size === 1 ? [...subjects][0] : undefined;
  const withSubject = subjects.size > 1;
  if (oneSubject !== undefined) out.push(`Every figure is about ${escapeMarkdown(oneSubject)}.`, '');
  const header = ['Line', 'Value', 'Metric', ...(withSubject ? ['Subject'] : []), 'Period', ...(withStatus ? ['Status'] : []), ...(withArticle ? ['Article'] : [])];
  out.push(`| ${header.join(' | ')} |`, `| ---: | ${header.slice(1).map(() => '---').join(' | ')} |`);
  for (const f of figures.slice(0, MAX_MARKDOWN_ROWS)) {
    const cells = [String(lineOf(f.start)), escapeMarkdown(unbreakable(compactValue(f))), escapeMarkdown(f.metric ?? '')];
    if (withSubject) cells.push(escapeMarkdown(f.subject ?? ''));
    cells.push(escapeMarkdown(f.asOf?.text ?? ''));
    if (withStatus) cells.push(escapeMarkdown(figureExtras(f).status ?? ''));
    if (withArticle) cells.push(escapeMarkdown(articleLabel(report, f.article) ?? ''));
    out.push(`| ${cells.join(' | ')} |`);
  }
  out.push('');
  if (figures.length > MAX_MARKDOWN_ROWS) {
    out.push(`The first ${plural(MAX_MARKDOWN_ROWS, 'figure')} of ${plural(figures.length, 'figure')}; **Gaoxin: Export Figures as CSV…** writes them all.`, '');
  }
  return out.join('\n');
}
