/**
 * Where clauses, sentences and paragraphs of the normalised text begin and end. Attribution
 * reads its scopes from these: a metric stays inside its clause, a company inside its sentence,
 * a period and a zone inside their paragraph.
 */
import { unitsOf } from '../knowledge/codeUnits.js';
import { lowerBound } from './sorted.js';

/** Ends a clause (and every sentence end ends one too). 、 is left out: list items share a clause. */
export const CLAUSE_BREAKS = '，,；;：:。！？!?\n（(）)﹔﹐';
/** Ends a sentence. A layout line break inside a sentence is already gone from the normalised text. */
export const SENTENCE_BREAKS = '。！？!?\n';

// Break characters as tables by UTF-16 code: a walk per figure tests each character once, without a string search.
const CLAUSE_TABLE = unitsOf(CLAUSE_BREAKS);
const SENTENCE_TABLE = unitsOf(SENTENCE_BREAKS);
const CLOSING_QUOTES = '”」』"';
/** Whether the code unit at `i` of `text` ends a clause (false past either end). */
export const isClauseBreakAt = (text: string, i: number): boolean => CLAUSE_TABLE[text.charCodeAt(i)] === 1;
/** Whether the code unit at `i` of `text` ends a sentence (false past either end). */
export const isSentenceBreakAt = (text: string, i: number): boolean => SENTENCE_TABLE[text.charCodeAt(i)] === 1;

// A clause is read at most this far: text with no punctuation costs a bounded walk per figure.
const MAX_CLAUSE = 200;

/** Offset where the clause holding `pos` starts (just after the previous break, at most MAX_CLAUSE back). */
export function clauseStart(text: string, pos: number): number {
  let p = pos;
  const floor = Math.max(0, pos - MAX_CLAUSE);
  while (p > floor && CLAUSE_TABLE[text.charCodeAt(p - 1)] !== 1) p--;
  return p;
}

/** Offset where the clause holding `pos` ends (at the next break, exclusive; at most MAX_CLAUSE on). */
export function clauseEnd(text: string, pos: number): number {
  let p = pos;
  const limit = Math.min(text.length, pos + MAX_CLAUSE);
  while (p < limit && CLAUSE_TABLE[text.charCodeAt(p)] !== 1) p++;
  return p;
}

// Each code unit's part in one pass over a page: a clause break, 、 (a cut of metrics only), a sentence break, a closing quote.
const CLAUSE_BIT = 1;
const LIST_MARK_BIT = 2;
const SENTENCE_BIT = 4;
const CLOSING_BIT = 8;
const MARK_BIT = 16;
/**
 * Characters attribution looks for over a whole page, found in the breaks' pass rather than by a
 * string search each: 区, 區 and 城 end every collective name of zones (subject.ts), 分 opens 分别 (lists.ts).
 */
export const PAGE_MARKS = '区區城分';
const BREAK_BITS = new Uint8Array(0x10000);
for (const [chars, bit] of [[CLAUSE_BREAKS, CLAUSE_BIT], ['、', LIST_MARK_BIT], [SENTENCE_BREAKS, SENTENCE_BIT], [CLOSING_QUOTES, CLOSING_BIT], [PAGE_MARKS, MARK_BIT]] as const) {
  for (let i = 0; i < chars.length; i++) BREAK_BITS[chars.charCodeAt(i)]! |= bit;
}

/**
 * The clauses and sentences of one text, found in one forward pass: a page asks for the clause of
 * each figure several times over (its list, period, status, subject and metric), and each answer
 * is then one read where a walk back would read the whole clause again.
 */
export interface Breaks {
  text: string;
  /** For each offset (0 to the text's length), just after the last clause break before it, or 0. */
  clauseFrom: number[];
  /** Where 、 stands, ascending: with the clause breaks, the cuts of a metric's words (cutFromIn). */
  listMarks: number[];
  /**
   * Sentences of the text (。！？ and line breaks). 。 before a closing quote does not end one:
   * “…平稳运行。”成都高新区…表示，14.1%的增速… is one sentence.
   */
  sentences: Segments;
  /** Paragraphs of the text (after each line break), as `paragraphs` finds them. */
  paragraphs: Segments;
  /** Where the characters of PAGE_MARKS stand, ascending. */
  marks: number[];
  /** Where the characters of the caller's table (breaksOf's `watch`) stand, ascending, found in the same pass. */
  watched?: { table: Uint8Array; at: number[] };
}

