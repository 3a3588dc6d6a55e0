/** Compound forms around a numeral: fractions (五分之一, 3/5), mixed numbers (三又三分之一), 半百, dozens (五十打). */
import { BIG_UNITS, DOZEN, DOZEN_VERB_NEXT } from '../knowledge/numerals.js';
import type { NumeralScript } from '../models/numberMention.js';
import { digitsValue } from './arabic.js';
import { FRACTION_BAR } from './lex.js';
import type { NumeralRead } from './numeralRead.js';
import { readSigned } from './signed.js';

// 又 between the whole and the fraction of a mixed number (三百五十 又 3分之1).
const MIXED_JOIN = /[ \t\u3000]{0,4}又[ \t\u3000]{0,4}/y;

// Digits of a slash fraction (3/5, １６／5): plain integers, no grouping.
const SLASH_FRACTION = /[/／]([0-9０-９]{1,9})/y;

const SPACED_SLASH_FRACTION = /[ \t\u3000]{1,2}([0-9０-９]{1,9})[/／]([0-9０-９]{1,9})/y;

const DATE_SLASH = /[/／][0-9０-９]/y;

const PLAIN_INTEGER = /^[-−－]?[0-9０-９]{1,15}$/;

/** 半百 is 50, 半万 5000: half of a magnitude written alone. */
export function readHalf(text: string, start: number): NumeralRead | number {
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
export function readFraction(text: string, den: NumeralRead): NumeralRead | undefined {
  if (den.value === 0 || den.max !== undefined || den.approx !== 'exact') return undefined;
  FRACTION_BAR.lastIndex = den.end;
  if (!FRACTION_BAR.test(text)) return undefined;
  const num = readSigned(text, FRACTION_BAR.lastIndex, { afterFractionBar: true });
  if (typeof num === 'number' || num.max !== undefined || num.approx !== 'exact') return undefined;
  return combine(den, num, num.value / den.value);
}

/** 三百五十又三分之一, 负一又二分之一: a whole number, 又, then a fraction; the sign covers both. */
export function readMixed(text: string, whole: NumeralRead): NumeralRead | undefined {
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
export function readSlash(text: string, whole: NumeralRead): NumeralRead | undefined {
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
export function withDozen(text: string, n: NumeralRead): NumeralRead {
  if (text[n.end] !== DOZEN || DOZEN_VERB_NEXT.has(text[n.end + 1] ?? '')) return n;
  const read: NumeralRead = { ...n, end: n.end + 1, value: n.value * 12, loneOne: false };
  if (n.min !== undefined && n.max !== undefined) {
    read.min = n.min * 12;
    read.max = n.max * 12;
  }
  return read;
}
