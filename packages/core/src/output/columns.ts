/**
 * The columns a report's figures, dates and entities are written in, for CSV and for a
 * spreadsheet alike: one schema, each column with its type, so a CSV and a workbook agree.
 */
import type { DateMention } from '../models/dateMention.js';
import type { Entity } from '../models/entity.js';
import type { Figure } from '../models/figure.js';
import type { Report } from '../models/report.js';
import { sentenceFinder } from './sentence.js';
import { articleName } from './table.js';

/**
 * What a column holds: text; a number (a spreadsheet shows it grouped); a whole number (an
 * offset, an index: shown as is); a day (an ISO day `YYYY-MM-DD`, a real date in a spreadsheet).
 */
export type ColumnType = 'text' | 'number' | 'integer' | 'day';

/** A cell: text, a number, or nothing. A `day` cell holds its ISO day as text. */
export type Cell = string | number | undefined;

/** One column: its header, its type, a width in characters for spreadsheets, and what it holds. */
export interface Column<Row> {
  name: string;
  type: ColumnType;
  width: number;
  /** One line for the README and tooltips. */
  description: string;
  cell(row: Row): Cell;
}

/** A figure with what its cells need from around it. */
export interface FigureRow {
  source: string;
  report: Pick<Report, 'articles'>;
  figure: Figure;
  /** The sentence the figure stands in. */
  sentence: string;
}

// measure, direction and status come with the attribution work; until a Figure has them
// their columns stay empty, and once it does they fill without a change here.
function laterField(f: Figure, key: 'measure' | 'direction' | 'status'): string | undefined {
  const value: unknown = (f as Readonly<Record<string, unknown>>)[key];
  return typeof value === 'string' ? value : undefined;
}

function isRange(f: Figure): boolean {
  return f.min !== undefined && f.max !== undefined;
}

/** The figure columns, in order. */
export const FIGURE_COLUMNS: ReadonlyArray<Column<FigureRow>> = [
  { name: 'source', type: 'text', width: 24, description: 'the file (or document) the figure came from', cell: (r) => r.source },
  { name: 'article', type: 'text', width: 30, description: 'the title of the article it stands in (`Article n` when untitled); empty outside every article', cell: (r) => articleName(r.report, r.figure.article) || undefined },
  { name: 'subject', type: 'text', width: 24, description: 'the zone or organisation it is about (canonical name), where known', cell: (r) => r.figure.subject },
  { name: 'metric', type: 'text', width: 16, description: 'the indicator it measures (研发平台, 总投资 …), where known', cell: (r) => r.figure.metric },
  { name: 'measure', type: 'text', width: 12, description: 'how the metric is measured (a level, a growth rate …), where the figure has it', cell: (r) => laterField(r.figure, 'measure') },
  { name: 'direction', type: 'text', width: 10, description: 'up or down for a change, where the figure has it', cell: (r) => laterField(r.figure, 'direction') },
  { name: 'status', type: 'text', width: 10, description: 'actual, target, plan …, where the figure has it', cell: (r) => laterField(r.figure, 'status') },
  { name: 'text', type: 'text', width: 16, description: 'the figure as written (约20.8亿元)', cell: (r) => r.figure.text },
  { name: 'kind', type: 'text', width: 10, description: 'money, area, percent, percentagePoint, multiple, count, duration or other', cell: (r) => r.figure.kind },
  { name: 'value', type: 'number', width: 18, description: 'the normalised value as a plain decimal (CNY, m², percent …); empty for a range', cell: (r) => (isRange(r.figure) ? undefined : (r.figure.value ?? undefined)) },
  { name: 'min', type: 'number', width: 18, description: 'the lower bound of a range; empty otherwise', cell: (r) => r.figure.min },
  { name: 'max', type: 'number', width: 18, description: 'the upper bound of a range; empty otherwise', cell: (r) => r.figure.max },
  { name: 'unit', type: 'text', width: 8, description: 'the normalised unit: ISO currency, m2, %, the classifier …', cell: (r) => r.figure.unit },
  { name: 'approx', type: 'text', width: 8, description: 'exact, about, over or under', cell: (r) => r.figure.approx },
  { name: 'qualifier', type: 'text', width: 10, description: 'the qualifier words as written (约, 余, 以上), space-separated', cell: (r) => r.figure.qualifiers.join(' ') || undefined },
  { name: 'asOf', type: 'text', width: 14, description: 'the date the figure holds for, as written (今年9月)', cell: (r) => r.figure.asOf?.text },
  { name: 'from', type: 'day', width: 12, description: 'the first day of that period, YYYY-MM-DD', cell: (r) => r.figure.asOf?.from },
  { name: 'to', type: 'day', width: 12, description: 'the last day of that period, YYYY-MM-DD', cell: (r) => r.figure.asOf?.to },
  { name: 'sentence', type: 'text', width: 60, description: 'the sentence the figure came from, on one line (cut with … past 300 characters)', cell: (r) => r.sentence },
  { name: 'numberText', type: 'text', width: 12, description: 'the numeral as written (20.8亿)', cell: (r) => r.figure.numberText },
  { name: 'unitText', type: 'text', width: 10, description: 'the unit as written (元, 平方公里)', cell: (r) => r.figure.unitText },
  { name: 'multiplier', type: 'number', width: 14, description: 'the magnitude the numeral carried (亿 → 100000000)', cell: (r) => r.figure.multiplier },
  { name: 'start', type: 'integer', width: 8, description: 'where the figure starts in the text (UTF-16 offset)', cell: (r) => r.figure.start },
  { name: 'end', type: 'integer', width: 8, description: 'where it ends (exclusive)', cell: (r) => r.figure.end },
];

