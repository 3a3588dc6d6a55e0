import type { Approx, Figure, FigureKind } from '../models/figure.js';
import { scanNumerals } from '../numbers/scanNumerals.js';
import type { NumeralRead } from '../numbers/readNumeral.js';
import { CHINESE_DIGITS } from '../knowledge/numerals.js';
import { tidyNumber } from '../numbers/tidyNumber.js';
import type { ExtractionContext } from '../engine/context.js';
import { findExcludedRanges, inRanges } from '../text/exclusions.js';
import { toOriginalSpan } from '../text/normalize.js';
import { localCurrency } from '../text/region.js';
import { findPercentWords } from './percentWords.js';
import { INNER, qualifierAfter, qualifierBefore } from './qualifiers.js';
import { MONEY_PARTS, matchUnit, type UnitEntry } from './units.js';

/** A numeral with what directly follows it: an inner 余/多 and a unit. */
interface Atom {
  numeral: NumeralRead;
  inner?: { word: string; approx: Approx } | undefined;
  unit?: UnitEntry | undefined;
  /** Where the unit starts and ends (equal to the numeral's end when there is none). */
  unitStart: number;
  end: number;
  /** Extra value the unit carries (七成六 → 6 more percent). */
  extra: number;
}

/** A figure before its value is fixed, in normalised offsets. */
interface Draft {
  start: number;
  end: number;
  kind: FigureKind;
  unit: string | undefined;
  unitText: string | undefined;
  value: number;
  min?: number;
  max?: number;
  numberStart: number;
  numberEnd: number;
  multiplier: number;
  qualifiers: Array<{ word: string; approx: Approx }>;
}

const SPACE = /[ \t\u3000\u00A0]{0,2}/y;
const RANGE_SEP = /[ \t]?(?:至|到|~|～|〜|-|－|——|—|–|－－)[ \t]?/y;
// 百分之, 千分之, 百万分之 (parts per million): a denominator written in magnitudes alone.
const PERCENT_PREFIX = /([百佰千仟万萬亿億][十拾百佰千仟万萬亿億]{0,3})[ \t\u3000]*分[ \t\u3000]*之[ \t\u3000]*$/;
// A currency written before the amount: a sign, a code, or 人民币 (人民币 8千元).
// A currency's name before the amount (新台币300亿元, 港币50亿元) names the currency of a bare 元 or of a
// bare amount with a magnitude (新臺幣300億); 兑美元6.9 stays no figure.
const CURRENCY_SIGN = /(US\$|HK\$|NT\$|RMB|CNY|USD|人民币|人民幣|新台币|新臺幣|新台幣|港币|港幣|港元|美元|欧元|歐元|日元|日圓|英镑|英鎊|[$＄￥¥€£])[ \t\u3000]{0,2}$/;
const SIGN_CURRENCY: Readonly<Record<string, string>> = {
  US$: 'USD', HK$: 'HKD', NT$: 'TWD', RMB: 'CNY', CNY: 'CNY', USD: 'USD', 人民币: 'CNY', 人民幣: 'CNY',
  新台币: 'TWD', 新臺幣: 'TWD', 新台幣: 'TWD', 港币: 'HKD', 港幣: 'HKD', 港元: 'HKD', 美元: 'USD', 欧元: 'EUR', 歐元: 'EUR',
  日元: 'JPY', 日圓: 'JPY', 英镑: 'GBP', 英鎊: 'GBP',
  $: 'USD', '＄': 'USD', '￥': 'CNY', '¥': 'CNY', '€': 'EUR', '£': 'GBP',
};
const MAGNITUDE_VALUE: Readonly<Record<string, number>> = {
  十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1e3, 仟: 1e3, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8,
};
// 7 2 折: a discount written digit by digit, spaces between.
const SPACED_DISCOUNT = /([0-9０-９])[ \t\u3000]{0,2}折/y;
// 一百五十    个百分点, 六 个 百 分点: percentage points written with spaces.
const SPACED_POINTS = /[ \t\u3000]{0,4}[个個][ \t\u3000]{0,4}百[ \t\u3000]{0,4}分[ \t\u3000]{0,4}[点點]/y;
// 折扣, 折旧, 折算 …: the 折 opens another word.
const ZHE_STARTS_WORD = new Set('扣叠疊腾騰合算旧舊射线線价價返');
// 三大研究集群 counts three clusters; 十九大 and 二十大 are Party congresses, 五大学 is no count.
const DA_NOT_BEFORE = '学學楼樓厦廈道街桥橋会會厅廳院型中小大';
const DA_NOT_FOLLOWED = /^(?:以来|以來|精神|报告|報告|代表|召开|召開|胜利|勝利|期间|期間|闭幕|閉幕|开幕|開幕|常委|上)/;
const CLAUSE_BREAK = /[，。；！？,;!?\n]/;
const MONEY_WORDS = /[花费費价價卖賣买買钱錢付售元]/;
const OPEN_QUOTES = '“"「『‘';
const CLOSE_QUOTES = '”"」』’';

