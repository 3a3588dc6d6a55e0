import type { ExtractionContext } from '../engine/context.js';
import { isSmallUnitChar } from '../knowledge/numerals.js';
import { baseDraft, normalisedUnit, perOf, unitValue } from './draft.js';
import { currencySignDraft } from './extractors/currencySign.js';
import { percentPrefixDraft } from './extractors/percentPrefix.js';
import type { Atom, Draft } from './types.js';

/**
 * The figure of one atom, trying the extractors in turn: a percent word before the numeral
 * (百分之), a currency sign before it ($, 人民币), the unit after it, and a bare numeral with a
 * magnitude (36.57亿). Undefined when the numeral states no quantity.
 */
export function singleDraft(ctx: ExtractionContext, a: Atom, floor: number): Draft | undefined {
  const text = ctx.text;
  const n = a.numeral;
  const percent = percentPrefixDraft(text, n);
  if (percent) return percent;
  const money = currencySignDraft(ctx, a, floor);
  if (money) return money;
  if (!a.unit) {
    // A bare number with a magnitude (36.57亿) states a quantity even without a unit.
    if (n.multiplier > 1 && !(n.chinese && isSmallUnitChar(text[n.start] ?? ''))) {
      const after = text.slice(n.end, n.end + 2);
      if (/^(?:量级|量級|级|級|分之)/.test(after)) return undefined;
      return baseDraft(a, 'other', undefined, undefined, n.value);
    }
    return undefined;
  }
  const unit = a.unit;
  const value = unitValue(unit, n.value, a.extra);
  // 不高于200元/平方米: a sum per something is a rate, of kind other with its unit as written.
  const kind = unit.kind === 'money' && perOf(ctx, a) !== '' ? 'other' : unit.kind;
  const d = baseDraft(a, kind, normalisedUnit(ctx, a), ctx.normalized.unfolded.slice(a.unitStart, a.end), value);
  if (n.max !== undefined) {
    d.min = value;
    d.max = unitValue(unit, n.max, a.extra);
  }
  if (unit.approx) d.qualifiers.push({ word: unit.text, approx: unit.approx });
  return d;
}