/** A date mention with the file it came from. */
export interface DateRow {
  source: string;
  date: DateMention;
}

/** The date columns, in order. */
export const DATE_COLUMNS: ReadonlyArray<Column<DateRow>> = [
  { name: 'source', type: 'text', width: 24, description: 'the file the date came from', cell: (r) => r.source },
  { name: 'text', type: 'text', width: 18, description: 'the date as written', cell: (r) => r.date.text },
  { name: 'grain', type: 'text', width: 8, description: 'year, half, quarter, month, day, range or vague', cell: (r) => r.date.grain },
  { name: 'from', type: 'day', width: 12, description: 'its first day', cell: (r) => r.date.from },
  { name: 'to', type: 'day', width: 12, description: 'its last day', cell: (r) => r.date.to },
  { name: 'start', type: 'integer', width: 8, description: 'where it starts in the text', cell: (r) => r.date.start },
  { name: 'end', type: 'integer', width: 8, description: 'where it ends (exclusive)', cell: (r) => r.date.end },
];

/** An entity with the file it came from. */
export interface EntityRow {
  source: string;
  entity: Entity;
}

/** The entity columns, in order. */
export const ENTITY_COLUMNS: ReadonlyArray<Column<EntityRow>> = [
  { name: 'source', type: 'text', width: 24, description: 'the file the entity came from', cell: (r) => r.source },
  { name: 'text', type: 'text', width: 24, description: 'the name as written', cell: (r) => r.entity.text },
  { name: 'type', type: 'text', width: 12, description: 'zone, organization, person, place, work or event', cell: (r) => r.entity.type },
  { name: 'canonical', type: 'text', width: 28, description: 'its full name, or the name it refers to', cell: (r) => r.entity.canonical ?? r.entity.refersTo },
  { name: 'start', type: 'integer', width: 8, description: 'where it starts in the text', cell: (r) => r.entity.start },
  { name: 'end', type: 'integer', width: 8, description: 'where it ends (exclusive)', cell: (r) => r.entity.end },
];

/**
 * A report's figures as rows for `FIGURE_COLUMNS`, each with its sentence.
 *
 * @example
 * figureRows('a.txt', report).map((r) => FIGURE_COLUMNS.map((c) => c.cell(r)));
 */
export function figureRows(source: string, report: Pick<Report, 'text' | 'articles' | 'figures'>): FigureRow[] {
  const sentenceOf = sentenceFinder(report.text);
  return report.figures.map((figure) => ({ source, report, figure, sentence: sentenceOf(figure.start, figure.end) }));
}

/**
 * The cells of rows under columns, row by row.
 *
 * @example
 * cells(FIGURE_COLUMNS, figureRows('a.txt', report));
 */
export function cells<Row>(columns: ReadonlyArray<Column<Row>>, rows: readonly Row[]): Cell[][] {
  return rows.map((row) => columns.map((c) => c.cell(row)));
}
