/**
 * The common case of the numeral reader, without tokens: a plain ASCII number (312, 2022,
 * 20.8) that nothing after it can extend. Most numerals in reports are these, and the general
 * reader (lex → evaluate) builds a token list and a string per number to read them.
 */
import { CHINESE_DIGITS, CHINESE_POINT, DOZEN, INNER_SPACE, LATIN_MAGNITUDES } from '../knowledge/numerals.js';
import { MAX_ARABIC_DIGITS } from './arabic.js';
import { BIG_BY_CODE, IS_FILLER, SMALL_BY_CODE } from './codeTables.js';
import type { NumeralRead } from './numeralRead.js';

// Every code unit that may continue a numeral after its digits, in the general reader: more
// digits (full-width), grouping commas, points, exponents, Latin magnitudes, spaces, Chinese
// digits, units, magnitudes, fillers, and the joins of compound forms (分之, 又, 3/5, 打).
// Where one follows, the general reader decides.
const MAY_CONTINUE = new Uint8Array(0x10000);
for (const ch of [...'０１２３４５６７８９,，.．eE^/／分又', DOZEN, ...INNER_SPACE, ...CHINESE_DIGITS.keys(), ...CHINESE_POINT, ...LATIN_MAGNITUDES.keys()]) {
  MAY_CONTINUE[ch.charCodeAt(0)] = 1;
}
for (let c = 0; c < 0x10000; c++) if (SMALL_BY_CODE[c]! >= 0 || BIG_BY_CODE[c]! >= 0 || IS_FILLER[c] === 1) MAY_CONTINUE[c] = 1;

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * The numeral at `start` when it is a plain ASCII integer or decimal that the general reader
 * would read as itself; undefined when anything might make it more (a unit, a comma group, a
 * space, a fraction …), for the general reader to read.
 *
 * @example
 * readPlainArabic('312个平台', 0); // { start: 0, end: 3, value: 312, … }
 * readPlainArabic('20.8亿元', 0); // undefined (亿 continues it)
 */
export function readPlainArabic(text: string, start: number): NumeralRead | undefined {
  const n = text.length;
  let p = start;
  while (p < n && isAsciiDigit(text.charCodeAt(p))) p++;
  if (p === start || p - start > MAX_ARABIC_DIGITS) return undefined;
  // A decimal: one point between ASCII digits, not a dotted date or version (2022.6.15).
  if (p + 1 < n && text.charCodeAt(p) === 0x2e && isAsciiDigit(text.charCodeAt(p + 1))) {
    p += 2;
    while (p < n && isAsciiDigit(text.charCodeAt(p))) p++;
  }
  if (p < n && MAY_CONTINUE[text.charCodeAt(p)] === 1) return undefined;
  return {
    start,
    end: p,
    value: Number(text.slice(start, p)),
    script: 'arabic',
    multiplier: 1,
    approx: 'exact',
    loneOne: false,
    chinese: false,
    digitByDigit: false,
  };
}
