/**
 * Lists a page already holds in order, merged rather than concatenated and sorted again: names,
 * dates and figures each come sorted by start, and a sort with a comparator costs a call per pair.
 * Each merge checks its inputs and sorts where one is out of order, so its result is always the
 * sort's (ties kept in input order, as the stable sort keeps them).
 */

/** Whether `list` is ascending by `key`. */
function ascending<T>(list: readonly T[], key: (item: T) => number): boolean {
  for (let i = 1; i < list.length; i++) if (key(list[i]!) < key(list[i - 1]!)) return false;
  return true;
}

const byStart = (s: { start: number }): number => s.start;

/**
 * `[...a, ...b].sort((x, y) => x.start - y.start)`, by one merge where both are sorted by start:
 * on a tie `a`'s item comes first.
 *
 * | a (starts) | b (starts) | result |
 * | --- | --- | --- |
 * | 0, 5, 9 | 3, 5 | 0, 3, 5 (a), 5 (b), 9 |
 * | — | 2 | 2 |
 * | 4, 1 | 2 | 1, 2, 4 (sorted) |
 */
export function mergeByStart<T extends { start: number }>(a: readonly T[], b: readonly T[]): T[] {
  if (!ascending(a, byStart) || !ascending(b, byStart)) return [...a, ...b].sort((x, y) => x.start - y.start);
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(b[j]!.start < a[i]!.start ? b[j++]! : a[i++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/**
 * `list.sort((x, y) => x.start - y.start)`, in place, where `list` is out of order: a list built in
 * order (most are) is read once rather than sorted with a call per pair.
 *
 * | starts | result |
 * | --- | --- |
 * | 1, 4, 4, 9 | unchanged |
 * | 4, 1, 9 | 1, 4, 9 |
 */
export function sortByStart<T extends { start: number }>(list: T[]): T[] {
  return ascending(list, byStart) ? list : list.sort((x, y) => x.start - y.start);
}

const byEnd = (s: { end: number }): number => s.end;

/**
 * The ends of every span of `lists`, ascending. Spans that do not overlap and are sorted by start
 * are sorted by end too: those lists are merged, any other is sorted first.
 *
 * | lists (ends) | result |
 * | --- | --- |
 * | [2, 8], [5], [1, 9] | 1, 2, 5, 8, 9 |
 * | [7, 3], [4] | 3, 4, 7 |
 * | [], [] | — |
 */
export function ascendingEnds(lists: ReadonlyArray<ReadonlyArray<{ end: number }>>): number[] {
  let out: number[] = [];
  for (const list of lists) {
    const ends = list.map(byEnd);
    if (!ascending(ends, (x) => x)) ends.sort((x, y) => x - y);
    out = mergeNumbers(out, ends);
  }
  return out;
}

function mergeNumbers(a: readonly number[], b: readonly number[]): number[] {
  if (a.length === 0) return b as number[];
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(b[j]! < a[i]! ? b[j++]! : a[i++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** The one question metric reading asks of names' edges; a Set answers it too. */
export interface PositionSet {
  has(pos: number): boolean;
}

/**
 * The starts and ends of spans, answering `has` from their sorted list through a cursor left at
 * the last answer: a page's figures ask in ascending order, each a few positions around itself,
 * so an answer costs a step or two, where a Set would hash every edge of the page first.
 * Spans out of order (or overlapping) are sorted first: the answers are the Set's either way.
 *
 * | spans | has |
 * | --- | --- |
 * | [2, 5), [5, 9) | 2, 5, 9 yes; 0, 3, 10 no |
 * | [7, 9), [1, 3) | 1, 3, 7, 9 yes; 5 no |
 */
export class SpanEdges implements PositionSet {
  private readonly edges: number[] = [];
  private at = 0;

  constructor(spans: ReadonlyArray<{ start: number; end: number }>) {
    const edges = this.edges;
    for (const { start, end } of spans) edges.push(start, end);
    if (!ascending(edges, (x) => x)) edges.sort((x, y) => x - y);
  }

  has(pos: number): boolean {
    const edges = this.edges;
    let k = this.at;
    // Invariant after the walks: every edge before k is below pos, and the edge at k (if any) is not.
    while (k > 0 && edges[k - 1]! >= pos) k--;
    while (k < edges.length && edges[k]! < pos) k++;
    this.at = k;
    return k < edges.length && edges[k] === pos;
  }
}

/**
 * The index of the first number in the ascending `sorted` that is at least `value`
 * (`sorted.length` when none is): a binary search.
 *
 * | sorted | value | index |
 * | --- | --- | --- |
 * | 1, 4, 9 | 4 | 1 |
 * | 1, 4, 9 | 5 | 2 |
 * | 1, 4, 9 | 10 | 3 |
 * | — | 0 | 0 |
 */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
