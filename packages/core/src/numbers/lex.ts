/** Lexing: a run of numeral characters split into tokens (digits, units, magnitudes, points, fillers). */
import { BIG_UNITS, CHINESE_DIGITS, CHINESE_POINT, FILLERS, INNER_SPACE, NOT_DIGIT_BY_DIGIT, SMALL_UNITS, arabicDigit } from '../knowledge/numerals.js';
import { MAX_ARABIC_DIGITS, isPoint, readArabic } from './arabic.js';
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
  while (p >= 0 && pos - p <= 4 && INNER_SPACE.has(text[p] ?? '')) p--;
  if (text[p] !== '之') return false;
  p--;
  while (p >= 0 && pos - p <= 12 && INNER_SPACE.has(text[p] ?? '')) p--;
  return text[p] === '分';
}

function skipSpaces(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && p - pos < 4 && INNER_SPACE.has(text[p] ?? '')) p++;
  return p;
}

function isUnitChar(ch: string): boolean {
  return SMALL_UNITS.has(ch) || BIG_UNITS.has(ch);
}

/** Splits the run of numeral characters at `pos` into tokens; a number means "too long, resume there". */
export function lex(text: string, pos: number): Token[] | number {
  const tokens: Token[] = [];
  let p = pos;
  while (p < text.length) {
    if (tokens.length >= MAX_TOKENS) return endOfRun(text, p);
    const prev = tokens[tokens.length - 1];
    let q = p;
    if (prev && INNER_SPACE.has(text[p] ?? '')) {
      q = skipSpaces(text, p);
      const ch = text[q] ?? '';
      const nextIsChinese = CHINESE_DIGITS.has(ch) || isUnitChar(ch) || CHINESE_POINT.has(ch) || FILLERS.has(ch);
      const prevIsChinese = prev.k !== 'arabic';
      const ok =
        (nextIsChinese && (prevIsChinese || BIG_UNITS.has(ch) || SMALL_UNITS.has(ch))) ||
        // 7万 5千 4百: after a unit, an Arabic group that carries its own unit continues the numeral.
        ((prev.k === 'small' || prev.k === 'big') && arabicThenUnit(text, q));
      if (!ok) break;
    }
    const ch = text[q] ?? '';
    const code = text.charCodeAt(q);
    // A digit, or a leading point (.5: the caller has checked that this point opens a number).
    if (arabicDigit(code) >= 0 || (!prev && isPoint(ch))) {
      if (prev && prev.k !== 'small' && prev.k !== 'big' && !(prev.k === 'digit' && prev.v === 0)) break;
      const read = readArabic(text, q);
      if (typeof read === 'number') return read;
      tokens.push(read);
      p = read.e;
      if (read.closed) break;
      continue;
    }
    const digit = CHINESE_DIGITS.get(ch);
    if (digit !== undefined) {
      if (prev && prev.k === 'arabic') break;
      tokens.push({ k: 'digit', v: digit, ch, s: q, e: q + 1 });
      p = q + 1;
      continue;
    }
    const small = SMALL_UNITS.get(ch);
    if (small !== undefined) {
      const after = text[q + 1] ?? '';
      if (small === 1000 && UNIT_AFTER_QIAN.has(after)) break;
      // 五百分之, 十分之一: the unit closes a denominator; a bare 百分之 is a percent word.
      const denominator = (prev !== undefined || small === 10) && fractionBarAt(text, q + 1);
      if (after === '分' && !denominator && (small !== 10 || (text[q + 2] !== '钟' && text[q + 2] !== '鐘'))) break;
      tokens.push({ k: 'small', v: small, s: q, e: q + 1 });
      p = q + 1;
      continue;
    }
    const big = BIG_UNITS.get(ch);
    if (big !== undefined) {
      if (!prev) break;
      const after = text[q + 1] ?? '';
      if (big === 1e12 && UNIT_AFTER_ZHAO.has(after)) break;
      if (after === '分' && text[q + 2] === '之' && prev.k === 'fill') break;
      tokens.push({ k: 'big', v: big, s: q, e: q + 1 });
      p = q + 1;
      continue;
    }
    if (CHINESE_POINT.has(ch) && prev && prev.k !== 'arabic' && prev.k !== 'fill') {
      // 四百 点 五: spaces may stand after the point too.
      let r = skipSpaces(text, q + 1);
      let frac = '';
      while (r < text.length) {
        const d = CHINESE_DIGITS.get(text[r] ?? '');
        if (d === undefined || NOT_DIGIT_BY_DIGIT.has(text[r] ?? '')) break;
        frac += String(d);
        r++;
      }
      if (frac === '') break;
      tokens.push({ k: 'point', frac, s: q, e: r });
      p = r;
      continue;
    }
    const fill = FILLERS.get(ch);
    if (fill && prev && prev.k !== 'fill' && prev.k !== 'point') {
      const r = skipSpaces(text, q + 1);
      if (!isUnitChar(text[r] ?? '')) break;
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
    const ch = text[p] ?? '';
    const c = text.charCodeAt(p);
    if (arabicDigit(c) >= 0 || CHINESE_DIGITS.has(ch) || isUnitChar(ch) || CHINESE_POINT.has(ch) || FILLERS.has(ch) || INNER_SPACE.has(ch) || ch === ',' || ch === '.') p++;
    else break;
  }
  return p;
}

/** Whether an Arabic group with a unit of its own starts at `pos` (the 5千 of 7万 5千). */
function arabicThenUnit(text: string, pos: number): boolean {
  let p = pos;
  while (p < text.length && p - pos < MAX_ARABIC_DIGITS && arabicDigit(text.charCodeAt(p)) >= 0) p++;
  if (p === pos) return false;
  return isUnitChar(text[p] ?? '');
}
