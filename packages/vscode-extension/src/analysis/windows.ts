import type { Report } from '@gaoxin/core';
import type { WindowReport } from './service.js';

/** The mention lists of a report, or of the windows of one. */
export type WindowMentions = Pick<Report, 'figures' | 'dates' | 'entities'>;

/**
 * The mentions of a large document's windows, each once, in order (windows overlap where a
 * scroll or a hover asked for a range next to one already analysed).
 *
 * @example
 * mergeWindows([first, second]).figures; // every figure of both windows once, sorted by start
 */
export function mergeWindows(windows: readonly WindowReport[]): WindowMentions {
  if (windows.length === 1 && windows[0]) return windows[0].report;
  const merge = <T extends { start: number; end: number }>(lists: T[][]): T[] => {
    const seen = new Set<string>();
    const out: T[] = [];
    for (const m of lists.flat()) {
      const key = `${m.start}:${m.end}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(m);
      }
    }
    return out.sort((a, b) => a.start - b.start);
  };
  return {
    figures: merge(windows.map((w) => w.report.figures)),
    dates: merge(windows.map((w) => w.report.dates)),
    entities: merge(windows.map((w) => w.report.entities)),
  };
}

