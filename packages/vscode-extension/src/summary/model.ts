import type { Figure, Report } from '@gaoxin/core';
import { compactValue, formatWestern, plural } from '../shared/format.js';
import { articleLabel, figureExtras } from '../shared/names.js';

/** A group of the summary tree: an article, a subject or a metric, with what it holds. */
export interface SummaryGroup {
  /** `chunk`: a run of consecutive figures, when a list is too long to show flat. */
  kind: 'article' | 'subject' | 'metric' | 'chunk';
  /** Stable across re-analyses of the same document, so VS Code keeps nodes expanded. */
  id: string;
  label: string;
  description: string;
  /** Every figure under the group, in order. */
  figures: readonly Figure[];
  /** Built on first read: a 5 MB report has 80,000 figures, and VS Code asks only for what is expanded. */
  readonly children: SummaryNode[];
}

/** A leaf of the summary tree: one figure. */
export interface SummaryFigure {
  kind: 'figure';
  id: string;
  label: string;
  description: string;
  figure: Figure;
}

/** A node of the summary view: article → subject → metric → figure. */
export type SummaryNode = SummaryGroup | SummaryFigure;

type Level = 'article' | 'subject' | 'metric';
const LEVELS: readonly Level[] = ['article', 'subject', 'metric'];

const UNKNOWN_LABEL: Readonly<Record<Level, string>> = {
  article: 'Outside any article',
  subject: 'No subject',
  metric: 'No metric',
};

function keyOf(figure: Figure, level: Level): string | undefined {
  if (level === 'article') return figure.article === undefined ? undefined : String(figure.article);
  return level === 'subject' ? figure.subject : figure.metric;
}

/**
 * The summary tree of a report: figures grouped by article, then subject, then metric, groups in
 * the order they first appear. A level where no figure has a value is left out (until the core
 * attributes figures, the tree is a plain list), so the tree never shows a column of "unknown".
 *
 * @example
 * buildSummaryTree(report)[0]; // { kind: 'article', label: '西部(重庆)科学城,以科学为魂', children: [...] }
 */
export function buildSummaryTree(report: Pick<Report, 'figures' | 'articles'>): SummaryNode[] {
  return group(report, report.figures, 0, '');
}

/**
 * Most figures shown in one flat list. A long list is cut into chunks of this size: VS Code sends
 * every child of an expanded node to the workbench at once, and a 1 MB report has 16,000 figures.
 */
export const MAX_FLAT_FIGURES = 500;

// Each node's parent, recorded as children are built, so revealing an item needs no search.
const parents = new WeakMap<SummaryNode, SummaryGroup>();

/**
 * The group a node was built under; undefined for a root.
 *
 * @example
 * summaryParent(summaryFigures(tree)[0]); // its metric, subject or article group
 */
export function summaryParent(node: SummaryNode): SummaryGroup | undefined {
  return parents.get(node);
}

/** A group whose children are built when first read. */
function lazyGroup(fields: Omit<SummaryGroup, 'children'>, build: () => SummaryNode[]): SummaryGroup {
  let built: SummaryNode[] | undefined;
  const node: SummaryGroup = {
    ...fields,
    get children() {
      if (!built) {
        built = build();
        for (const child of built) parents.set(child, node);
      }
      return built;
    },
  };
  return node;
}

/** Cuts a long list of nodes into chunks of `MAX_FLAT_FIGURES`, described by what they hold. */
function chunked<T>(items: readonly T[], prefix: string, figuresOf: (part: readonly T[]) => readonly Figure[], nodes: (part: readonly T[], id: string) => SummaryNode[], noun: string): SummaryNode[] {
  const chunks: SummaryNode[] = [];
  for (let i = 0; i < items.length; i += MAX_FLAT_FIGURES) {
    const part = items.slice(i, i + MAX_FLAT_FIGURES);
    const id = `${prefix}c:${i}/`;
    const figures = figuresOf(part);
    chunks.push(
      lazyGroup(
        {
          kind: 'chunk',
          id,
          label: `${noun} ${formatWestern(i + 1)}–${formatWestern(i + part.length)} of ${formatWestern(items.length)}`,
          description: `${figures[0]?.text ?? ''} … ${figures.at(-1)?.text ?? ''}`,
          figures,
        },
        () => nodes(part, id),
      ),
    );
  }
  return chunks;
}

