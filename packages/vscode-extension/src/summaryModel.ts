import type { Figure, Report } from '@gaoxin/core';
import { formatFigureValue, formatWestern, plural } from './format.js';
import { articleLabel } from './hoverText.js';

/** A group of the summary tree: an article, a subject or a metric, with what it holds. */
export interface SummaryGroup {
  /** `chunk`: a run of consecutive figures, when a list is too long to show flat. */
  kind: 'article' | 'subject' | 'metric' | 'chunk';
  /** Stable across re-analyses of the same document, so VS Code keeps nodes expanded. */
  id: string;
  label: string;
  description: string;
  children: SummaryNode[];
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

function leaves(figures: readonly Figure[], prefix: string): SummaryNode[] {
  if (figures.length <= MAX_FLAT_FIGURES) return figures.map((f) => figureNode(f, prefix));
  const chunks: SummaryNode[] = [];
  for (let i = 0; i < figures.length; i += MAX_FLAT_FIGURES) {
    const part = figures.slice(i, i + MAX_FLAT_FIGURES);
    const id = `${prefix}c:${i}/`;
    chunks.push({
      kind: 'chunk',
      id,
      label: `Figures ${formatWestern(i + 1)}–${formatWestern(i + part.length)} of ${formatWestern(figures.length)}`,
      description: `${part[0]?.text ?? ''} … ${part.at(-1)?.text ?? ''}`,
      children: part.map((f) => figureNode(f, id)),
    });
  }
  return chunks;
}

function group(report: Pick<Report, 'articles'>, figures: readonly Figure[], depth: number, prefix: string): SummaryNode[] {
  const level = LEVELS[depth];
  if (level === undefined) return leaves(figures, prefix);
  if (figures.every((f) => keyOf(f, level) === undefined)) return group(report, figures, depth + 1, prefix);

  const groups = new Map<string | undefined, Figure[]>();
  for (const figure of figures) {
    const key = keyOf(figure, level);
    const list = groups.get(key);
    if (list) list.push(figure);
    else groups.set(key, [figure]);
  }
  const nodes: SummaryNode[] = [];
  for (const [key, members] of groups) {
    const id = `${prefix}${level[0]}:${key ?? '?'}/`;
    const label =
      key === undefined ? UNKNOWN_LABEL[level] : level === 'article' ? (articleLabel(report, Number(key)) ?? key) : key;
    nodes.push({ kind: level, id, label, description: plural(members.length, 'figure'), children: group(report, members, depth + 1, id) });
  }
  return nodes;
}

function figureNode(figure: Figure, prefix: string): SummaryFigure {
  return { kind: 'figure', id: `${prefix}f:${figure.start}-${figure.end}`, label: figure.text, description: formatFigureValue(figure), figure };
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

/**
 * The summary as a Markdown document: the reference date, counts, and one table of figures per
 * group of the summary tree. `lineOf` turns an offset into a 1-based line (VS Code's conversion
 * in the extension).
 *
 * @example
 * summaryMarkdown(report, 'report.txt', (o) => 1).startsWith('# Gaoxin summary: report.txt'); // true
 */
export function summaryMarkdown(report: Report, name: string, lineOf: (offset: number) => number): string {
  const out: string[] = [`# Gaoxin summary: ${escapeMarkdown(name)}`, ''];
  out.push(
    `Reference date ${report.referenceDate} (${report.referenceDateSource}) · ${plural(report.figures.length, 'figure')} · ` +
      `${plural(report.dates.length, 'date')} · ${plural(report.entities.length, 'entity', 'entities')} · ` +
      `${plural(report.articles.length, 'article')}`,
    '',
  );
  if (report.figures.length === 0) {
    out.push('No figures found.', '');
    return out.join('\n');
  }
  const table = (figures: readonly SummaryFigure[]): void => {
    out.push('| Line | Figure | Value | Kind | Metric | Subject | As of |', '| ---: | --- | --- | --- | --- | --- | --- |');
    for (const { figure: f } of figures) {
      const cells = [
        String(lineOf(f.start)),
        escapeMarkdown(f.text),
        escapeMarkdown(formatFigureValue(f)),
        f.kind,
        escapeMarkdown(f.metric ?? ''),
        escapeMarkdown(f.subject ?? ''),
        escapeMarkdown(f.asOf?.text ?? ''),
      ];
      out.push(`| ${cells.join(' | ')} |`);
    }
    out.push('');
  };
  const walk = (nodes: readonly SummaryNode[], depth: number): void => {
    const leaves = nodes.filter((n): n is SummaryFigure => n.kind === 'figure');
    if (leaves.length > 0) table(leaves);
    for (const node of nodes) {
      if (node.kind === 'figure') continue;
      out.push(`${'#'.repeat(Math.min(depth + 2, 6))} ${escapeMarkdown(node.label)}`, '');
      walk(node.children, depth + 1);
    }
  };
  walk(buildSummaryTree(report), 0);
  return out.join('\n');
}
