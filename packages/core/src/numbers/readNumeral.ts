import { DOZEN, HALF } from '../knowledge/numerals.js';
import { readFraction, readHalf, readMixed, readSlash, withDozen } from './compound.js';
import type { NumeralRead } from './numeralRead.js';
import { readPlainArabic } from './plainArabic.js';
import { readSigned } from './signed.js';

export type { NumeralRead } from './numeralRead.js';

// The first character of 分之 (fractions), 又 (mixed numbers), a slash (3/5), a space before any
// of them, and 打 (dozens).
// By code unit: checked after every numeral.
const JOINS_A_COMPOUND = new Uint8Array(0x10000);
for (const ch of [' ', '\t', '\u3000', '分', '又', '/', '／', DOZEN]) JOINS_A_COMPOUND[ch.charCodeAt(0)] = 1;

/**
 * Reads the numeral that starts at `start`, or returns the index to resume scanning from.
 * Beyond a plain numeral it reads fractions (五分之一, 3/5, 1 3/5, 3又一千分之23), 半百 and
 * dozens (五十打). Linear in the length of the numeral; never looks further than the run
 * of numeral characters and the few words that join them.
 *
 * @example
 * readNumeral('约20.8亿元', 1); // { start: 1, end: 6, value: 2080000000, multiplier: 1e8, … }
 * readNumeral('三分之一', 0); // { start: 0, end: 4, value: 0.333…, … }
 */
export function readNumeral(text: string, start: number): NumeralRead | number {
  if (text[start] === HALF) return readHalf(text, start);
  const first = text.charCodeAt(start);
  if (first >= 0x30 && first <= 0x39) {
    const plain = readPlainArabic(text, start);
    if (plain) return plain;
  }
  const whole = readSigned(text, start, {});
  if (typeof whole === 'number') return whole;
  // Every compound form starts right after the numeral with one of these; most numerals are done here.
  if (whole.end >= text.length || JOINS_A_COMPOUND[text.charCodeAt(whole.end)] !== 1) return whole;
  return readFraction(text, whole) ?? readMixed(text, whole) ?? readSlash(text, whole) ?? withDozen(text, whole);
}
