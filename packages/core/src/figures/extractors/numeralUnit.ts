import type { ExtractionContext } from '../../engine/context.js';
import type { NumeralRead } from '../../numbers/readNumeral.js';
import { INNER } from '../qualifiers.js';
import type { Atom, UnitMatch } from '../types.js';
import { matchUnit, type UnitEntry } from '../units.js';
import { isDurationYear, isYearNumber } from '../years.js';
import { chengAt } from './chengDigits.js';
import { countDaAt } from './countDa.js';
import { discountAt, spacedDiscountAt } from './discount.js';
import { LOCAL_KUAI, clauseMentionsMoney } from './localKuai.js';

// Read after every numeral, so by code unit rather than by a regex or one-character strings.
const IS_INNER = new Uint8Array(0x10000);
for (const ch of INNER.keys()) IS_INNER[ch.charCodeAt(0)] = 1;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;
}

/** Past at most two spaces from `pos`. */
function skipTwoSpaces(text: string, pos: number): number {
  let p = pos;
  if (isSpace(text.charCodeAt(p))) p++;
  if (isSpace(text.charCodeAt(p))) p++;
  return p;
}
// 一百五十    个百分点, 六 个 百 分点: percentage points written with spaces.
const SPACED_POINTS = /[ \t\u3000]{0,4}[个個][ \t\u3000]{0,4}百[ \t\u3000]{0,4}分[ \t\u3000]{0,4}[点點]/y;
const SPACED_POINT_UNIT: UnitEntry = { text: '个百分点', kind: 'percentagePoint', unit: '个百分点', factor: 1 };

/**
 * The extractor every figure starts from: a numeral and what directly follows it, an inner
 * 余/多/来/许 (only when a unit follows it) and a unit, spaces allowed between. A rate keeps its
 * denominator in the unit as written (元/平方米).
 */
export function readAtom(ctx: ExtractionContext, n: NumeralRead): Atom {
  const text = ctx.text;
  let p = n.end;
  let inner: Atom['inner'];
  const innerApprox = IS_INNER[text.charCodeAt(p)] === 1 ? INNER.get(text[p]!) : undefined;
  if (innerApprox && n.approx === 'exact') {
    if (unitAt(ctx, n, skipTwoSpaces(text, p + 1))) {
      inner = { word: text[p]!, approx: innerApprox };
      p += 1;
    }
  }
  const q = skipTwoSpaces(text, p);
  const found = unitAt(ctx, n, q);
  if (!found) return { numeral: n, inner, unitStart: n.end, end: n.end, extra: 0 };
  let end = q + found.length;
  // 元/平方米, 微克/立方米, 元/m²/月: a rate keeps its denominators in the unit as written.
  if (found.unit.kind !== 'percent') for (let per = denominatorAt(text, end); per > 0; per = denominatorAt(text, end)) end += per;
  return { numeral: n, inner, unit: found.unit, unitStart: q, end, extra: found.extra };
}

// Periods a rate may be per without a unit word of their own (元/平方米/月, 万吨/年).
const PER_PERIOD = '年月日天周週季';

/** The length of `/unit` at `pos` (the slash included), or 0. */
function denominatorAt(text: string, pos: number): number {
  if (text[pos] !== '/' && text[pos] !== '／') return 0;
  const per = matchUnit(text, pos + 1);
  if (per && per.kind !== 'percent') return 1 + per.text.length;
  return PER_PERIOD.includes(text[pos + 1] ?? '/') ? 2 : 0;
}

/** The unit at `pos` for numeral `n`, with the checks that need the numeral itself. */
export function unitAt(ctx: ExtractionContext, n: NumeralRead, pos: number): UnitMatch | undefined {
  const text = ctx.text;
  // Before matchUnit, which would stop at the 个 of 一 百 五 十 个 百 分 点.
  SPACED_POINTS.lastIndex = pos;
  if (mayStartSpacedPoints(text, pos) && SPACED_POINTS.test(text)) return { unit: SPACED_POINT_UNIT, length: SPACED_POINTS.lastIndex - pos, extra: 0 };
  const unit = matchUnit(text, pos);
  if (unit) {
    if (unit.kind === 'duration' && unit.unit === '年' && !isDurationYear(ctx, n, pos)) return undefined;
    if (unit.text === '起' && isYearNumber(n)) return undefined;
    if (unit.kind === 'percent' && unit.text === '成') return chengAt(text, n, pos, unit);
    if ((unit.text === '块' || unit.text === '塊') && clauseMentionsMoney(text, n.start)) return { unit: LOCAL_KUAI, length: unit.text.length, extra: 0 };
    return { unit, length: unit.text.length, extra: 0 };
  }
  return discountAt(text, n, pos) ?? spacedDiscountAt(text, n, pos) ?? countDaAt(text, n, pos);
}

/** Whether 个 or 個 stands at `pos` after at most four spaces: the only way SPACED_POINTS can match. */
function mayStartSpacedPoints(text: string, pos: number): boolean {
  let p = pos;
  while (p < pos + 4 && isPointSpace(text.charCodeAt(p))) p++;
  const c = text.charCodeAt(p);
  return c === 0x4e2a || c === 0x500b;
}

function isPointSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000;
}