/**
 * Builds figures from the numerals of the context's text: units, qualifiers, ranges,
 * percent words and money sub-units, with the rules that keep dates, codes, ordinals,
 * idioms and slogans out. One pass over the numerals.
 */
export function assembleFigures(ctx: ExtractionContext): Figure[] {
  const text = ctx.text;
  const numerals = scanNumerals(text);
  const excluded = findExcludedRanges(text);
  const cursor = { i: 0 };
  const drafts: Draft[] = [];
  let coveredUntil = 0;
  for (let i = 0; i < numerals.length; i++) {
    const n = numerals[i]!;
    // A numeral a figure already spans (the 2 of 7 2 折) is part of it.
    if (n.start < coveredUntil) continue;
    if (inRanges(excluded, n.start, cursor)) continue;
    if (isInsideCode(text, n)) continue;
    const first = readAtom(ctx, n);
    let last = first;
    let second: Atom | undefined;
    const next = numerals[i + 1];
    if (next) {
      const sepStart = first.unit ? first.end : first.unitStart;
      RANGE_SEP.lastIndex = sepStart;
      const sep = RANGE_SEP.exec(text);
      // 15%-20%, 3万-5万元: after a unit or a magnitude the reader takes the dash for a minus sign.
      const dashed = next.start === sepStart ? dashAsSeparator(text, next) : undefined;
      if (((sep && RANGE_SEP.lastIndex === next.start) || dashed) && !first.inner) {
        const candidate = readAtom(ctx, dashed ?? next);
        if (candidate.unit && (!first.unit || first.unit.kind === candidate.unit.kind)) second = candidate;
      }
    }
    let draft: Draft | undefined;
    if (second) {
      draft = rangeDraft(ctx, first, second);
      if (draft) {
        last = second;
        i++;
      }
    }
    draft ??= singleDraft(ctx, first, coveredUntil);
    if (!draft) continue;
    if (!keepDraft(ctx, draft, first)) continue;
    addQualifiers(text, draft, last, coveredUntil);
    if (draft.kind === 'money') i = addMoneyParts(ctx, draft, numerals, i);
    drafts.push(draft);
    coveredUntil = draft.end;
  }
  return withPercentWords(ctx, drafts, excluded).map((d) => toFigure(ctx, d));
}

/** The numeral after a range dash that was read as its minus sign (the -20 of 15%-20%), read without it. */
function dashAsSeparator(text: string, n: NumeralRead): NumeralRead | undefined {
  const ch = text[n.start] ?? '';
  if ((ch !== '-' && ch !== '－') || !(n.value < 0)) return undefined;
  const read: NumeralRead = { ...n, start: n.start + 1, value: -n.value };
  if (n.min !== undefined && n.max !== undefined) {
    read.min = -n.max;
    read.max = -n.min;
  }
  return read;
}

