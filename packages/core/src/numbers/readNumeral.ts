import {
  AMBIGUOUS_FINANCIAL,
  BIG_UNITS,
  CHINESE_DIGITS,
  CHINESE_POINT,
  DOZEN,
  DOZEN_VERB_NEXT,
  FILLERS,
  FINANCIAL_CHARS,
  HALF,
  INNER_SPACE,
  LATIN_MAGNITUDES,
  MINUS_SIGNS,
  MINUS_WORDS,
  NOT_DIGIT_BY_DIGIT,
  SMALL_UNITS,
  arabicDigit,
} from '../knowledge/numerals.js';
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
  /** `closed`: an exponent or a Latin magnitude ends the numeral (2e5, 40k). */
  | { k: 'arabic'; v: number; s: number; e: number; digits: number; closed: boolean }
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
// 分之 between a denominator and a numerator (五分之一, 二分 之一, ３ 分  之 一百五十七).
const FRACTION_BAR = /[ \t\u3000]{0,4}分[ \t\u3000]{0,4}之[ \t\u3000]{0,4}/y;
// 又 between the whole and the fraction of a mixed number (三百五十 又 3分之1).
const MIXED_JOIN = /[ \t\u3000]{0,4}又[ \t\u3000]{0,4}/y;
// 2e5, 12.32e+14, -12e-1, ２.７８９０e－１.
const EXPONENT = /[eE]([+\-＋－−]{0,3})([0-9０-９]{1,3})/y;
// 2^5, 2.5^-1, -1.1^--23.
const POWER = /\^([+\-＋－−]{0,3})([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,6})?)/y;
// Digits of a slash fraction (3/5, １６／5): plain integers, no grouping.
const SLASH_FRACTION = /[/／]([0-9０-９]{1,9})/y;
const SPACED_SLASH_FRACTION = /[ \t\u3000]{1,2}([0-9０-９]{1,9})[/／]([0-9０-９]{1,9})/y;
const DATE_SLASH = /[/／][0-9０-９]/y;
const PLAIN_INTEGER = /^[-−－]?[0-9０-９]{1,15}$/;
// A Latin magnitude stands before spaces, punctuation or 个; before other Chinese it names a format (4K视频).
const LATIN_FOLLOWER_OK = /^(?:$|[个個]|[^A-Za-z0-9０-９Ａ-Ｚａ-ｚ\u3400-\u9fff])/;

interface ReadOptions {
  /** The numeral follows 分之, so a lone 肆 or 伍 is a numerator, not a word. */
  afterFractionBar?: boolean;
}

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
  const whole = readSigned(text, start, {});
  if (typeof whole === 'number') return whole;
  return readFraction(text, whole) ?? readMixed(text, whole) ?? readSlash(text, whole) ?? withDozen(text, whole);
}

/** 半百 is 50, 半万 5000: half of a magnitude written alone. */
function readHalf(text: string, start: number): NumeralRead | number {
  const ch = text[start + 1] ?? '';
  const unit = ch === '百' || ch === '佰' ? 100 : BIG_UNITS.get(ch);
  // 半百分比 or 半万分之 read the magnitude into another word.
  if (unit === undefined || unit > 1e8 || text[start + 2] === '分') return start + 1;
  return {
    start,
    end: start + 2,
    value: unit / 2,
    script: 'chinese',
    multiplier: unit >= 1e4 ? unit : 1,
    approx: 'exact',
    loneOne: false,
    chinese: true,
    digitByDigit: false,
  };
}

/** The numerator after 分之 turns the numeral just read into a fraction (五分之一 = 0.2, 负３分之负一百五十七). */
function readFraction(text: string, den: NumeralRead): NumeralRead | undefined {
  if (den.value === 0 || den.max !== undefined || den.approx !== 'exact') return undefined;
  FRACTION_BAR.lastIndex = den.end;
  if (!FRACTION_BAR.test(text)) return undefined;
  const num = readSigned(text, FRACTION_BAR.lastIndex, { afterFractionBar: true });
  if (typeof num === 'number' || num.max !== undefined || num.approx !== 'exact') return undefined;
  return combine(den, num, num.value / den.value);
}

