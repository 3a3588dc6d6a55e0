import type { NumeralApprox } from '../models/enums.js';

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

/** Financial (大写) forms, which make a numeral's script `financial`. */
export const FINANCIAL_CHARS = new Set('壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟');

/**
 * Financial forms that are also ordinary characters (队伍, 收拾, 陆地, 放肆, 參加): alone they are
 * no numeral unless the context shows a number (负肆, 分之肆). 壹, 贰, 叁 … mean nothing else.
 */
export const AMBIGUOUS_FINANCIAL = new Set('伍陆陸拾肆佰仟參');

/** Digits that are never written digit by digit (两两 is no 22). */
export const NOT_DIGIT_BY_DIGIT = new Set('两兩倆俩');

/** The decimal point written in words. */
export const CHINESE_POINT = new Set('点點');

/** Vague words that may stand between a numeral and its magnitude (十余万, 二十几万). */
export const FILLERS: ReadonlyMap<string, Exclude<NumeralApprox, 'exact'>> = new Map([
  ['余', 'over'], ['餘', 'over'], ['多', 'over'], ['来', 'over'], ['來', 'over'],
  ['几', 'about'], ['幾', 'about'],
]);

/** Minus signs that may open a numeral. */
export const MINUS_WORDS = new Set('负負');
export const MINUS_SIGNS = new Set('-−－');

/** Spaces allowed between the parts of a numeral (一百 五 十 二, 1000  万). */
export const INNER_SPACE = new Set(' \t\u3000\u00A0');

/**
 * Latin letters that scale an Arabic number (40k, -2.5 M, 百分之15Ｋ). They count as no
 * magnitude word, so a bare 4K (a video format) stays no figure.
 */
export const LATIN_MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['K', 1e3], ['ｋ', 1e3], ['Ｋ', 1e3], ['M', 1e6], ['Ｍ', 1e6],
]);

/** 打 after a numeral is a dozen (一打, 五十打) unless it opens a verb (一打开, 统一打造). */
export const DOZEN = '打';
/** Characters that, after 打, make it a verb (打开, 打造, 打折 …). */
export const DOZEN_VERB_NEXT = new Set(
  '开開造击擊破通算工印卡折车車扫掃球架响響入出动動进進败敗赢贏倒电電话話包听聽磨拼理扮探捞撈量招交假针針发發扰擾乱亂压壓消转轉退断斷起气氣猎獵字分结結底火水光样樣点點官拳牌仗趣斗鬥胜勝法碎湿濕烊场場好过過捆滚滾折掉着著了住上下成去回来來',
);

/** 半 before a magnitude is half of it (半百 = 50). */
export const HALF = '半';

/**
 * Ordinary words that contain a numeral character (一切, 四川, 十足 …): a numeral that lies
 * wholly inside one of them is part of the word, not a number.
 */
export const WORDS_WITH_NUMERALS: readonly string[] = [
  '一切', '一看', '一样', '一樣', '一般', '一直', '一起', '一旦', '一致', '一些', '一定', '一向', '一律', '一同', '一齐', '一齊',
  '一番', '一会', '一會', '一下', '一边', '一邊', '一味', '一贯', '一貫', '一再', '一概', '一旁',
  '统一', '統一', '唯一', '万一', '萬一', '同一', '专一', '專一',
  '四川', '十足', '两两', '兩兩', '三三两两', '三三兩兩', '七嘴八舌', '乱七八糟', '亂七八糟', '五花八门', '五花八門', '一五一十',
];

/** Value of an ASCII or full-width digit, or -1. */
export function arabicDigit(ch: number): number {
  if (ch >= 0x30 && ch <= 0x39) return ch - 0x30;
  if (ch >= 0xff10 && ch <= 0xff19) return ch - 0xff10;
  return -1;
}

/** Characters at which a numeral may begin, as one character class (for the scanning regex). */
export const NUMERAL_START_CLASS =
  '0-9０-９.．' +
  [...CHINESE_DIGITS.keys(), ...SMALL_UNITS.keys(), ...MINUS_WORDS, ...MINUS_SIGNS, HALF].join('').replace(/-/g, '\\-');

/**
 * Value of a magnitude character (十 … 兆), or undefined.
 *
 * @example
 * magnitudeValue('万'); // 10000
 */
export function magnitudeValue(ch: string): number | undefined {
  return SMALL_UNITS.get(ch) ?? BIG_UNITS.get(ch);
}

/** Whether `ch` is a unit below 万 (十, 百, 千 and their 大写 forms): a numeral opening with one is read with an implied 一. */
export function isSmallUnitChar(ch: string): boolean {
  return SMALL_UNITS.has(ch);
}

/**
 * Whether `ch` is a digit: Chinese (一, 两, 〇, 壹 …), ASCII or full-width.
 *
 * @example
 * isDigitChar('两'); // true
 * isDigitChar('十'); // false (a unit)
 */
export function isDigitChar(ch: string): boolean {
  return ch !== '' && (CHINESE_DIGITS.has(ch) || arabicDigit(ch.charCodeAt(0)) >= 0);
}

/**
 * Regex source of a fraction word whose denominator is written in magnitudes alone: 百分之,
 * 千分之, 百万分之 (spaces allowed). The numeral scanner passes over it; the figure rules read
 * the numeral after it as a percent.
 */
export const FRACTION_WORD_SOURCE = '([百佰千仟万萬亿億][十拾百佰千仟万萬亿億]{0,3})[ \\t\\u3000]*分[ \\t\\u3000]*之';