/** Adds the rates written as words (半成, 打对折) where no numeral figure covers them, in text order. */
function withPercentWords(ctx: ExtractionContext, drafts: Draft[], excluded: Array<[number, number]>): Draft[] {
  const words = findPercentWords(ctx.text);
  if (words.length === 0) return drafts;
  const cursor = { i: 0 };
  const added: Draft[] = [];
  // Both lists are in text order, so one forward pointer finds the drafts a word could overlap.
  let j = 0;
  for (const w of words) {
    if (inRanges(excluded, w.start, cursor)) continue;
    while (j < drafts.length && drafts[j]!.end <= w.start) j++;
    const d0 = drafts[j];
    if (d0 && d0.start < w.end) continue;
    const d: Draft = {
      start: w.start,
      end: w.end,
      kind: 'percent',
      unit: '%',
      unitText: w.text,
      value: w.value,
      numberStart: w.start,
      numberEnd: w.start + 1,
      multiplier: 1,
      qualifiers: [],
    };
    const before = qualifierBefore(ctx.text, d.start, j > 0 ? drafts[j - 1]!.end : 0);
    if (before) {
      d.start -= before.word.length;
      d.qualifiers.push(before);
    }
    added.push(d);
  }
  return [...drafts, ...added].sort((a, b) => a.start - b.start);
}

function readAtom(ctx: ExtractionContext, n: NumeralRead): Atom {
  const text = ctx.text;
  let p = n.end;
  let inner: Atom['inner'];
  const innerApprox = INNER.get(text[p] ?? '');
  if (innerApprox && n.approx === 'exact') {
    SPACE.lastIndex = p + 1;
    SPACE.exec(text);
    if (unitAt(ctx, n, SPACE.lastIndex)) {
      inner = { word: text[p]!, approx: innerApprox };
      p += 1;
    }
  }
  SPACE.lastIndex = p;
  SPACE.exec(text);
  const q = SPACE.lastIndex;
  const found = unitAt(ctx, n, q);
  if (!found) return { numeral: n, inner, unitStart: n.end, end: n.end, extra: 0 };
  let end = q + found.length;
  // 元/平方米, 微克/立方米: a rate keeps its denominator in the unit as written.
  if ((text[end] === '/' || text[end] === '／') && found.unit.kind !== 'percent') {
    const per = matchUnit(text, end + 1);
    if (per && per.kind !== 'percent') end += 1 + per.text.length;
  }
  return { numeral: n, inner, unit: found.unit, unitStart: q, end, extra: found.extra };
}

/** The unit at `pos` for numeral `n`, with the checks that need the numeral itself. */
function unitAt(ctx: ExtractionContext, n: NumeralRead, pos: number): { unit: UnitEntry; length: number; extra: number } | undefined {
  const text = ctx.text;
  // Before matchUnit, which would stop at the 个 of 一 百 五 十 个 百 分 点.
  SPACED_POINTS.lastIndex = pos;
  if (SPACED_POINTS.test(text)) return { unit: SPACED_POINT_UNIT, length: SPACED_POINTS.lastIndex - pos, extra: 0 };
  const unit = matchUnit(text, pos);
  if (unit) {
    const length = unit.text.length;
    if (unit.kind === 'duration' && unit.unit === '年' && !isDurationYear(ctx, n, pos)) return undefined;
    if (unit.text === '起' && isYearNumber(n)) return undefined;
    if (unit.kind === 'percent' && unit.text === '成') {
      if (n.value > 10 || n.value <= 0) return undefined;
      // 七成六, 七成 六 (76%), 三成半 (35%); 七成六家 counts households instead.
      const gap = INNER_SPACE_CHARS.includes(text[pos + 1] ?? '') ? 1 : 0;
      const after = text[pos + 1 + gap] ?? '';
      const digit = CHINESE_DIGITS.get(after);
      const afterEnd = pos + 2 + gap;
      if (digit !== undefined && !CHINESE_DIGITS.has(text[afterEnd] ?? '') && !matchUnit(text, afterEnd)) {
        return { unit, length: 2 + gap, extra: digit };
      }
      if (after === '半' && gap === 0) return { unit, length: 2, extra: 5 };
    }
    if (unit.text === '块' || unit.text === '塊') {
      if (clauseMentionsMoney(text, n.start)) return { unit: LOCAL_KUAI, length, extra: 0 };
    }
    return { unit, length, extra: 0 };
  }
  if (text[pos] === '折' && !ZHE_STARTS_WORD.has(text[pos + 1] ?? '')) {
    const v = n.value;
    if (v > 0 && v !== 10 && v < 100) return { unit: DISCOUNT, length: 1, extra: 0 };
  }
  const spacedDiscount = spacedDiscountAt(text, n, pos);
  if (spacedDiscount) return spacedDiscount;
  if (text[pos] === '大' && n.chinese && pos === n.end && isCountDa(text, n, pos)) return { unit: DA, length: 1, extra: 0 };
  return undefined;
}