/** 三百五十又三分之一, 负一又二分之一: a whole number, 又, then a fraction; the sign covers both. */
function readMixed(text: string, whole: NumeralRead): NumeralRead | undefined {
  if (!Number.isInteger(whole.value) || whole.max !== undefined || whole.approx !== 'exact') return undefined;
  MIXED_JOIN.lastIndex = whole.end;
  if (!MIXED_JOIN.test(text)) return undefined;
  const den = readSigned(text, MIXED_JOIN.lastIndex, {});
  if (typeof den === 'number' || den.value < 0) return undefined;
  const fraction = readFraction(text, den);
  if (!fraction || fraction.value < 0) return undefined;
  const sign = whole.value < 0 ? -1 : 1;
  return combine(whole, fraction, sign * (Math.abs(whole.value) + fraction.value));
}

/** 3/5, -3/2 and the mixed 1 ３/5: Arabic integers around a slash, never a date (2022/6/15) or a path. */
function readSlash(text: string, whole: NumeralRead): NumeralRead | undefined {
  if (whole.script !== 'arabic' || !PLAIN_INTEGER.test(text.slice(whole.start, whole.end))) return undefined;
  const before = text[whole.start - 1] ?? '';
  if (before === '/' || before === '／') return undefined;
  SLASH_FRACTION.lastIndex = whole.end;
  const slash = SLASH_FRACTION.exec(text);
  if (slash) {
    const den = digitsValue(slash[1]!);
    if (den === 0 || followsAsDate(text, SLASH_FRACTION.lastIndex)) return undefined;
    return { ...combine(whole, whole, whole.value / den), end: SLASH_FRACTION.lastIndex };
  }
  SPACED_SLASH_FRACTION.lastIndex = whole.end;
  const mixed = SPACED_SLASH_FRACTION.exec(text);
  if (!mixed) return undefined;
  const den = digitsValue(mixed[2]!);
  if (den === 0 || followsAsDate(text, SPACED_SLASH_FRACTION.lastIndex)) return undefined;
  const sign = whole.value < 0 ? -1 : 1;
  const value = sign * (Math.abs(whole.value) + digitsValue(mixed[1]!) / den);
  return { ...combine(whole, whole, value), end: SPACED_SLASH_FRACTION.lastIndex };
}

function followsAsDate(text: string, pos: number): boolean {
  DATE_SLASH.lastIndex = pos;
  return DATE_SLASH.test(text);
}

/** A numeral spanning `first` to `last` with the given value: fractions are no magnitude and no article. */
function combine(first: NumeralRead, last: NumeralRead, value: number): NumeralRead {
  return {
    start: first.start,
    end: last.end,
    value,
    script: joinScripts(first.script, last.script),
    multiplier: 1,
    approx: 'exact',
    loneOne: false,
    chinese: first.chinese && last.chinese,
    digitByDigit: false,
  };
}

/** The script of a numeral written in two parts: Arabic with Chinese is mixed, 大写 marks the whole. */
function joinScripts(a: NumeralScript, b: NumeralScript): NumeralScript {
  if (a === b) return a;
  if (a === 'mixed' || b === 'mixed' || a === 'arabic' || b === 'arabic') return 'mixed';
  return 'financial';
}

/** 一打 is 12 and 五十打 600, unless 打 opens a verb (一打开, 统一打造). */
function withDozen(text: string, n: NumeralRead): NumeralRead {
  if (text[n.end] !== DOZEN || DOZEN_VERB_NEXT.has(text[n.end + 1] ?? '')) return n;
  const read: NumeralRead = { ...n, end: n.end + 1, value: n.value * 12, loneOne: false };
  if (n.min !== undefined && n.max !== undefined) {
    read.min = n.min * 12;
    read.max = n.max * 12;
  }
  return read;
}

