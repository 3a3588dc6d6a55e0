/** Arabic numbers inside a numeral: digits, grouping commas, a decimal point, exponents and Latin magnitudes. */
import { LATIN_MAGNITUDES, arabicDigit } from '../knowledge/numerals.js';
import { IS_INNER_SPACE, codeAt } from './codeTables.js';
import type { Token } from './numeralRead.js';

export const MAX_ARABIC_DIGITS = 20;

// 2e5, 12.32e+14, -12e-1, ２.７８９０e－１.
const EXPONENT = /[eE]([+\-＋－−]{0,3})([0-9０-９]{1,3})/y;

// 2^5, 2.5^-1, -1.1^--23.
const POWER = /\^([+\-＋－−]{0,3})([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,6})?)/y;

// A Latin magnitude stands before spaces, punctuation or 个; before other Chinese it names a format (4K视频).
const LATIN_FOLLOWER_OK = /^(?:$|[个個]|[^A-Za-z0-9０-９Ａ-Ｚａ-ｚ\u3400-\u9fff])/;

// The first character of each Latin magnitude, so that most numbers need no string to look one up.
const IS_LATIN_MAGNITUDE = new Uint8Array(0x10000);
for (const ch of LATIN_MAGNITUDES.keys()) IS_LATIN_MAGNITUDE[ch.charCodeAt(0)] = 1;

export function isPoint(ch: string): boolean {
  return ch === '.' || ch === '．';
}

/** A leading point (.5) opens a number only where it is no full stop, ellipsis or version dot. */
export function isLeadingPoint(text: string, pos: number): boolean {
  if (!isPoint(text[pos] ?? '') || arabicDigit(text.charCodeAt(pos + 1)) < 0) return false;
  const before = text.charCodeAt(pos - 1);
  return !(arabicDigit(before) >= 0 || isAsciiLetter(before) || isPoint(text[pos - 1] ?? ''));
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * An Arabic number with grouping commas and a decimal point, full-width forms included,
 * and what may close it: an exponent (2e5, 2^5) or a Latin magnitude (40k, -2.5 M).
 */
export function readArabic(text: string, pos: number): Extract<Token, { k: 'arabic' }> | number {
  let p = pos;
  while (p < text.length && arabicDigit(text.charCodeAt(p)) >= 0) p++;
  let digits = asciiDigits(text, pos, p);
  // Grouping: a comma followed by exactly three digits.
  while (digits !== '' && (text[p] === ',' || text[p] === '，') && countDigits(text, p + 1) === 3) {
    digits += asciiDigits(text, p + 1, p + 4);
    p += 4;
  }
  let frac = '';
  if (isPoint(text[p] ?? '') && arabicDigit(text.charCodeAt(p + 1)) >= 0) {
    let r = p + 1;
    while (r < text.length && arabicDigit(text.charCodeAt(r)) >= 0) r++;
    frac = asciiDigits(text, p + 1, r);
    // 2022.6.15, 1.2.3: a dotted date or version, not a decimal.
    if (isPoint(text[r] ?? '') && arabicDigit(text.charCodeAt(r + 1)) >= 0) return skipDotted(text, r);
    p = r;
  }
  if (digits.length > MAX_ARABIC_DIGITS) return p;
  if (digits === '' && frac === '') return pos + 1;
  // A whole number needs no decimal string built for it (most numbers are whole).
  let value = frac === '' ? Number(digits) : Number(`${digits || '0'}.${frac}`);
  const scaled = readScale(text, p, value);
  if (scaled) {
    value = scaled.value;
    p = scaled.end;
  }
  return { k: 'arabic', v: value, s: pos, e: p, digits: digits.length, closed: scaled !== undefined };
}

/** The digits of text[from, to) (all ASCII or full-width digits) written in ASCII. */
function asciiDigits(text: string, from: number, to: number): string {
  let ascii = true;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) > 0x39) {
      ascii = false;
      break;
    }
  }
  // Most numbers are ASCII already: one slice instead of a string per digit.
  if (ascii) return text.slice(from, to);
  let out = '';
  for (let i = from; i < to; i++) out += String(arabicDigit(text.charCodeAt(i)));
  return out;
}

/** The exponent and Latin magnitude after a mantissa (12.32e+14, 2.5^-1, 40k), if any. */
function readScale(text: string, pos: number, mantissa: number): { value: number; end: number } | undefined {
  let value = mantissa;
  let end = pos;
  let found = false;
  // The regexes only where their first character stands: most numbers have no exponent.
  const first = codeAt(text, pos);
  EXPONENT.lastIndex = pos;
  const exp = first === 0x65 || first === 0x45 ? EXPONENT.exec(text) : null;
  POWER.lastIndex = pos;
  const pow = exp || first !== 0x5e ? null : POWER.exec(text);
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
  const latinAt = IS_INNER_SPACE[codeAt(text, end)] === 1 ? end + 1 : end;
  const magnitude = IS_LATIN_MAGNITUDE[codeAt(text, latinAt)] === 1 ? LATIN_MAGNITUDES.get(text[latinAt]!) : undefined;
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
export function digitsValue(s: string): number {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const d = arabicDigit(s.charCodeAt(i));
    out += d >= 0 ? String(d) : '.';
  }
  return Number(out);
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
