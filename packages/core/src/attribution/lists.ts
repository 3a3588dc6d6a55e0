/**
 * `分别` lists: 工业投资、产业投资分别为6.8亿元和7.4亿元 gives each figure its own item, in order.
 */
import { lowerBound } from './sorted.js';

const FENBIE = /分别|分別/;
// How the items of a list are joined: 、 and the conjunctions.
const ITEM_JOIN = /、|和|及|与|與/;
const LEAD = /^(?:其中|全区|全區|园区|園區|全年)/;

/**
 * Where 分别 (分別) stands in a text, ascending: found once per page, so a figure's clause is
 * searched for it only where one stands there (most clauses hold none). `marks` (ascending, every
 * 分 among them: the page's Breaks.marks) are the offsets to read, where the caller has them.
 */
export function fenbieStarts(text: string, marks?: readonly number[]): number[] {
  const out: number[] = [];
  const at = (i: number): void => {
    if (text.charCodeAt(i) !== FEN) return;
    const next = text.charCodeAt(i + 1);
    if (next === BIE || next === BIE_TRADITIONAL) out.push(i);
  };
  if (marks) for (const i of marks) at(i);
  else for (let i = text.indexOf('分'); i >= 0; i = text.indexOf('分', i + 1)) at(i);
  return out;
}
const FEN = 0x5206;
const BIE = 0x522b;
const BIE_TRADITIONAL = 0x5225;

/**
 * Whether a 分别 of `starts` (fenbieStarts) stands wholly inside text[from, to).
 *
 * | text | span | holds |
 * | --- | --- | --- |
 * | 甲、乙分别为1和2 | [0, 6) | yes |
 * | 甲、乙分别为1和2 | [0, 4) | no (分 only) |
 * | 甲、乙分别为1和2 | [4, 9) | no |
 */
export function fenbieIn(starts: readonly number[], from: number, to: number): boolean {
  const lo = lowerBound(starts, from);
  return lo < starts.length && starts[lo]! + 2 <= to;
}

/** A 分别 list in force: the items (normalised spans) and the next one to give out. */
export interface DistributedList {
  items: Array<{ start: number; end: number }>;
  next: number;
  /** Where the clause (or sentence) holding the list ends: figures after it take no item. */
  end: number;
}

/**
 * The items of a 分别 list whose first figure starts at `start`, reading the clause from
 * `clauseFrom`: the phrase before 分别 split at 、/和/及. Undefined where no 分别 stands
 * between the clause start and the figure, or the phrase holds fewer than two items.
 *
 * | text | items |
 * | --- | --- |
 * | 工业投资、产业投资分别为6.8亿元和7.4亿元 | 工业投资, 产业投资 |
 * | 增速分别提高1.2和3.5个百分点 | — (one item) |
 */
export function listBefore(text: string, clauseFrom: number, start: number, end: number): DistributedList | undefined {
  const before = text.slice(clauseFrom, start);
  const m = FENBIE.exec(before);
  if (!m) return undefined;
  const phraseEnd = clauseFrom + m.index;
  let from = clauseFrom;
  const lead = LEAD.exec(text.slice(from, phraseEnd));
  if (lead) from += lead[0].length;
  const items: Array<{ start: number; end: number }> = [];
  let p = from;
  const re = new RegExp(ITEM_JOIN.source, 'g');
  const phrase = text.slice(from, phraseEnd);
  for (let j = re.exec(phrase); j; j = re.exec(phrase)) {
    items.push({ start: p, end: from + j.index });
    p = from + j.index + j[0].length;
  }
  items.push({ start: p, end: phraseEnd });
  if (items.length < 2 || items.some((i) => i.end - i.start < 2)) return undefined;
  return { items, next: 0, end };
}
