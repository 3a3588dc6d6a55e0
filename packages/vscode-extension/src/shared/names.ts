import type { Figure, Report } from '@gaoxin/core';

/**
 * The title of the article at `index`, or `Article n` when it has none; undefined when unknown.
 *
 * @example
 * articleLabel({ articles: [{ title: '西部(重庆)科学城,以科学为魂', … }] }, 0); // '西部(重庆)科学城,以科学为魂'
 */
export function articleLabel(report: Pick<Report, 'articles'>, index: number | undefined): string | undefined {
  if (index === undefined) return undefined;
  const article = report.articles[index];
  return article?.title?.trim() || `Article ${index + 1}`;
}

/** Fields the core's attribution may add to a figure (its status, what it measures), read if present. */
export interface FigureExtras {
  status?: string;
  measure?: string;
}

/**
 * A figure's `status` and `measure`, where the core gives them; read defensively, as older cores
 * have neither and a field of another shape is ignored.
 *
 * @example
 * figureExtras({ ...figure, status: 'planned' }).status; // 'planned'
 */
export function figureExtras(figure: Figure): FigureExtras {
  const raw = figure as Figure & Record<string, unknown>;
  const out: FigureExtras = {};
  if (typeof raw.status === 'string' && raw.status !== '') out.status = raw.status;
  if (typeof raw.measure === 'string' && raw.measure !== '') out.measure = raw.measure;
  return out;
}

/**
 * The last segment of a URI's path, for messages.
 *
 * @example
 * fileName(vscode.Uri.file('/r/report.txt')); // 'report.txt'
 */
export function fileName(uri: { path: string; toString(): string }): string {
  const path = uri.path;
  return path.slice(path.lastIndexOf('/') + 1) || uri.toString();
}
