import {
  BIG_UNITS,
  CHINESE_DIGITS,
  CHINESE_POINT,
  FILLERS,
  FINANCIAL_CHARS,
  INNER_SPACE,
  MINUS_SIGNS,
  MINUS_WORDS,
  NOT_DIGIT_BY_DIGIT,
  SMALL_UNITS,
  arabicDigit,
} from './numeralChars.js';
import type { NumeralScript } from '../models/numberMention.js';

/** A numeral read from the text, with offsets into the text it was read from. */
export interface NumeralRead {
  start: number;
  end: number;
  value: number;
  script: NumeralScript;
  /** Product of the magnitude words closing the numeral (`20.8亿` → 1e8). */
  multiplier: number;
  approx: 'exact' | 'about' | 'over';
  min?: number;
  max?: number;
  /** A lone 一/壹: in running text mostly an article (一批, 一次性), not a quantity. */
  loneOne: boolean;
  /** Written wholly in Chinese characters. */
  chinese: boolean;
  /** Written digit by digit (一九一六, 二〇一九). */
  digitByDigit: boolean;
}

type Token =
  | { k: 'digit'; v: number; ch: string; s: number; e: number }
  | { k: 'arabic'; v: number; s: number; e: number; digits: number }
  | { k: 'small'; v: number; s: number; e: number }
  | { k: 'big'; v: number; s: number; e: number }
  | { k: 'point'; frac: string; s: number; e: number }
  | { k: 'fill'; approx: 'over' | 'about'; s: number; e: number };

// A numeral longer than this is a code or garbage, not a quantity.
const MAX_TOKENS = 48;
const MAX_ARABIC_DIGITS = 20;
// 千瓦, 兆帕, 百分之: the magnitude character belongs to the unit that follows.
const UNIT_AFTER_QIAN = new Set('瓦克米伏帕焦卡赫');
const UNIT_AFTER_ZHAO = new Set('瓦帕赫焦字比位欧');

/**
 * Reads the numeral that starts at `start`, or returns the index to resume scanning from.
 * Linear in the length of the numeral; never looks further than the run of numeral characters.
 *
 * @example
 * readNumeral('约20.8亿元', 1); // { start: 1, end: 6, value: 2080000000, multiplier: 1e8, … }
 */
