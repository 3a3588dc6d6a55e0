import type { DateComponents, DateMention, Entity, EntityType, Figure, Report } from '@gaoxin/core';
import { formatFigureValue, plural, qualifierMeaning, unitLabel } from '../shared/format.js';
import { articleLabel, figureExtras } from '../shared/names.js';
import { mentionsAt } from '../shared/toVscode.js';

export { articleLabel } from '../shared/names.js';

/**
 * One line of a hover: a label of ours and a value that may hold document text. Rendering keeps the
 * two apart: the label is trusted Markdown, the value only ever goes in as plain text.
 */
export interface HoverField {
  label: string;
  value: string;
}

/** What a hover shows for one mention, before it becomes a MarkdownString. */
export interface HoverCard {
  /** What the mention is (`Figure · money`), ours. */
  title: string;
  /** The mention as written in the document. */
  heading: string;
  fields: HoverField[];
  /** Command links under the fields; their arguments are a URI and offsets, never document text. */
  actions?: HoverAction[];
}

/** A command link of a hover. */
export interface HoverAction {
  title: string;
  /** What the link does, shown when pointing at it. */
  tooltip: string;
  command: string;
  args: unknown[];
}

/** The commands hover links may run: the hover's MarkdownString trusts these and no others. */
export const HOVER_COMMANDS = ['gaoxin.copyFigureValue', 'gaoxin.revealInSummary'] as const;

/**
 * Where a figure's hover actions point: the document's URI and the figure's span, which is all
 * the commands need to find the figure again.
 */
export interface FigureRef {
  uri: string;
  start: number;
  end: number;
}

/** The two ways of adding to a `vscode.MarkdownString`, so rendering can be tested without VS Code. */
export interface MarkdownSink {
  appendMarkdown(value: string): unknown;
  appendText(value: string): unknown;
}

/**
 * Writes a card into a MarkdownString (or any sink): labels as Markdown, everything taken from
 * the document through `appendText`, so a `*` or `|` in a report never turns into formatting.
 *
 * @example
 * renderCard(figureCard(report, figure), new vscode.MarkdownString());
 */
export function renderCard(card: HoverCard, sink: MarkdownSink): void {
  sink.appendMarkdown(`**${card.title}**\u00a0\u00a0`);
  sink.appendText(card.heading);
  // Actions right under the heading: a hover taller than the room above or below its line is
  // cut and scrolls, and links at its foot were then out of sight.
  if (card.actions && card.actions.length > 0) {
    const links = card.actions.map(
      (a) => `[${a.title}](command:${a.command}?${encodeURIComponent(JSON.stringify(a.args))} "${a.tooltip}")`,
    );
    sink.appendMarkdown(`\n\n${links.join('\u00a0·\u00a0')}`);
  }
  for (const field of card.fields) {
    // A blank line between fields: hovers render a single newline as a space.
    sink.appendMarkdown(`\n\n**${field.label}:**\u00a0`);
    sink.appendText(field.value);
  }
}

/**
 * A card as plain lines, for tooltips and tests.
 *
 * @example
 * cardToPlainText(card); // 'Figure · money: 约20.8亿元\nValue: about 2,080,000,000 CNY (20.8亿)\n…'
 */
export function cardToPlainText(card: HoverCard): string {
  return [`${card.title}: ${card.heading}`, ...card.fields.map((f) => `${f.label}: ${f.value}`)].join('\n');
}

const FIGURE_KIND_LABEL: Readonly<Record<Figure['kind'], string>> = {
  money: 'money',
  area: 'area',
  percent: 'percent',
  percentagePoint: 'percentage points',
  multiple: 'multiple',
  count: 'count',
  duration: 'duration',
  other: 'other',
};

/**
 * The hover card of a figure: value in both groupings, qualifier meaning, unit, and the
 * attribution (metric, subject, as-of date, article) where the core found it.
 *
 * @example
 * figureCard(report, report.figures[0]).fields[0]; // { label: 'Value', value: 'about 2,080,000,000 CNY (20.8亿)' }
 */
