/**
 * Tables by position of the page being read: the names found so far by where they end, where a
 * known name covering a position ends, and whether a position falls in given ranges. The name scan
 * asks them at every suffix and at each character a left edge reads.
 */
import type { Candidate } from './candidate.js';

/** Names by where they end, read by the left edge (a Map of them serves as well). */
export interface EndLookup {
  get(end: number): Candidate | undefined;
  has(end: number): boolean;
}

/**
 * The last name set for each end position of one page: a slot per position where a Map would hash
 * each key. One array serves every page, grown as needed; a new page clears only the slots the last
 * one set (a page sets a few dozen of its thousands). A page is read at a time: the scan is
 * synchronous and keeps no index past its return.
 *
 * @example
 * const ends = EndIndex.forPage(10);
 * ends.set(4, { start: 2, end: 4, type: 'place', source: 'lexicon' });
 * ends.get(4)?.start; // 2
 */
export class EndIndex implements EndLookup {
  private static shared: Array<Candidate | undefined> = [];
  // The slots set since the last page began, to clear when the next one begins.
  private static touched: number[] = [];

  private constructor(private readonly slots: Array<Candidate | undefined>) {}

  /** The index for a page of `length` code units (ends 0 to `length`), empty. */
  static forPage(length: number): EndIndex {
    const slots = EndIndex.shared;
    for (const end of EndIndex.touched) slots[end] = undefined;
    EndIndex.touched.length = 0;
    if (slots.length < length + 1) EndIndex.shared = new Array<Candidate | undefined>(Math.max(length + 1, 2 * slots.length)).fill(undefined);
    return new EndIndex(EndIndex.shared);
  }

  get(end: number): Candidate | undefined {
    return end >= 0 ? this.slots[end] : undefined;
  }

  has(end: number): boolean {
    return end >= 0 && this.slots[end] !== undefined;
  }

  set(end: number, c: Candidate): void {
    if (this.slots[end] === undefined) EndIndex.touched.push(end);
    this.slots[end] = c;
  }
}

// For each position of the page being read, where the known name holding it ends (0 outside names).
// One buffer for every page, grown as needed: a new array per page costs more than clearing the part read.
let cover = new Int32Array(1024);

/** The cover table for a page of `length` positions, all 0. */
export function clearedCover(length: number): Int32Array {
  if (cover.length < length) cover = new Int32Array(Math.max(length, 2 * cover.length));
  else cover.fill(0, 0, length);
  return cover;
}

// Positions of the page being read that a scan marked (see `Trie.scanMarking`), one buffer for every page.
let marked = new Int32Array(1024);

/** A buffer of at least `length` positions for a scan to mark, its contents unspecified. */
export function markBuffer(length: number): Int32Array {
  if (marked.length < length) marked = new Int32Array(Math.max(length, 2 * marked.length));
  return marked;
}

/** A test of whether a position falls in one of the sorted, disjoint ranges; positions must not decrease. */
export function makeInside(ranges: ReadonlyArray<[number, number]>): (pos: number) => boolean {
  let i = 0;
  return (pos) => {
    while (i < ranges.length && ranges[i]![1] <= pos) i++;
    const r = ranges[i];
    return r !== undefined && r[0] <= pos;
  };
}