/** 7 2 折 is 72%: a single digit, then the second digit of the rate, then 折. */
function spacedDiscountAt(text: string, n: NumeralRead, pos: number): { unit: UnitEntry; length: number; extra: number } | undefined {
  if (pos === n.end || n.end - n.start !== 1 || !Number.isInteger(n.value) || n.value < 1 || n.value > 9) return undefined;
  SPACED_DISCOUNT.lastIndex = pos;
  const m = SPACED_DISCOUNT.exec(text);
  if (!m || ZHE_STARTS_WORD.has(text[SPACED_DISCOUNT.lastIndex] ?? '')) return undefined;
  const digit = m[1]!.charCodeAt(0);
  const extra = digit >= 0xff10 ? digit - 0xff10 : digit - 0x30;
  return { unit: DISCOUNT, length: SPACED_DISCOUNT.lastIndex - pos, extra };
}

const INNER_SPACE_CHARS = ' \t\u3000';
const SPACED_POINT_UNIT: UnitEntry = { text: '个百分点', kind: 'percentagePoint', unit: '个百分点', factor: 1 };
const LOCAL_KUAI: UnitEntry = { text: '块', kind: 'money', unit: 'local', factor: 1 };
const DISCOUNT: UnitEntry = { text: '折', kind: 'percent', unit: '%', factor: 10 };
const DA: UnitEntry = { text: '大', kind: 'count', unit: '大', factor: 1 };

function isCountDa(text: string, n: NumeralRead, pos: number): boolean {
  const after = text[pos + 1] ?? '';
  if (after === '' || DA_NOT_BEFORE.includes(after)) return false;
  if (DA_NOT_FOLLOWED.test(text.slice(pos + 1, pos + 3))) return false;
  const before = text.slice(Math.max(0, n.start - 2), n.start);
  return !/(?:的|第)$/.test(before);
}

function clauseMentionsMoney(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0 && i >= pos - 20; i--) {
    const ch = text[i] ?? '';
    if (CLAUSE_BREAK.test(ch)) break;
    if (MONEY_WORDS.test(ch)) return true;
  }
  return false;
}

function isYearNumber(n: NumeralRead): boolean {
  if (n.digitByDigit && n.chinese) return true;
  return n.multiplier === 1 && Number.isInteger(n.value) && n.value >= 1000 && n.value <= 2999 && n.end - n.start === 4;
}

/** 3年 and 35年 are spans of time; 2022年, 二〇一九年, 90年代 and ROC years on Taiwan pages are dates. */
function isDurationYear(ctx: ExtractionContext, n: NumeralRead, pos: number): boolean {
  if (isYearNumber(n)) return false;
  const text = ctx.text;
  const before = text.slice(Math.max(0, n.start - 2), n.start);
  if (/民[国國]$/.test(before)) return false;
  if (ctx.region === 'taiwan' && !n.chinese && Number.isInteger(n.value) && n.value >= 30 && n.value <= 130) {
    const qualified = qualifierBefore(text, n.start) !== undefined;
    const after = text[pos + 1] ?? '';
    if (!qualified && !'来來内內间間多半期'.includes(after)) return false;
  }
  return true;
}