export function figureCard(report: Pick<Report, 'articles'>, figure: Figure, uri?: string): HoverCard {
  const fields: HoverField[] = [{ label: 'Value', value: formatFigureValue(figure) }];
  const meaning = qualifierMeaning(figure);
  if (meaning) {
    const words = figure.qualifiers.length > 0 ? figure.qualifiers.join(' ') : figure.numberText;
    fields.push({ label: 'Qualifier', value: `${words} → ${meaning}` });
  }
  const unit = unitLabel(figure);
  if (figure.unitText) {
    fields.push({ label: 'Unit', value: unit && unit !== figure.unitText ? `${figure.unitText} → ${unit}` : figure.unitText });
  } else if (unit) {
    fields.push({ label: 'Unit', value: unit });
  }
  if (figure.metric) fields.push({ label: 'Metric', value: figure.metric });
  if (figure.subject) fields.push({ label: 'Subject', value: figure.subject });
  if (figure.asOf) fields.push({ label: 'As of', value: asOfText(figure.asOf) });
  const extras = figureExtras(figure);
  if (extras.status) fields.push({ label: 'Status', value: extras.status });
  if (extras.measure) fields.push({ label: 'Measure', value: extras.measure });
  const article = articleLabel(report, figure.article);
  if (article) fields.push({ label: 'Article', value: article });
  const card: HoverCard = { title: `Figure · ${FIGURE_KIND_LABEL[figure.kind]}`, heading: figure.text, fields };
  if (uri !== undefined) {
    const ref: FigureRef = { uri, start: figure.start, end: figure.end };
    card.actions = [
      { title: 'Copy value', tooltip: 'Copy the normalised value', command: 'gaoxin.copyFigureValue', args: [ref] },
      { title: 'Reveal in summary', tooltip: 'Show this figure in the Gaoxin summary view', command: 'gaoxin.revealInSummary', args: [ref] },
    ];
  }
  return card;
}

function asOfText(asOf: NonNullable<Figure['asOf']>): string {
  const interval = intervalText(asOf.from, asOf.to);
  return interval ? `${asOf.text} (${interval})` : asOf.text;
}

/**
 * An interval of ISO days as a reader says it; a single day once; an open end as `from … on`.
 *
 * @example
 * intervalText('2022-01-01', '2022-09-30'); // '2022-01-01 – 2022-09-30'
 */
export function intervalText(from: string | undefined, to: string | undefined): string | undefined {
  if (from && to) return from === to ? from : `${from} – ${to}`;
  if (from) return `from ${from} on`;
  if (to) return `up to ${to}`;
  return undefined;
}