function leaves(figures: readonly Figure[], prefix: string): SummaryNode[] {
  if (figures.length <= MAX_FLAT_FIGURES) return figures.map((f) => figureNode(f, prefix));
  return chunked(figures, prefix, (part) => part, (part, id) => part.map((f) => figureNode(f, id)), 'Figures');
}

function group(report: Pick<Report, 'articles'>, figures: readonly Figure[], depth: number, prefix: string): SummaryNode[] {
  const level = LEVELS[depth];
  if (level === undefined) return leaves(figures, prefix);
  if (figures.every((f) => keyOf(f, level) === undefined)) return group(report, figures, depth + 1, prefix);
  // One article holding every figure is the page itself: a root for it would only add a level.
  if (level === 'article' && figures.every((f) => f.article === figures[0]?.article)) return group(report, figures, depth + 1, prefix);

  const groups = new Map<string | undefined, Figure[]>();
  for (const figure of figures) {
    const key = keyOf(figure, level);
    const list = groups.get(key);
    if (list) list.push(figure);
    else groups.set(key, [figure]);
  }
  const nodes: SummaryGroup[] = [];
  for (const [key, members] of groups) {
    const id = `${prefix}${level[0]}:${key ?? '?'}/`;
    const label =
      key === undefined ? UNKNOWN_LABEL[level] : level === 'article' ? (articleLabel(report, Number(key)) ?? key) : key;
    nodes.push(lazyGroup({ kind: level, id, label, description: plural(members.length, 'figure'), figures: members }, () => group(report, members, depth + 1, id)));
  }
  // Thousands of articles (a yearbook) would be thousands of rows at once: they go in chunks too.
  if (nodes.length <= MAX_FLAT_FIGURES) return nodes;
  return chunked(nodes, prefix, (part) => part.flatMap((n) => n.figures), (part) => [...part], `${level[0]?.toUpperCase()}${level.slice(1)}s`);
}

function figureNode(figure: Figure, prefix: string): SummaryFigure {
  return { kind: 'figure', id: `${prefix}f:${figure.start}-${figure.end}`, label: compactValue(figure), description: figureDescription(figure), figure };
}

/**
 * What a figure item says after its value: the period and status where the core gives them, else
 * the text as written when it reads differently from the value, and never the value again.
 *
 * @example
 * figureDescription({ text: '约20.8亿元', asOf: { text: '今年前三季度' }, … }); // '今年前三季度'
 */
export function figureDescription(figure: Figure): string {
  const parts: string[] = [];
  if (figure.asOf) parts.push(figure.asOf.text);
  const { status } = figureExtras(figure);
  if (status) parts.push(status);
  if (parts.length === 0 && figure.text !== compactValue(figure)) parts.push(figure.text);
  return parts.join(' · ');
}

/**
 * Every figure node under the given nodes, in tree order.
 *
 * @example
 * summaryFigures(buildSummaryTree(report)).length === report.figures.length; // true
 */
export function summaryFigures(nodes: readonly SummaryNode[]): SummaryFigure[] {
  const out: SummaryFigure[] = [];
  const walk = (list: readonly SummaryNode[]): void => {
    for (const node of list) {
      if (node.kind === 'figure') out.push(node);
      else walk(node.children);
    }
  };
  walk(nodes);
  return out;
}

/**
 * Escapes text for a cell of a Markdown table: the summary document is Markdown we write, so
 * anything taken from the report is escaped before it goes in.
 *
 * @example
 * escapeMarkdown('A|B*'); // 'A\\|B\\*'
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, '\\$&').replace(/\r?\n/g, ' ');
}

