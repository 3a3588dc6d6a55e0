import type { ExtractionContext } from '../../engine/context.js';
import { isDigitChar } from '../../knowledge/numerals.js';
import { CLOSE_QUOTES, OPEN_QUOTES } from '../../knowledge/quotes.js';
import type { NumeralRead } from '../../numbers/readNumeral.js';
import type { Draft } from '../types.js';

// How long a quoted phrase may be and still be a slogan (“四个面向”, “三减一优”).
const SHORT_QUOTE = 6;
// The quote characters by code unit: the quote search looks at a few characters around every draft.
const IS_OPEN_QUOTE = new Uint8Array(0x10000);
const IS_CLOSE_QUOTE = new Uint8Array(0x10000);
for (const ch of OPEN_QUOTES) IS_OPEN_QUOTE[ch.charCodeAt(0)] = 1;
for (const ch of CLOSE_QUOTES) IS_CLOSE_QUOTE[ch.charCodeAt(0)] = 1;
const STRAIGHT_QUOTE = 0x22;

/**
 * The rules that keep ordinals, idioms and slogans out of the figures; false drops the draft.
 * An ordinal (第三批) is kept, as kind `other`, only when the options ask for ordinals.
 */
export function keepDraft(ctx: ExtractionContext, d: Draft, n: NumeralRead): boolean {
  const text = ctx.text;
  if (text[d.start - 1] === '第') {
    if (!ctx.includeOrdinals) return false;
    d.start -= 1;
    d.kind = 'other';
  }
  // 百分之二三十, 二三十个百分点: a vague pair states no rate (the spec's vague amounts are optional).
  if ((d.kind === 'percent' || d.kind === 'percentagePoint') && n.max !== undefined) return false;
  // 一批, 一次性, 一条新路子: a lone 一 with a classifier is an article, not a quantity.
  if (n.loneOne && (d.kind === 'count' || d.kind === 'other') && d.max === undefined) return false;
  // 零件, 零部件, 零售: a lone 零 opens a word; a quantity of nothing is written otherwise.
  if (n.value === 0 && n.end - n.start === 1 && n.chinese && d.max === undefined) return false;
  // 每百户, 每10万人, 每千元: a power of ten after 每 is the denominator of a rate, no quantity.
  if (text[d.start - 1] === '每' && d.kind !== 'duration' && d.max === undefined && isPowerOfTen(n.value)) return false;
  const quoted = isInShortQuote(text, d.start, d.end, SHORT_QUOTE);
  // “四个面向”: a Chinese count in a short quote names a slogan.
  if ((d.unit === '个' || d.unit === '個') && n.chinese && quoted) return false;
  // “三减一优”, “一极两区”: two numerals in a short quote.
  if (quoted && countNumeralsIn(text, d.start, d.end) >= 2) return false;
  return true;
}

/**
 * Whether `v` is 10, 100, 1000 …
 *
 * @example
 * isPowerOfTen(1e4); // true
 */
export function isPowerOfTen(v: number): boolean {
  if (!(v >= 10) || !Number.isInteger(v)) return false;
  let x = v;
  while (x % 10 === 0) x /= 10;
  return x === 1;
}

/** Whether [start, end) sits in a quoted phrase of at most `max` characters (“四个面向”). */
export function isInShortQuote(text: string, start: number, end: number, max: number): boolean {
  let open = -1;
  for (let i = start - 1; i >= 0 && start - i <= max; i--) {
    const c = text.charCodeAt(i);
    if (IS_OPEN_QUOTE[c] === 1) {
      open = i;
      break;
    }
    if (IS_CLOSE_QUOTE[c] === 1 && c !== STRAIGHT_QUOTE) return false;
  }
  if (open < 0) return false;
  for (let i = end; i < text.length && i - open - 1 <= max; i++) {
    const c = text.charCodeAt(i);
    if (IS_CLOSE_QUOTE[c] === 1) return i - open - 1 <= max;
    if (IS_OPEN_QUOTE[c] === 1 && c !== STRAIGHT_QUOTE) return false;
  }
  return false;
}

/** Numerals in the quoted phrase around a figure (三减一优 and 一极两区 are slogans). */
function countNumeralsIn(text: string, start: number, end: number): number {
  let a = start;
  while (a > 0 && !OPEN_QUOTES.includes(text[a - 1] ?? '')) a--;
  let b = end;
  while (b < text.length && !CLOSE_QUOTES.includes(text[b] ?? '')) b++;
  let count = 0;
  let inNumeral = false;
  for (let i = a; i < b; i++) {
    const isDigit = isDigitChar(text[i] ?? '');
    if (isDigit && !inNumeral) count++;
    inNumeral = isDigit;
  }
  return count;
}