function componentsText(components: DateComponents): string | undefined {
  const parts: string[] = [];
  if (components.year !== undefined) parts.push(`year ${components.year}`);
  if (components.month !== undefined) parts.push(`month ${components.month}`);
  if (components.day !== undefined) parts.push(`day ${components.day}`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

function componentNames(components: DateComponents): string {
  const names = (['year', 'month', 'day'] as const).filter((k) => components[k] !== undefined);
  return names.join(' and ');
}

const REFERENCE_SOURCE: Readonly<Record<Report['referenceDateSource'], string>> = {
  option: 'set in the settings or for this document',
  dateline: "the report's dateline",
  today: 'today, as the report has no dateline',
};

const MODIFIER_MEANING: Readonly<Record<NonNullable<DateMention['modifier']>, string>> = {
  since: 'from this date on',
  after: 'from the day after it',
  until: 'up to and including it',
  before: 'up to the day before it',
};

/**
 * The hover card of a date: the resolved interval, what the text states, and what was implied
 * and where from (`year taken from the reference date`).
 *
 * @example
 * dateCard(report, date).fields.map((f) => f.label); // ['Resolved', 'Grain', 'Stated', 'Implied']
 */
export function dateCard(report: Pick<Report, 'referenceDate' | 'referenceDateSource'>, date: DateMention): HoverCard {
  const fields: HoverField[] = [];
  fields.push({ label: 'Resolved', value: intervalText(date.from, date.to) ?? 'not resolved to days' });
  fields.push({ label: 'Grain', value: date.grain });
  const stated = componentsText(date.stated);
  if (stated) fields.push({ label: 'Stated', value: stated });
  const implied = componentsText(date.implied);
  if (implied) {
    const what = componentNames(date.implied);
    const source =
      date.impliedFrom === 'referenceDate'
        ? `${what} taken from the reference date ${report.referenceDate} (${REFERENCE_SOURCE[report.referenceDateSource]})`
        : date.impliedFrom === 'context'
          ? `${what} taken from the surrounding text`
          : `${what} filled in`;
    fields.push({ label: 'Implied', value: `${implied}: ${source}` });
  }
  if (date.modifier) fields.push({ label: 'Bound', value: MODIFIER_MEANING[date.modifier] });
  return { title: 'Date', heading: date.text, fields };
}

const ENTITY_TYPE_LABEL: Readonly<Record<EntityType, string>> = {
  zone: 'high-tech zone',
  organization: 'organisation',
  person: 'person',
  place: 'place',
  work: 'work',
  event: 'event',
};

/**
 * The name an entity mention collapses into: its canonical name, the name a back reference stands
 * for, or the text itself.
 *
 * @example
 * entityKey({ text: '该高新区', refersTo: '合肥高新区' }); // '合肥高新区'
 */
export function entityKey(entity: Pick<Entity, 'text' | 'canonical' | 'refersTo'>): string {
  return entity.canonical ?? entity.refersTo ?? entity.text;
}

/** At most this many figures are listed in an entity's hover; the rest are counted. */
export const ENTITY_FIGURE_LIMIT = 8;

/**
 * The hover card of an entity: type, canonical name, how often the document mentions it and
 * the figures attributed to it.
 *
 * @example
 * entityCard(report, entity).fields[0]; // { label: 'Type', value: 'high-tech zone' }
 */
export function entityCard(report: Pick<Report, 'entities' | 'figures'>, entity: Entity): HoverCard {
  const key = entityKey(entity);
  const fields: HoverField[] = [{ label: 'Type', value: ENTITY_TYPE_LABEL[entity.type] }];
  if (key !== entity.text) fields.push({ label: entity.refersTo && !entity.canonical ? 'Refers to' : 'Canonical name', value: key });
  const mentions = report.entities.filter((e) => entityKey(e) === key).length;
  fields.push({ label: 'Mentioned', value: mentions === 1 ? 'once' : `${mentions} times` });
  const about = report.figures.filter((f) => f.subject !== undefined && (f.subject === key || f.subject === entity.text));
  if (about.length > 0) {
    const listed = about.slice(0, ENTITY_FIGURE_LIMIT).map((f) => (f.metric ? `${f.metric} ${f.text}` : f.text));
    const more = about.length > ENTITY_FIGURE_LIMIT ? `; and ${about.length - ENTITY_FIGURE_LIMIT} more` : '';
    fields.push({ label: 'Figures about it', value: `${plural(about.length, 'figure')}: ${listed.join('; ')}${more}` });
  }
  return { title: `Entity · ${ENTITY_TYPE_LABEL[entity.type]}`, heading: entity.text, fields };
}

/** The cards at an offset, and the span they cover together (the hover's range). */
export interface HoverAt {
  cards: HoverCard[];
  start: number;
  end: number;
}

/** What hovers read of a report: a whole one, or a window of one (no articles then). */
export type HoverReport = Pick<Report, 'figures' | 'dates' | 'entities' | 'articles' | 'referenceDate' | 'referenceDateSource'>;

/**
 * The cards to show at an offset of an analysed document: figures first, then dates, then
 * entities, each mention that covers the offset. With the document's URI, figure cards carry
 * their actions.
 *
 * @example
 * hoverCards(report, 12).map((c) => c.title); // ['Figure · money']
 */
export function hoverCards(report: HoverReport | undefined, offset: number, uri?: string): HoverAt | undefined {
  if (!report) return undefined;
  const figures = mentionsAt(report.figures, offset);
  const dates = mentionsAt(report.dates, offset);
  const entities = mentionsAt(report.entities, offset);
  const spans = [...figures, ...dates, ...entities];
  if (spans.length === 0) return undefined;
  const cards = [
    ...figures.map((f) => figureCard(report, f, uri)),
    ...dates.map((d) => dateCard(report, d)),
    ...entities.map((e) => entityCard(report, e)),
  ];
  return { cards, start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}
