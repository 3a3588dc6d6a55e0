/**
 * The numeral character tables of knowledge/numerals.ts, indexed by UTF-16 code unit. The
 * lexer looks up every character of every numeral: a typed-array load costs no string
 * per character and no hashing, where a Map keyed by one-character strings costs both.
 * Code unit 0 stands for "past the end" and is in no table.
 */
import { BIG_UNITS, CHINESE_DIGITS, CHINESE_POINT, FILLERS, FINANCIAL_CHARS, INNER_SPACE, MINUS_SIGNS, MINUS_WORDS, SMALL_UNITS } from '../knowledge/numerals.js';

function valueTable(map: ReadonlyMap<string, number>): Float64Array {
  const table = new Float64Array(0x10000).fill(-1);
  for (const [ch, v] of map) table[ch.charCodeAt(0)] = v;
  return table;
}

function setTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}

/** Chinese digit value by code unit, -1 for none. */
export const DIGIT_BY_CODE = valueTable(CHINESE_DIGITS);
/** Unit below 万 by code unit, -1 for none. */
export const SMALL_BY_CODE = valueTable(SMALL_UNITS);
/** Magnitude word by code unit, -1 for none. */
export const BIG_BY_CODE = valueTable(BIG_UNITS);
export const IS_CHINESE_POINT = setTable(CHINESE_POINT);
export const IS_INNER_SPACE = setTable(INNER_SPACE);
export const IS_FILLER = setTable(FILLERS.keys());
export const IS_MINUS_WORD = setTable(MINUS_WORDS);
export const IS_MINUS_SIGN = setTable(MINUS_SIGNS);
export const IS_FINANCIAL = setTable(FINANCIAL_CHARS);

/** The code unit at `pos`, or 0 past either end. */
export function codeAt(text: string, pos: number): number {
  return pos >= 0 && pos < text.length ? text.charCodeAt(pos) : 0;
}