function singleDraft(ctx: ExtractionContext, a: Atom, floor: number): Draft | undefined {
  const text = ctx.text;
  const n = a.numeral;
  const prefix = PERCENT_PREFIX.exec(text.slice(Math.max(0, n.start - 8), n.start));
  if (prefix && !isNumeralChar(text[n.start - prefix[0].length - 1] ?? '')) {
    const base = 100 / denominatorOf(prefix[1]!);
    return {
      start: n.start - prefix[0].length,
      end: n.end,
      kind: 'percent',
      unit: '%',
      unitText: prefix[0].replace(/[ \t\u3000]/g, ''),
      value: n.value * base,
      ...(n.max !== undefined ? { min: n.value * base, max: n.max * base } : {}),
      numberStart: n.start,
      numberEnd: n.end,
      multiplier: n.multiplier,
      qualifiers: [],
    };
  }
  const sign = CURRENCY_SIGN.exec(text.slice(Math.max(0, n.start - 6), n.start));
  // In 4人民币 5美元 (and 4 人民币 5美元) the 人民币 is the unit of the 4, not a sign of the 5.
  const signIsUnit = sign !== null && (n.start - sign[0].length < floor || isNumeralOrMagnitude(text[n.start - sign[0].length - 1] ?? ''));
  const signIsWord = sign !== null && sign[1]!.length > 1 && !NAMES_BARE_AMOUNT.has(sign[1]!);
  const signFits = !signIsWord || (a.unit !== undefined && a.unit.unit === 'local') || (!a.unit && n.multiplier > 1);
  if (sign && !signIsUnit && signFits && (!a.unit || a.unit.kind === 'money')) {
    // A bare 元 takes the currency the sign names (人民币 50元 is CNY on any page).
    const currency = a.unit && a.unit.unit !== 'local' ? resolveCurrency(ctx, a.unit) : SIGN_CURRENCY[sign[1]!] ?? 'USD';
    // A currency's name stays outside the span, as the spec's grammar has it; a sign or code is part of it.
    return {
      start: signIsWord ? n.start : n.start - sign[0].length,
      end: a.unit ? a.end : n.end,
      kind: 'money',
      unit: currency,
      unitText: a.unit ? text.slice(a.unitStart, a.end) : signIsWord ? undefined : sign[1],
      value: n.value * (a.unit?.factor ?? 1),
      numberStart: n.start,
      numberEnd: n.end,
      multiplier: n.multiplier,
      qualifiers: innerQualifier(a),
    };
  }
  if (!a.unit) {
    // A bare number with a magnitude (36.57亿) states a quantity even without a unit.
    if (n.multiplier > 1 && !(n.chinese && startsWithUnitChar(text, n))) {
      const after = text.slice(n.end, n.end + 2);
      if (/^(?:量级|量級|级|級|分之)/.test(after)) return undefined;
      return baseDraft(a, 'other', undefined, undefined, n.value);
    }
    return undefined;
  }
  const unit = a.unit;
  const value = unitValue(unit, n.value, a.extra);
  const d = baseDraft(a, unit.kind, normalisedUnit(ctx, a), text.slice(a.unitStart, a.end), value);
  if (n.max !== undefined) {
    d.min = value;
    d.max = unitValue(unit, n.max, a.extra);
  }
  if (unit.approx) d.qualifiers.push({ word: unit.text, approx: unit.approx });
  return d;
}

function startsWithUnitChar(text: string, n: NumeralRead): boolean {
  return '十拾百佰千仟'.includes(text[n.start] ?? '');
}

function unitValue(unit: UnitEntry, numeral: number, extra: number): number {
  if (unit === DISCOUNT) return (numeral < 10 ? numeral * 10 : numeral) + extra;
  // The extra is a digit of the percent itself: 七成六 is 76, 三成半 35.
  return numeral * unit.factor + extra;
}

