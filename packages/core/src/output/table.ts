/**
 * The tables a Report shows as: the one shape that Markdown, HTML and the terminal render.
 */
import type { Report } from '../models/report.js';
import { asOfText, figureValueText } from './values.js';

/** A table to render: a caption, headers, and rows of plain text cells. */
export interface RenderTable {
  caption: string;
  headers: readonly string[];
  /** Columns (by index) that hold numbers and align right. */
  numeric: readonly number[];
  rows: ReadonlyArray<readonly string[]>;
}

/**
 * An article's name for people: its title, else `Article n`; empty when the figure stands
 * outside every article.
 *
 * @example
 * articleName(report, 0); // '常州高新区出台新政'
 */
export function articleName(report: Pick<Report, 'articles'>, index: number | undefined): string {
  if (index === undefined) return '';
  return report.articles[index]?.title?.trim() || `Article ${index + 1}`;
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

/**
 * The line that heads a report's tables: reference date and where it came from, region.
 *
 * @example
 * reportTitle(report); // 'Report · reference date 2022-11-15 (option) · region mainland'
 */
export function reportTitle(report: Pick<Report, 'referenceDate' | 'referenceDateSource' | 'region'>, name = 'Report'): string {
  return `${name} · reference date ${report.referenceDate} (${report.referenceDateSource}) · region ${report.region}`;
}