/** Whether `ch` can only be a dash here: after a digit, a letter or another dash. */
function isDashPosition(text: string, start: number): boolean {
  if (start === 0) return false;
  const before = text.charCodeAt(start - 1);
  return arabicDigit(before) >= 0 || isAsciiLetter(before) || MINUS_SIGNS.has(text[start - 1] ?? '');
}

function isPoint(ch: string): boolean {
  return ch === '.' || ch === '．';
}

/** A leading point (.5) opens a number only where it is no full stop, ellipsis or version dot. */
function isLeadingPoint(text: string, pos: number): boolean {
  if (!isPoint(text[pos] ?? '') || arabicDigit(text.charCodeAt(pos + 1)) < 0) return false;
  const before = text.charCodeAt(pos - 1);
  return !(arabicDigit(before) >= 0 || isAsciiLetter(before) || isPoint(text[pos - 1] ?? ''));
}

/** A numeral with its sign (负三十二, -10000, -.5), not yet read as part of a fraction. */
function readSigned(text: string, start: number, options: ReadOptions): NumeralRead | number {
  let pos = start;
  let sign = 1;
  const first = text[pos] ?? '';
  if (MINUS_WORDS.has(first) || MINUS_SIGNS.has(first)) {
    const next = text.charCodeAt(pos + 1);
    const nextCh = text[pos + 1] ?? '';
    const startsNumber =
      arabicDigit(next) >= 0 ||
      (MINUS_SIGNS.has(first) && isLeadingPoint(text, pos + 1)) ||
      (MINUS_WORDS.has(first) && (CHINESE_DIGITS.has(nextCh) || SMALL_UNITS.has(nextCh)));
    if (!startsNumber) return start + 1;
    // A hyphen after a digit, a letter or another dash is a dash or a range, not a sign.
    if (MINUS_SIGNS.has(first) && isDashPosition(text, start)) return start + 1;
    sign = -1;
    pos += 1;
  } else if (isPoint(first) && !isLeadingPoint(text, pos)) {
    return start + 1;
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
      const numberContext = sign === -1 || options.afterFractionBar || fractionBarBefore(text, start) || fractionBarAt(text, last.e);
      if (isLoneWordChar(text, tokens) && !numberContext) return last.e;
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

/** A lone 伍, 陆, 拾 … that is more often part of a word (队伍, 陆地, 收拾) than a number. */
function isLoneWordChar(text: string, tokens: Token[]): boolean {
  if (tokens.length !== 1) return false;
  const t = tokens[0]!;
  return (t.k === 'digit' || t.k === 'small') && AMBIGUOUS_FINANCIAL.has(text[t.s] ?? '');
}

/** Whether 分之 (spaces allowed) ends right before `pos`: what follows is a numerator. */
function fractionBarBefore(text: string, pos: number): boolean {
  let p = pos - 1;
  while (p >= 0 && pos - p <= 4 && INNER_SPACE.has(text[p] ?? '')) p--;
  if (text[p] !== '之') return false;
  p--;
  while (p >= 0 && pos - p <= 12 && INNER_SPACE.has(text[p] ?? '')) p--;
  return text[p] === '分';
}

function fractionBarAt(text: string, pos: number): boolean {
  FRACTION_BAR.lastIndex = pos;
  return FRACTION_BAR.test(text);
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
    if (arabicDigit(code) >= 0) {
      if (prev && prev.k !== 'small' && prev.k !== 'big' && !(prev.k === 'digit' && prev.v === 0)) break;
      const read = readArabic(text, q);
      if (typeof read === 'number') return read;
      tokens.push(read);
      p = read.e;
      if (read.closed) break;
      continue;
    }
    if (!prev && isPoint(ch)) {
      // .5: the caller has checked that this point opens a number.
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

/**
 * An Arabic number with grouping commas and a decimal point, full-width forms included,
 * and what may close it: an exponent (2e5, 2^5) or a Latin magnitude (40k, -2.5 M).
 */
function readArabic(text: string, pos: number): Extract<Token, { k: 'arabic' }> | number {
  let p = pos;
  let digits = '';
  while (p < text.length && arabicDigit(text.charCodeAt(p)) >= 0) digits += String(arabicDigit(text.charCodeAt(p++)));
  // Grouping: a comma followed by exactly three digits.
  while (digits !== '' && (text[p] === ',' || text[p] === '，') && countDigits(text, p + 1) === 3) {
    for (let i = 1; i <= 3; i++) digits += String(arabicDigit(text.charCodeAt(p + i)));
    p += 4;
  }
  let frac = '';
  if (isPoint(text[p] ?? '') && arabicDigit(text.charCodeAt(p + 1)) >= 0) {
    let r = p + 1;
    while (r < text.length && arabicDigit(text.charCodeAt(r)) >= 0) frac += String(arabicDigit(text.charCodeAt(r++)));
    // 2022.6.15, 1.2.3: a dotted date or version, not a decimal.
    if (isPoint(text[r] ?? '') && arabicDigit(text.charCodeAt(r + 1)) >= 0) return skipDotted(text, r);
    p = r;
  }
  if (digits.length > MAX_ARABIC_DIGITS) return p;
  if (digits === '' && frac === '') return pos + 1;
  let value = Number(`${digits || '0'}.${frac || '0'}`);
  const scaled = readScale(text, p, value);
  if (scaled) {
    value = scaled.value;
    p = scaled.end;
  }
  return { k: 'arabic', v: value, s: pos, e: p, digits: digits.length, closed: scaled !== undefined };
}

/** The exponent and Latin magnitude after a mantissa (12.32e+14, 2.5^-1, 40k), if any. */
function readScale(text: string, pos: number, mantissa: number): { value: number; end: number } | undefined {
  let value = mantissa;
  let end = pos;
  let found = false;
  EXPONENT.lastIndex = pos;
  const exp = EXPONENT.exec(text);
  POWER.lastIndex = pos;
  const pow = exp ? null : POWER.exec(text);
  if (exp) {
    value = mantissa * 10 ** (signOf(exp[1]!) * digitsValue(exp[2]!));
    end = EXPONENT.lastIndex;
    found = true;
  } else if (pow) {
    value = mantissa ** (signOf(pow[1]!) * digitsValue(pow[2]!));
    end = POWER.lastIndex;
    found = true;
  }
  // An exponent glued to letters (2e5x) is a code; leave the whole to the caller's checks.
  const latinAt = INNER_SPACE.has(text[end] ?? '') ? end + 1 : end;
  const magnitude = LATIN_MAGNITUDES.get(text[latinAt] ?? '');
  if (magnitude !== undefined && LATIN_FOLLOWER_OK.test(text.slice(latinAt + 1, latinAt + 2))) {
    value *= magnitude;
    end = latinAt + 1;
    found = true;
  }
  return found && Number.isFinite(value) ? { value, end } : undefined;
}

/** The sign a run of plus and minus signs amounts to (--23 is +23). */
function signOf(signs: string): number {
  let sign = 1;
  for (const ch of signs) if (ch !== '+' && ch !== '＋') sign = -sign;
  return sign;
}

/** Value of a run of ASCII or full-width digits, with an optional point. */
function digitsValue(s: string): number {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const d = arabicDigit(s.charCodeAt(i));
    out += d >= 0 ? String(d) : '.';
  }
  return Number(out);
}

/** Whether an Arabic group with a unit of its own starts at `pos` (the 5千 of 7万 5千). */
function arabicThenUnit(text: string, pos: number): boolean {
  let p = pos;
  while (p < text.length && p - pos < MAX_ARABIC_DIGITS && arabicDigit(text.charCodeAt(p)) >= 0) p++;
  if (p === pos) return false;
  return isUnitChar(text[p] ?? '');
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
  let lastBig = 0;
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
        // 五兆六十二亿四万: magnitudes with a section of their own fall; 2万 3万 are two numbers.
        if (section !== 0 && t.v <= maxBig && t.v >= lastBig) return undefined;
        lastBig = t.v;
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