// The caller's table folded into the breaks' one: the pass reads one table per character. Made
// once per watch table (each is fixed at load).
const WATCH_BIT = 32;
const withWatch = new WeakMap<Uint8Array, Uint8Array>();
function tableFor(watch: Uint8Array | undefined): Uint8Array {
  if (!watch) return BREAK_BITS;
  let table = withWatch.get(watch);
  if (!table) {
    table = BREAK_BITS.slice();
    for (let c = 0; c < table.length; c++) if (watch[c] === 1) table[c]! |= WATCH_BIT;
    withWatch.set(watch, table);
  }
  return table;
}

/** The breaks of `text` (see Breaks); `watch` (1 at each code to find) adds `watched`. */
export function breaksOf(text: string, watch?: Uint8Array): Breaks {
  const length = text.length;
  // A plain array of small integers: a typed array of a page's length is allocated outside the
  // heap, which costs more than the whole pass over a short page. One per offset only: the
  // metric cuts (、 too) are read from the clause's and the list marks' (cutFromIn). Grown by
  // push, not sized up front: the store after the loop then shares the loop's type feedback,
  // where a store of its own had none when V8 optimized the loop mid-call (on-stack), and that
  // code was thrown away at the end of every long page (measured: 78 times on 20 MB).
  const clauseFrom: number[] = [];
  const listMarks: number[] = [];
  const starts = [0];
  const paragraphStarts = [0];
  const marks: number[] = [];
  const at: number[] = [];
  const table = tableFor(watch);
  let clause = 0;
  for (let i = 0; i < length; i++) {
    clauseFrom.push(clause);
    const code = text.charCodeAt(i);
    const bits = table[code]!;
    if (bits === 0) continue;
    if ((bits & WATCH_BIT) !== 0) at.push(i);
    if ((bits & MARK_BIT) !== 0) marks.push(i);
    if ((bits & LIST_MARK_BIT) !== 0) listMarks.push(i);
    if (code === 0x0a) paragraphStarts.push(i + 1);
    if ((bits & CLAUSE_BIT) !== 0) clause = i + 1;
    // A break that is the text's last character opens no sentence after it.
    if ((bits & SENTENCE_BIT) !== 0 && i + 1 < length && (BREAK_BITS[text.charCodeAt(i + 1)]! & CLOSING_BIT) === 0) starts.push(i + 1);
  }
  clauseFrom.push(clause);
  const breaks: Breaks = { text, clauseFrom, listMarks, sentences: { starts }, paragraphs: { starts: paragraphStarts }, marks };
  if (watch) breaks.watched = { table: watch, at };
  return breaks;
}

/**
 * As clauseFrom, with 、 a break too: just after the last clause break or 、 before `pos` (held to
 * the text), or 0. Where a metric's words may start at the latest.
 */
export function cutFromIn(breaks: Breaks, pos: number): number {
  const p = Math.min(Math.max(pos, 0), breaks.clauseFrom.length - 1);
  const clause = breaks.clauseFrom[p]!;
  const marks = breaks.listMarks;
  const lo = lowerBound(marks, p);
  return lo > 0 ? Math.max(clause, marks[lo - 1]! + 1) : clause;
}

/** clauseStart(breaks.text, pos), read from the table (the same MAX_CLAUSE bound applies). */
export function clauseStartIn(breaks: Breaks, pos: number): number {
  if (pos < 0 || pos >= breaks.clauseFrom.length) return clauseStart(breaks.text, pos);
  return Math.max(breaks.clauseFrom[pos]!, pos - MAX_CLAUSE);
}

/**
 * Sorted boundaries of one kind over the whole text: the offset just after each break
 * character, so `upperBound(starts, pos) - 1` finds the segment holding `pos`.
 */
export interface Segments {
  /** Start offsets, ascending; the first is 0. */
  starts: number[];
}

function segmentsBy(text: string, breakChar: string): Segments {
  const starts = [0];
  for (let at = text.indexOf(breakChar); at >= 0; at = text.indexOf(breakChar, at + 1)) starts.push(at + 1);
  return { starts };
}

/** Start offset of the segment holding `pos`. */
export function segmentStart(s: Segments, pos: number): number {
  return s.starts[segmentIndex(s, pos)] ?? 0;
}
/** Paragraphs of the text (line breaks of the normalised text). */
export const paragraphs = (text: string): Segments => segmentsBy(text, '\n');

/** Index of the segment holding `pos`: binary search, so attribution stays linear-logarithmic. */
export function segmentIndex(s: Segments, pos: number): number {
  let lo = 0;
  let hi = s.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (s.starts[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
