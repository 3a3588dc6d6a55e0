/**
 * Character classes attribution tests by UTF-16 code, where a regular expression on a slice would
 * cost a string and a match per question: white space (a page broken across lines or padded with
 * U+3000 leaves some inside a phrase, given without it), words, and function words.
 */
import { unitsOf } from '../knowledge/codeUnits.js';
import { CLOSE_QUOTES, OPEN_QUOTES } from '../knowledge/quotes.js';

/** Whether a UTF-16 code is white space as JavaScript's \s reads it (U+3000 among it): a test by code, without a string per character. */
export const isSpaceCode = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));

/**
 * `text` without its white space (as `text.replace(/\s+/g, '')`), returned as it is where it has
 * none: most phrases have none, and a test per code is cheaper than a regular expression's replace.
 *
 * | text | result |
 * | --- | --- |
 * | 营业收入 | 营业收入 |
 * | 营业 收入 | 营业收入 |
 * | 研发\u3000投入\n强度 | 研发投入强度 |
 */
const SPACES = /\s+/g;
export function withoutSpaces(text: string): string {
  for (let i = 0; i < text.length; i++) if (isSpaceCode(text.charCodeAt(i))) return text.replace(SPACES, '');
  return text;
}

const HAS_WORD = /[\p{Script=Han}A-Za-z]/u;

/**
 * Whether text[from, to) holds a Han character or a Latin letter (as /[\p{Script=Han}A-Za-z]/u
 * on the slice). The common ideographs (U+4E00–U+9FFF, all Han) and ASCII letters are told by code;
 * only a span with neither is left to the expression.
 *
 * | span | word |
 * | --- | --- |
 * | 研发平台 | yes |
 * | 5G | yes |
 * | 、（2） | no |
 * | 〇〇 | yes (Han, outside the common block) |
 */
export function hasWordIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 0x20;
    if ((c >= 0x4e00 && c <= 0x9fff) || (lower >= 0x61 && lower <= 0x7a)) return true;
  }
  return from < to && HAS_WORD.test(text.slice(from, to));
}

// A phrase ending in one of these (她在, 松江又, 入驻的) is no indicator.
const FUNCTION_ENDS = new Set([...'在的了是把被将將向从從到对對于於以和与與及或等也都还還就而但又再即并並要'].map((c) => c.charCodeAt(0)));

/** Whether the non-empty text[from, to) ends in a function word (在, 的, 了 …). */
export function endsInFunctionWord(text: string, from: number, to: number): boolean {
  return to > from && FUNCTION_ENDS.has(text.charCodeAt(to - 1));
}


// The page's quotation marks (knowledge/quotes.ts), by code unit, without those that cannot be
// paired by depth: the straight " both opens and closes, and ‘ ’ double as apostrophes.
const UNPAIRED = /["‘’]/g;
const OPENING_QUOTE = unitsOf(OPEN_QUOTES.replace(UNPAIRED, ''));
const CLOSING_QUOTE = unitsOf(CLOSE_QUOTES.replace(UNPAIRED, ''));

/**
 * Where the indicator in text[from, to) starts, as its quotes tell: after a closing quote whose
 * opening one was cut off (a name the phrase no longer holds), after the verb before a quoted
 * name (`verbBefore(text, from, quote)` gives where it ends, or -1), the object the figure
 * measures with the words that qualify it, or after a quote that opens and does not close (the
 * figure stands in the quotation); else `from`.
 *
 * | phrase | verb before the quote | start |
 * | --- | --- | --- |
 * | 企业发放“科创积分贷” | 发放 | 4 |
 * | 举办「创新沙龙」活动 | 举办 | 2 |
 * | 共有国家级专精特新“小巨人”企业 | 共有 | 2 |
 * | G60科创之眼”一期项目总投资 | — | 8 |
 * | “金凤凰”人才 | — | 0 |
 * | 发放“科技贷 | 发放 | 3 (never closes: the figure is inside the quotation) |
 * | 他表示：「我們將繼續投放 | — | 5 |
 */
export function quotedPhraseStart(text: string, from: number, to: number, verbBefore: (text: string, from: number, quote: number) => number): number {
  let depth = 0;
  let start = from;
  let opening = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (OPENING_QUOTE[c] === 1) {
      if (depth++ === 0) opening = i;
    } else if (CLOSING_QUOTE[c] === 1) {
      if (depth === 0) start = i + 1;
      else if (--depth === 0 && opening > start) {
        // After the verb, with the words between it and the quote (共有国家级专精特新“小巨人”企业).
        const verbEnd = verbBefore(text, from, opening);
        if (verbEnd >= 0) start = Math.max(start, verbEnd);
      }
    }
  }
  // A quotation opened and not closed before the figure holds it: the speaker's words (「我們將繼續投放約5億港元)
  // start after the quote, and who speaks is no part of the indicator.
  if (depth > 0 && opening >= start) start = opening + 1;
  return to - start >= 2 ? start : from;
}
