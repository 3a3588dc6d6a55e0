/**
 * The characters numerals are written with, as lookup tables built once.
 * Simplified, Traditional and financial (大写) forms share one table.
 */

/** Chinese digits, with 零/〇 as zero. */
export const CHINESE_DIGITS: ReadonlyMap<string, number> = new Map([
  ['零', 0], ['〇', 0], ['○', 0],
  ['一', 1], ['壹', 1], ['幺', 1],
  ['二', 2], ['贰', 2], ['貳', 2], ['两', 2], ['兩', 2], ['倆', 2], ['俩', 2],
  ['三', 3], ['叁', 3], ['參', 3], ['叄', 3],
  ['四', 4], ['肆', 4],
  ['五', 5], ['伍', 5],
  ['六', 6], ['陆', 6], ['陸', 6],
  ['七', 7], ['柒', 7],
  ['八', 8], ['捌', 8],
  ['九', 9], ['玖', 9],
]);

/** Units below 万 (they build a four-digit section). */
export const SMALL_UNITS: ReadonlyMap<string, number> = new Map([
  ['十', 10], ['拾', 10],
  ['百', 100], ['佰', 100],
  ['千', 1000], ['仟', 1000],
]);

/** Magnitude words: each multiplies everything before it up to a larger one. */
export const BIG_UNITS: ReadonlyMap<string, number> = new Map([
  ['万', 1e4], ['萬', 1e4],
  ['亿', 1e8], ['億', 1e8],
  ['兆', 1e12],
]);

/** Financial forms: alone they are ordinary words (队伍, 收拾, 陆地), so a lone one is no numeral. */
export const FINANCIAL_CHARS = new Set('壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟');

/** Digits that are never written digit by digit (两两 is no 22). */
export const NOT_DIGIT_BY_DIGIT = new Set('两兩倆俩');

/** The decimal point written in words. */
export const CHINESE_POINT = new Set('点點');

/** Vague words that may stand between a numeral and its magnitude (十余万, 二十几万). */
export const FILLERS: ReadonlyMap<string, 'over' | 'about'> = new Map([
  ['余', 'over'], ['餘', 'over'], ['多', 'over'], ['来', 'over'], ['來', 'over'],
  ['几', 'about'], ['幾', 'about'],
]);

/** Minus signs that may open a numeral. */
export const MINUS_WORDS = new Set('负負');
export const MINUS_SIGNS = new Set('-−－');

/** Spaces allowed between the parts of a numeral (一百 五 十 二, 1000  万). */
export const INNER_SPACE = new Set(' \t\u3000\u00A0');

/** Value of an ASCII or full-width digit, or -1. */
export function arabicDigit(ch: number): number {
  if (ch >= 0x30 && ch <= 0x39) return ch - 0x30;
  if (ch >= 0xff10 && ch <= 0xff19) return ch - 0xff10;
  return -1;
}

/** Characters at which a numeral may begin, as one character class (for the scanning regex). */
export const NUMERAL_START_CLASS =
  '0-9０-９' +
  [...CHINESE_DIGITS.keys(), ...SMALL_UNITS.keys(), ...MINUS_WORDS, ...MINUS_SIGNS].join('').replace(/-/g, '\\-');