/** 百 → 100, 百万 → 1e6, 万万 → 1e8: a denominator written in magnitudes alone. */
function denominatorOf(units: string): number {
  let value = 1;
  for (const ch of units) value *= MAGNITUDE_VALUE[ch] ?? 1;
  return value;
}

// Signs that stand before any amount, as the existing rules read them (人民币 50, RMB 300).
const NAMES_BARE_AMOUNT = new Set(['US$', 'HK$', 'NT$', 'RMB', 'CNY', 'USD', '人民币', '人民幣']);

/** A digit or a magnitude word: a currency name after one is the unit of that amount (5亿港元 3亿元). */
function isNumeralOrMagnitude(ch: string): boolean {
  return isNumeralChar(ch) || (ch !== '' && '十拾百佰千仟万萬亿億兆'.includes(ch));
}

function isNumeralChar(ch: string): boolean {
  return CHINESE_DIGITS.has(ch) || /[0-9０-９]/.test(ch);
}

function baseDraft(a: Atom, kind: FigureKind, unit: string | undefined, unitText: string | undefined, value: number): Draft {
  return {
    start: a.numeral.start,
    end: a.end,
    kind,
    unit,
    unitText,
    value,
    numberStart: a.numeral.start,
    numberEnd: a.numeral.end,
    multiplier: a.numeral.multiplier,
    qualifiers: innerQualifier(a),
  };
}

function innerQualifier(a: Atom): Draft['qualifiers'] {
  const out: Draft['qualifiers'] = [];
  if (a.numeral.approx !== 'exact') out.push({ word: '', approx: a.numeral.approx });
  if (a.inner) out.push(a.inner);
  return out;
}

/** The unit a figure reports: the currency for money, else the lexicon's unit with any `/denominator` kept. */
function normalisedUnit(ctx: ExtractionContext, a: Atom): string | undefined {
  const unit = a.unit;
  if (!unit) return undefined;
  if (unit.kind === 'money') return resolveCurrency(ctx, unit);
  const per = ctx.text.slice(a.unitStart + unit.text.length, a.end);
  return per.startsWith('/') || per.startsWith('／') ? unit.unit + per : unit.unit;
}

function resolveCurrency(ctx: ExtractionContext, unit: UnitEntry): string {
  return unit.unit === 'local' ? localCurrency(ctx.region) : unit.unit;
}

/** 300至500万元: the first number borrows the second's magnitude when it has none of its own. */
function rangeDraft(ctx: ExtractionContext, a: Atom, b: Atom): Draft | undefined {
  const unit = b.unit!;
  let low = a.numeral.value;
  const high = b.numeral.value;
  const mantissa = b.numeral.value / b.numeral.multiplier;
  if (a.numeral.multiplier === 1 && b.numeral.multiplier > 1 && low < mantissa) low *= b.numeral.multiplier;
  const firstUnit = a.unit ?? unit;
  const min = unitValue(firstUnit, low, a.extra);
  const max = unitValue(unit, high, b.extra);
  if (!(min < max)) return undefined;
  if (a.unit && isYearNumber(a.numeral)) return undefined;
  const d = baseDraft(a, unit.kind, resolveCurrency(ctx, unit), ctx.text.slice(b.unitStart, b.end), min);
  d.end = b.end;
  d.numberEnd = b.numeral.end;
  d.multiplier = b.numeral.multiplier;
  d.min = min;
  d.max = max;
  d.qualifiers.push(...innerQualifier(b));
  return d;
}

