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
