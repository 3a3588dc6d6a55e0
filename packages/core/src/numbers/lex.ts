/** Lexing: a run of numeral characters split into tokens (digits, units, magnitudes, points, fillers). */
import { FILLERS, NOT_DIGIT_BY_DIGIT, arabicDigit } from '../knowledge/numerals.js';
import { MAX_ARABIC_DIGITS, readArabic } from './arabic.js';
import { BIG_BY_CODE, DIGIT_BY_CODE, IS_CHINESE_POINT, IS_FILLER, IS_INNER_SPACE, SMALL_BY_CODE, codeAt } from './codeTables.js';
import type { Token } from './numeralRead.js';

// A numeral longer than this is a code or garbage, not a quantity.
const MAX_TOKENS = 48;

// 千瓦, 兆帕, 百分之: the magnitude character belongs to the unit that follows.
const UNIT_AFTER_QIAN = new Set('瓦克米伏帕焦卡赫');

const UNIT_AFTER_ZHAO = new Set('瓦帕赫焦字比位欧');

// 分之 between a denominator and a numerator (五分之一, 二分 之一, ３ 分  之 一百五十七).
export const FRACTION_BAR = /[ \t\u3000]{0,4}分[ \t\u3000]{0,4}之[ \t\u3000]{0,4}/y;

export function fractionBarAt(text: string, pos: number): boolean {
  FRACTION_BAR.lastIndex = pos;
  return FRACTION_BAR.test(text);
}

/** Whether 分之 (spaces allowed) ends right before `pos`: what follows is a numerator. */
export function fractionBarBefore(text: string, pos: number): boolean {
  let p = pos - 1;
  while (p >= 0 && pos - p <= 4 && IS_INNER_SPACE[codeAt(text, p)] === 1) p--;
  if (text[p] !== '之') return false;
  p--;
  while (p >= 0 && pos - p <= 12 && IS_INNER_SPACE[codeAt(text, p)] === 1) p--;
  return text[p] === '分';
}

function skipSpaces(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && p - pos < 4 && IS_INNER_SPACE[text.charCodeAt(p)] === 1) p++;
  return p;
}

function isUnitCode(c: number): boolean {
  return SMALL_BY_CODE[c]! >= 0 || BIG_BY_CODE[c]! >= 0;
}

/** Splits the run of numeral characters at `pos` into tokens; a number means "too long, resume there". */
export function lex(text: string, pos: number): Token[] | number {
  const tokens: Token[] = [];
  let p = pos;
  while (p < text.length) {
    if (tokens.length >= MAX_TOKENS) return endOfRun(text, p);
    const prev = tokens[tokens.length - 1];
    let q = p;
    if (prev && IS_INNER_SPACE[text.charCodeAt(p)] === 1) {
      q = skipSpaces(text, p);
      const c = codeAt(text, q);
      const nextIsChinese = DIGIT_BY_CODE[c]! >= 0 || isUnitCode(c) || IS_CHINESE_POINT[c] === 1 || IS_FILLER[c] === 1;
      const prevIsChinese = prev.k !== 'arabic';
      const ok =
        (nextIsChinese && (prevIsChinese || isUnitCode(c))) ||
        // 7万 5千 4百: after a unit, an Arabic group that carries its own unit continues the numeral.
        ((prev.k === 'small' || prev.k === 'big') && arabicThenUnit(text, q));
      if (!ok) break;
    }
    const code = codeAt(text, q);
    // A digit, or a leading point (.5: the caller has checked that this point opens a number).
    if (arabicDigit(code) >= 0 || (!prev && (code === 0x2e || code === 0xff0e))) {
      if (prev && prev.k !== 'small' && prev.k !== 'big' && !(prev.k === 'digit' && prev.v === 0)) break;
      const read = readArabic(text, q);
      if (typeof read === 'number') return read;
      tokens.push(read);
      p = read.e;
      if (read.closed) break;
      continue;
    }
    const digit = DIGIT_BY_CODE[code]!;
    if (digit >= 0) {
      if (prev && prev.k === 'arabic') break;
      tokens.push({ k: 'digit', v: digit, ch: text[q]!, s: q, e: q + 1 });
      p = q + 1;
      continue;
    }
    const small = SMALL_BY_CODE[code]!;
    if (small >= 0) {
      const after = text[q + 1] ?? '';
      if (small === 1000 && UNIT_AFTER_QIAN.has(after)) break;
      // 五百分之, 十分之一: the unit closes a denominator; a bare 百分之 is a percent word.
      const denominator = (prev !== undefined || small === 10) && fractionBarAt(text, q + 1);
      if (after === '分' && !denominator && (small !== 10 || (text[q + 2] !== '钟' && text[q + 2] !== '鐘'))) break;
      tokens.push({ k: 'small', v: small, s: q, e: q + 1 });
      p = q + 1;
      continue;
    }
    const big = BIG_BY_CODE[code]!;
    if (big >= 0) {
      if (!prev) break;
      const after = text[q + 1] ?? '';
      if (big === 1e12 && UNIT_AFTER_ZHAO.has(after)) break;
      if (after === '分' && text[q + 2] === '之' && prev.k === 'fill') break;
      tokens.push({ k: 'big', v: big, s: q, e: q + 1 });
      p = q + 1;
      continue;
    }
    if (IS_CHINESE_POINT[code] === 1 && prev && prev.k !== 'arabic' && prev.k !== 'fill') {
      // 四百 点 五: spaces may stand after the point too.
      let r = skipSpaces(text, q + 1);
      let frac = '';
      while (r < text.length) {
        const d = DIGIT_BY_CODE[text.charCodeAt(r)]!;
        if (d < 0 || NOT_DIGIT_BY_DIGIT.has(text[r]!)) break;
        frac += String(d);
        r++;
      }
      if (frac === '') break;
      tokens.push({ k: 'point', frac, s: q, e: r });
      p = r;
      continue;
    }
    const fill = IS_FILLER[code] === 1 ? FILLERS.get(text[q]!) : undefined;
    if (fill && prev && prev.k !== 'fill' && prev.k !== 'point') {
      const r = skipSpaces(text, q + 1);
      if (!isUnitCode(codeAt(text, r))) break;
      tokens.push({ k: 'fill', approx: fill, s: q, e: q + 1 });
      p = q + 1;
      continue;
    }
    break;
  }
  return tokens.length > 0 ? tokens : pos + 1;
}

function endOfRun(text: string, pos: number): number {
  let p = pos;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (arabicDigit(c) >= 0 || DIGIT_BY_CODE[c]! >= 0 || isUnitCode(c) || IS_CHINESE_POINT[c] === 1 || IS_FILLER[c] === 1 || IS_INNER_SPACE[c] === 1 || c === 0x2c || c === 0x2e) p++;
    else break;
  }
  return p;
}

/** Whether an Arabic group with a unit of its own starts at `pos` (the 5千 of 7万 5千). */
function arabicThenUnit(text: string, pos: number): boolean {
  let p = pos;
  while (p < text.length && p - pos < MAX_ARABIC_DIGITS && arabicDigit(text.charCodeAt(p)) >= 0) p++;
  if (p === pos) return false;
  return isUnitCode(codeAt(text, p));
}
