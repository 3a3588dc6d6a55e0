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

const SPACE = /[ \t\u3000\u00A0]{0,2}/y;
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
  while (p < pos + 4 && SPACES.includes(text[p] ?? '_')) p++;
  return text[p] === '个' || text[p] === '個';
}

const SPACES = ' \t\u3000';
