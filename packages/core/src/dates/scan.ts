/**
 * One pass of the date pipeline over a normalised text: atoms → expressions → resolution in
 * text order, with the year in force carried through each paragraph. Spans are into the text
 * given; `findDates` maps them to the original.
 */
import { MAX_HEADING, isHeadingText } from '../knowledge/breaks.js';
import type { DateMention } from '../models/dateMention.js';
import type { Region } from '../models/enums.js';
import { readAtom } from './atoms.js';
import { isComparisonBase } from './comparison.js';
import { composeExpressions } from './compose.js';
import { DateResolver } from './context.js';
import { scanAtoms } from './patterns.js';
import { isoDay } from '../knowledge/isoDay.js';
import { isHanCode } from '../knowledge/codeUnits.js';
import type { PlacedAtom, Resolution } from './types.js';

/** A date mention before its span is mapped back to the original text. */
export type ScannedDate = Omit<DateMention, 'text'>;

function toMention(start: number, end: number, r: Resolution, modifier: DateMention['modifier']): ScannedDate {
  // Plain assignments rather than object spreads: this runs once per mention.
  const m: ScannedDate = { start, end, grain: r.grain, stated: r.stated, implied: r.implied, impliedFrom: r.impliedFrom };
  if (r.from) m.from = isoDay(r.from);
  // A day's interval is one Date at both ends: formatted once.
  if (r.to) m.to = r.to === r.from ? m.from : isoDay(r.to);
  if (modifier) m.modifier = modifier;
  return m;
}

// A heading line, read as the page structure reads one (knowledge/breaks.ts).
function isHeadingLine(text: string, start: number, end: number): boolean {
  // Spaces off both ends by index: most lines holding a year are long paragraphs, answered without a slice.
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return e > s && e - s <= MAX_HEADING && isHeadingText(text.slice(s, e));
}

// Han characters a heading holds beside a period that is not a whole year (2024年1-9月 + 苏州高新区经济运行情况):
// a table's row (1977.1 |) or a date alone is no title.
const MIN_TITLE_WORDS = 4;

/** Whether the date at [start, end) of the line [lineStart, lineEnd) is a heading's, stating its year. */
function statesHeadingYear(text: string, lineStart: number, lineEnd: number, start: number, end: number, wholeYear: boolean): boolean {
  if (!isHeadingLine(text, lineStart, lineEnd)) return false;
  if (wholeYear) return true;
  let han = 0;
  for (let i = lineStart; i < lineEnd && han < MIN_TITLE_WORDS; i++) if ((i < start || i >= end) && isHanCode(text.charCodeAt(i))) han++;
  return han >= MIN_TITLE_WORDS;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0;
}

const SENTENCE_END = /[。！？!?]/g;

/** Where the sentence holding `from` ends (its 。！？), or -1. */
function sentenceEndFrom(text: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  return SENTENCE_END.exec(text)?.index ?? -1;
}

/**
 * Every date of `text`, resolved against `referenceDate` (local midnight), in text order and
 * without overlaps. `referenceGuessed`: the reference date is today's for want of the page's.
 *
 * @example
 * scanDates('今年5月……7月', new Date(2022, 10, 15), 'mainland').map((d) => d.from);
 * // ['2022-05-01', '2022-07-01']
 */
export function scanDates(text: string, referenceDate: Date, region: Region, referenceGuessed = false): ScannedDate[] {
  const atoms = scanAtoms<PlacedAtom>(text, region, (raw) => {
    const atom = readAtom(raw, text);
    return atom ? { atom, start: raw.start, end: raw.end } : undefined;
  });
  const exprs = composeExpressions(atoms, text);
  const resolver = new DateResolver(referenceDate, referenceGuessed);
  const out: ScannedDate[] = [];
  // The next line break after the last mention: passing it starts a new paragraph. Searching
  // forward from each mention keeps this linear however long the lines are.
  let nextBreak = text.indexOf('\n');
  let lineStart = 0;
  // The end of the sentence of the last mention, found forward from it (linear, as nextBreak is).
  let sentenceEnd = sentenceEndFrom(text, 0);
  for (const pe of exprs) {
    if (nextBreak !== -1 && pe.start > nextBreak) {
      resolver.newPassage();
      lineStart = text.lastIndexOf('\n', pe.start) + 1;
      nextBreak = text.indexOf('\n', pe.start);
    }
    if (sentenceEnd !== -1 && pe.start > sentenceEnd) {
      resolver.newSentence();
      sentenceEnd = sentenceEndFrom(text, pe.start);
    }
    const r = resolver.resolve(pe, isComparisonBase(text, pe.start));
    if (r) {
      out.push(toMention(pe.start, pe.end, r, pe.modifier));
      if (r.stated.year !== undefined && statesHeadingYear(text, lineStart, nextBreak === -1 ? text.length : nextBreak, pe.start, pe.end, r.grain === 'year')) resolver.headingStated(r);
      continue;
    }
    if (pe.expr.k === 'range') {
      // Two dates that make no range (2022年至15日) are still two dates.
      const a = resolver.resolveAlone(pe.expr.from);
      if (a) out.push(toMention(pe.expr.fromSpan[0], pe.expr.fromSpan[1], a, undefined));
      const b = pe.expr.toAlone ? resolver.resolveAlone(pe.expr.to) : undefined;
      if (b) out.push(toMention(pe.expr.toSpan[0], pe.expr.toSpan[1], b, undefined));
    }
  }
  return out;
}