export function readNumeral(text: string, start: number): NumeralRead | number {
  let pos = start;
  let sign = 1;
  const first = text[pos] ?? '';
  if (MINUS_WORDS.has(first) || MINUS_SIGNS.has(first)) {
    const next = text.charCodeAt(pos + 1);
    const nextCh = text[pos + 1] ?? '';
    const startsNumber = arabicDigit(next) >= 0 || (MINUS_WORDS.has(first) && (CHINESE_DIGITS.has(nextCh) || SMALL_UNITS.has(nextCh)));
    if (!startsNumber) return start + 1;
    if (MINUS_SIGNS.has(first)) {
      // A hyphen after a digit or letter is a dash or a range, not a sign.
      const before = text.charCodeAt(start - 1);
      if (start > 0 && (arabicDigit(before) >= 0 || isAsciiLetter(before))) return start + 1;
    }
    sign = -1;
    pos += 1;
  }
  const lexed = lex(text, pos);
  if (typeof lexed === 'number') return Math.max(lexed, start + 1);
  let tokens = lexed;
  if (!evaluate(tokens)) {
    // Numbers that a space separates are separate numbers when they do not read as one.
    const gap = tokens.findIndex((t, i) => i > 0 && t.s > tokens[i - 1]!.e);
    if (gap > 0) tokens = tokens.slice(0, gap);
  }
  while (tokens.length > 0) {
    const evaluated = evaluate(tokens);
    if (evaluated) {
      const last = tokens[tokens.length - 1]!;
      const firstTok = tokens[0]!;
      const chinese = tokens.every((t) => t.k !== 'arabic');
      const loneOne = tokens.length === 1 && firstTok.k === 'digit' && firstTok.v === 1;
      if (tokens.length === 1 && firstTok.k === 'digit' && FINANCIAL_CHARS.has(firstTok.ch)) return last.e;
      if (tokens.length === 1 && firstTok.k === 'small' && FINANCIAL_CHARS.has(text[firstTok.s] ?? '')) return last.e;
      const read: NumeralRead = {
        start,
        end: last.e,
        value: sign * evaluated.value,
        script: scriptOf(text, tokens),
        multiplier: evaluated.multiplier,
        approx: evaluated.approx,
        loneOne,
        chinese,
        digitByDigit: evaluated.digitByDigit,
      };
      if (evaluated.max !== undefined) {
        read.min = sign * evaluated.value;
        read.max = sign * evaluated.max;
      }
      return read;
    }
    tokens = tokens.slice(0, -1);
  }
  return start + 1;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function scriptOf(text: string, tokens: Token[]): NumeralScript {
  let arabic = false;
  let chinese = false;
  let financial = false;
  for (const t of tokens) {
    if (t.k === 'arabic') arabic = true;
    else {
      chinese = true;
      for (let i = t.s; i < t.e; i++) if (FINANCIAL_CHARS.has(text[i] ?? '')) financial = true;
    }
  }
  if (arabic && chinese) return 'mixed';
  if (arabic) return 'arabic';
  return financial ? 'financial' : 'chinese';
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
function lex(text: string, pos: number): Token[] | number {
  const tokens: Token[] = [];
  let p = pos;
  while (p < text.length) {
    if (tokens.length >= MAX_TOKENS) return endOfRun(text, p);
    const prev = tokens[tokens.length - 1];
    let q = p;
    if (prev && INNER_SPACE.has(text[p] ?? '')) {
      q = skipSpaces(text, p);
      const ch = text[q] ?? '';
      const nextIsChinese = CHINESE_DIGITS.has(ch) || isUnitChar(ch) || CHINESE_POINT.has(ch);
      const prevIsChinese = prev.k !== 'arabic';
      const ok = nextIsChinese && (prevIsChinese || BIG_UNITS.has(ch) || SMALL_UNITS.has(ch));
      if (!ok) break;
    }
    const ch = text[q] ?? '';
    const code = text.charCodeAt(q);
    if (arabicDigit(code) >= 0) {
      if (prev && prev.k !== 'small' && prev.k !== 'big' && !(prev.k === 'digit' && prev.v === 0)) break;
      const read = readArabic(text, q);
      if (typeof read === 'number') return read;
      tokens.push(read);
      p = read.e;
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
      if (after === '分' && (small !== 10 || text[q + 2] !== '钟' && text[q + 2] !== '鐘')) break;
      tokens.push({ k: 'small', v: small, s: q, e: q + 1 });
      p = q + 1;
      continue;
    }
    const big = BIG_UNITS.get(ch);
    if (big !== undefined) {
      if (!prev) break;
      const after = text[q + 1] ?? '';
      if (big === 1e12 && UNIT_AFTER_ZHAO.has(after)) break;
      if (after === '分' && text[q + 2] === '之') break;
      tokens.push({ k: 'big', v: big, s: q, e: q + 1 });
      p = q + 1;
      continue;
    }
    if (CHINESE_POINT.has(ch) && prev && prev.k !== 'arabic' && prev.k !== 'fill') {
      let r = q + 1;
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

/** An Arabic number with grouping commas and a decimal point, full-width forms included. */
function readArabic(text: string, pos: number): Token | number {
  let p = pos;
  let digits = '';
  while (p < text.length && arabicDigit(text.charCodeAt(p)) >= 0) digits += String(arabicDigit(text.charCodeAt(p++)));
  // Grouping: a comma followed by exactly three digits.
  while ((text[p] === ',' || text[p] === '，') && countDigits(text, p + 1) === 3) {
    for (let i = 1; i <= 3; i++) digits += String(arabicDigit(text.charCodeAt(p + i)));
    p += 4;
  }
  let frac = '';
  if ((text[p] === '.' || text[p] === '．') && arabicDigit(text.charCodeAt(p + 1)) >= 0) {
    let r = p + 1;
    while (r < text.length && arabicDigit(text.charCodeAt(r)) >= 0) frac += String(arabicDigit(text.charCodeAt(r++)));
    // 2022.6.15, 1.2.3: a dotted date or version, not a decimal.
    if ((text[r] === '.' || text[r] === '．') && arabicDigit(text.charCodeAt(r + 1)) >= 0) return skipDotted(text, r);
    p = r;
  }
  if (digits.length > MAX_ARABIC_DIGITS) return p;
  const value = Number(frac ? `${digits}.${frac}` : digits);
  return { k: 'arabic', v: value, s: pos, e: p, digits: digits.length };
}

function skipDotted(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && (arabicDigit(text.charCodeAt(p)) >= 0 || text[p] === '.' || text[p] === '．')) p++;
  return p;
}

function countDigits(text: string, pos: number): number {
  let n = 0;
  while (arabicDigit(text.charCodeAt(pos + n)) >= 0) n++;
  return n;
}

interface Evaluated {
  value: number;
  multiplier: number;
  approx: 'exact' | 'about' | 'over';
  digitByDigit: boolean;
  max?: number;
}

// Pairs read as "two or three": 两三, 三四, 五六 … and the common 三五.
function isVaguePair(a: number, b: number): boolean {
  return a > 0 && (b === a + 1 || (a === 3 && b === 5));
}

/** Evaluates tokens as one numeral, or undefined when they do not form one. */
function evaluate(tokens: Token[]): Evaluated | undefined {
  const t0 = tokens[0];
  const t1 = tokens[1];
  if (t0?.k === 'digit' && t1?.k === 'digit' && isVaguePair(t0.v, t1.v) && (tokens.length === 2 || tokens[2]?.k !== 'digit')) {
    const rest = tokens.slice(2);
    if (rest.every((t) => t.k === 'small' || t.k === 'big')) {
      const low = evaluate([t0, ...rest]);
      const high = evaluate([t1, ...rest]);
      if (low && high) return { ...low, approx: 'about', max: high.value };
    }
  }
  let total = 0;
  let section = 0;
  let pending: number | undefined;
  let pendingSingle = false;
  let lastUnit = 0;
  let zeroSinceUnit = false;
  let maxBig = 0;
  let frac = 0;
  let approx: Evaluated['approx'] = 'exact';
  let digitByDigit = false;
  let sawNumber = false;
  let trailingMultiplier = 1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    switch (t.k) {
      case 'digit': {
        let j = i;
        let run = '';
        let hasNoRun = false;
        while (j < tokens.length && tokens[j]!.k === 'digit') {
          const d = tokens[j] as Extract<Token, { k: 'digit' }>;
          if (NOT_DIGIT_BY_DIGIT.has(d.ch)) hasNoRun = true;
          run += String(d.v);
          j++;
        }
        if (pending !== undefined) return undefined;
        // After a unit, 零 only marks a gap: 一百零一万 is 101万, not 一百 and 01.
        if (run.length > 1 && run[0] === '0' && lastUnit > 0) {
          zeroSinceUnit = true;
          run = run.replace(/^0+/, '');
          if (run.length === 0) {
            i = j - 1;
            break;
          }
          if (run.length === 1) {
            pending = Number(run);
            pendingSingle = true;
            sawNumber = true;
            trailingMultiplier = 1;
            i = j - 1;
            break;
          }
        }
        if (run.length === 1) {
          if (t.v === 0) zeroSinceUnit = true;
          else {
            pending = t.v;
            pendingSingle = true;
          }
        } else {
          // A digit-by-digit run may not follow a small unit (十四五 is 14 and 5) nor hold 两.
          if (hasNoRun || (lastUnit > 0 && lastUnit < 1e4)) return undefined;
          if (tokens.slice(j).some((x) => x.k === 'small' || x.k === 'big')) return undefined;
          pending = Number(run);
          pendingSingle = false;
          digitByDigit = true;
          i = j - 1;
        }
        sawNumber = true;
        trailingMultiplier = 1;
        break;
      }
      case 'arabic':
        if (pending !== undefined) return undefined;
        pending = t.v;
        pendingSingle = false;
        sawNumber = true;
        trailingMultiplier = 1;
        break;
      case 'small': {
        if (pending === undefined) {
          const canImplyOne = (section === 0 && total === 0) || zeroSinceUnit || lastUnit >= 1e4;
          if (!canImplyOne) return undefined;
          pending = 1;
        }
        if (lastUnit > 0 && lastUnit < 1e4 && t.v >= lastUnit) return undefined;
        section += pending * t.v;
        pending = undefined;
        pendingSingle = false;
        lastUnit = t.v;
        zeroSinceUnit = false;
        sawNumber = true;
        trailingMultiplier = 1;
        break;
      }
      case 'big': {
        section += pending ?? 0;
        pending = undefined;
        pendingSingle = false;
        if (section === 0 && total === 0) return undefined;
        if (t.v > maxBig) {
          total = (total + section) * t.v;
          maxBig = t.v;
        } else if (section === 0) {
          total *= t.v;
        } else {
          total += section * t.v;
        }
        section = 0;
        lastUnit = t.v;
        zeroSinceUnit = false;
        trailingMultiplier *= t.v;
        break;
      }
      case 'point': {
        if (pending !== undefined) {
          if (pendingSingle && lastUnit > 10 && !zeroSinceUnit) pending *= lastUnit / 10;
          pending = Number(`${pending}.${t.frac}`);
          pendingSingle = false;
        } else {
          frac = Number(`0.${t.frac}`);
        }
        trailingMultiplier = 1;
        break;
      }
      case 'fill': {
        approx = t.approx;
        break;
      }
    }
  }
  if (!sawNumber) return undefined;
  if (tokens[tokens.length - 1]?.k === 'fill') return undefined;
  if (pending !== undefined) {
    // 一万三 is 13000 and 两千四百五 is 2450: a last digit takes the next unit down.
    if (pendingSingle && lastUnit > 10 && !zeroSinceUnit) pending *= lastUnit / 10;
    section += pending;
  }
  const value = total + section + frac;
  if (!Number.isFinite(value)) return undefined;
  return { value, multiplier: trailingMultiplier, approx, digitByDigit };
}
