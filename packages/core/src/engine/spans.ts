import type { Span } from '../models/span.js';
import type { NormalizedText } from '../text/normalize.js';

// Above this size an overlapping cluster is adversarial input; keep it linear.
const MAX_CLUSTER = 64;

/**
 * Keeps, of overlapping mentions, the longest (the earlier on a tie), sorted by start.
 * Mentions are grouped into clusters of chained overlaps, and each small cluster is
 * resolved on its own, so the whole stays O(n log n).
 *
 * @example
 * dropOverlaps([{ start: 0, end: 2 }, { start: 1, end: 5 }]); // [{ start: 1, end: 5 }]
 */
export function dropOverlaps<T extends Span>(mentions: readonly T[]): T[] {
  // Most callers pass mentions found left to right: those need no copy and no sort (the sort
  // is stable, so an input already in order is its own result).
  const sorted = inStartOrder(mentions) ? mentions : [...mentions].sort(byStartThenLongest);
  const kept: T[] = [];
  let cluster: T[] = [];
  let clusterEnd = -1;
  for (const m of sorted) {
    if (cluster.length > 0 && m.start >= clusterEnd) {
      resolveCluster(cluster, kept);
      cluster = [];
    }
    cluster.push(m);
    clusterEnd = Math.max(clusterEnd, m.end);
  }
  resolveCluster(cluster, kept);
  return kept;
}

function byStartThenLongest(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

function inStartOrder(mentions: readonly Span[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (byStartThenLongest(mentions[i - 1]!, mentions[i]!) > 0) return false;
  return true;
}

function resolveCluster<T extends Span>(cluster: T[], kept: T[]): void {
  if (cluster.length === 1) {
    kept.push(cluster[0]!);
    return;
  }
  if (cluster.length > MAX_CLUSTER) {
    let end = -1;
    for (const m of cluster) {
      if (m.start >= end) {
        kept.push(m);
        end = m.end;
      }
    }
    return;
  }
  const chosen: T[] = [];
  const byLength = [...cluster].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const m of byLength) if (!chosen.some((c) => overlaps(c, m))) chosen.push(m);
  chosen.sort((a, b) => a.start - b.start);
  kept.push(...chosen);
}

/** Whether two half-open spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The normalised offset of an original offset: the first normalised character that comes
 * from at or after it. Binary search over the normalisation map; identity when nothing changed.
 *
 * @example
 * toNormalizedOffset(normalizeText('研发<b>平台</b>312个'), 12); // 5 (the 1 of 312)
 */
export function toNormalizedOffset(n: NormalizedText, original: number): number {
  const starts = n.starts;
  if (!starts) return original;
  let lo = 0;
  let hi = n.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index of the span (sorted, disjoint) that contains `pos`, or -1.
 *
 * @example
 * indexContaining([{ start: 0, end: 5 }, { start: 8, end: 9 }], 8); // 1
 */
export function indexContaining(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = spans[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * The index of the first span (sorted by start) that starts at or after `pos`.
 *
 * @example
 * firstStartingFrom([{ start: 0, end: 5 }, { start: 8, end: 9 }], 6); // 1
 */
export function firstStartingFrom(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