/** The rules that keep ordinals, idioms, codes and slogans out of the figures. */
function keepDraft(ctx: ExtractionContext, d: Draft, a: Atom): boolean {
  const text = ctx.text;
  const n = a.numeral;
  if (text[d.start - 1] === '第') {
    if (!ctx.includeOrdinals) return false;
    d.start -= 1;
    d.kind = 'other';
  }
  // 百分之二三十, 二三十个百分点: a vague pair states no rate (the spec's vague amounts are optional).
  if ((d.kind === 'percent' || d.kind === 'percentagePoint') && n.max !== undefined) return false;
  // 一批, 一次性, 一条新路子: a lone 一 with a classifier is an article, not a quantity.
  if (n.loneOne && (d.kind === 'count' || d.kind === 'other') && d.max === undefined) return false;
  // 零件, 零部件, 零售: a lone 零 opens a word; a quantity of nothing is written otherwise.
  if (n.value === 0 && n.end - n.start === 1 && n.chinese && d.max === undefined) return false;
  // 每百户, 每10万人, 每千元: a power of ten after 每 is the denominator of a rate, no quantity.
  if (text[d.start - 1] === '每' && d.kind !== 'duration' && d.max === undefined && isPowerOfTen(n.value)) return false;
  if (d.unit === '个' || d.unit === '個' ? n.chinese && isInShortQuote(text, d.start, d.end, 6) : false) return false;
  if (isInShortQuote(text, d.start, d.end, 6) && countNumeralsIn(text, d.start, d.end) >= 2) return false;
  return true;
}

function isPowerOfTen(v: number): boolean {
  if (!(v >= 10) || !Number.isInteger(v)) return false;
  let x = v;
  while (x % 10 === 0) x /= 10;
  return x === 1;
}

/** Whether [start, end) sits in a quoted phrase of at most `max` characters (“四个面向”). */
function isInShortQuote(text: string, start: number, end: number, max: number): boolean {
  let open = -1;
  for (let i = start - 1; i >= 0 && start - i <= max; i--) {
    const ch = text[i] ?? '';
    if (OPEN_QUOTES.includes(ch)) {
      open = i;
      break;
    }
    if (CLOSE_QUOTES.includes(ch) && ch !== '"') return false;
  }
  if (open < 0) return false;
  for (let i = end; i < text.length && i - open - 1 <= max; i++) {
    const ch = text[i] ?? '';
    if (CLOSE_QUOTES.includes(ch)) return i - open - 1 <= max;
    if (OPEN_QUOTES.includes(ch) && ch !== '"') return false;
  }
  return false;
}

/** Numerals in the quoted phrase around a figure (三减一优 and 一极两区 are slogans). */
function countNumeralsIn(text: string, start: number, end: number): number {
  let a = start;
  while (a > 0 && !OPEN_QUOTES.includes(text[a - 1] ?? '')) a--;
  let b = end;
  while (b < text.length && !CLOSE_QUOTES.includes(text[b] ?? '')) b++;
  let count = 0;
  let inNumeral = false;
  for (let i = a; i < b; i++) {
    const isDigit = CHINESE_DIGITS.has(text[i] ?? '') || /[0-9]/.test(text[i] ?? '');
    if (isDigit && !inNumeral) count++;
    inNumeral = isDigit;
  }
  return count;
}

/** Widens the draft over its qualifiers; the one before may not reach into the figure ending at `floor` (三大约5倍). */
function addQualifiers(text: string, d: Draft, last: Atom, floor: number): void {
  const before = qualifierBefore(text, d.start, floor);
  if (before) {
    d.start -= before.word.length;
    d.qualifiers.unshift(before);
  }
  const after = qualifierAfter(text, d.end);
  if (after) {
    d.end += after.word.length;
    d.qualifiers.push(after);
  } else if (d.kind === 'duration' && (text[d.end] === '内' || text[d.end] === '內')) {
    d.qualifiers.push({ word: text[d.end]!, approx: 'under' });
    d.end += 1;
  } else if (isRateOrFactor(d) && INNER.has(text[d.end] ?? '') && INNER.get(text[d.end]!) === 'over' && !opensWord(text[d.end + 1] ?? '')) {
    // 两成多, 一倍多, 三成余: a 多 after 成 or 倍 (which take no 多 before them) marks more.
    d.qualifiers.push({ word: text[d.end]!, approx: 'over' });
    d.end += 1;
  }
  void last;
}

function isRateOrFactor(d: Draft): boolean {
  return (d.unitText === '成' && d.kind === 'percent') || (d.unitText === '倍' && d.kind === 'multiple');
}

