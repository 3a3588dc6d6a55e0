import type { Span } from '../models/span.js';

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
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
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