/** A CJK character after 多 makes it the start of another word (两成多家, 一倍多元); 的 does not. */
function opensWord(ch: string): boolean {
  return ch !== '的' && /[\u3400-\u9fff]/.test(ch);
}

const PART_CURRENCY: Readonly<Record<string, string>> = { 美分: 'USD', 日本銭: 'JPY', 日本钱: 'JPY', 銭: 'JPY' };

/** 五元三角, 50元6角三分, 两美元又三美分: sub-units join the sum they follow. */
function addMoneyParts(ctx: ExtractionContext, d: Draft, numerals: NumeralRead[], i: number): number {
  const text = ctx.text;
  let j = i;
  let base = d.value;
  for (let step = 0; step < 2; step++) {
    const next = numerals[j + 1];
    if (!next) break;
    const joiner = text[d.end] === '又' || text[d.end] === '零' ? 1 : 0;
    if (next.start !== d.end + joiner) break;
    const part = /^(美分|日本銭|日本钱|銭|角|毛|分)/.exec(text.slice(next.end, next.end + 3));
    if (!part) break;
    const partWord = part[1]!;
    const follow = text[next.end + partWord.length] ?? '';
    if (partWord === '角' && '大形度落色钢鋼星楼樓'.includes(follow)) break;
    if ((partWord === '毛' || partWord === '分') && /[\u4e00-\u9fff]/.test(follow) && follow !== '钱' && follow !== '錢') break;
    // 美分 belongs to dollars and 銭 to yen; 角, 毛 and 分 to neither.
    const partOf = PART_CURRENCY[partWord] ?? 'yuan';
    if (partOf !== (d.unit === 'USD' || d.unit === 'JPY' ? d.unit : 'yuan')) break;
    const factor = MONEY_PARTS.get(partWord) ?? 0;
    base += next.value * factor;
    d.end = next.end + partWord.length;
    d.value = base;
    j++;
  }
  return j;
}

/** Digits glued to Latin letters or dotted codes (5G, G60, PM2.5, 06082.HK) name things; they count nothing. */
function isInsideCode(text: string, n: NumeralRead): boolean {
  const before = text.charCodeAt(n.start - 1);
  if (isLatin(before)) return true;
  if ((text[n.start - 1] === '.' || text[n.start - 1] === '-') && isLatinOrDigit(text.charCodeAt(n.start - 2))) return true;
  const after = text.slice(n.end, n.end + 3);
  if (/^[A-Za-z]/.test(after) && !matchUnit(text, n.end)) return true;
  if (/^[.．][A-Za-z]/.test(after)) return true;
  if (!n.chinese && text[n.start] === '0' && n.end - n.start >= 3 && /^0\d/.test(text.slice(n.start, n.start + 2))) return true;
  return false;
}

function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isLatinOrDigit(c: number): boolean {
  return isLatin(c) || (c >= 0x30 && c <= 0x39);
}

function toFigure(ctx: ExtractionContext, d: Draft): Figure {
  const span = toOriginalSpan(ctx.normalized, d.start, d.end);
  const num = toOriginalSpan(ctx.normalized, d.numberStart, d.numberEnd);
  let approx: Approx = 'exact';
  for (const q of d.qualifiers) {
    if (q.approx !== 'exact') {
      approx = q.approx;
      break;
    }
  }
  const figure: Figure = {
    text: ctx.source.slice(span.start, span.end),
    start: span.start,
    end: span.end,
    kind: d.kind,
    value: tidyNumber(d.value),
    approx,
    numberText: ctx.source.slice(num.start, num.end),
    multiplier: d.multiplier,
    qualifiers: d.qualifiers.map((q) => q.word).filter((w) => w !== ''),
  };
  if (d.unit !== undefined) figure.unit = d.unit;
  if (d.unitText !== undefined) figure.unitText = d.unitText;
  if (d.min !== undefined && d.max !== undefined) {
    figure.min = tidyNumber(d.min);
    figure.max = tidyNumber(d.max);
  }
  return figure;
}
