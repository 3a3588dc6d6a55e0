import type { ExtractionContext } from '../engine/context.js';
import type { Approx, Figure, FigureKind } from '../models/figure.js';
import { tidyNumber } from '../numbers/tidyNumber.js';
import { toOriginalSpan } from '../text/normalize.js';
import { localCurrency } from '../text/region.js';
import { DISCOUNT, discountValue } from './extractors/discount.js';
import type { Atom, Draft } from './types.js';
import type { UnitEntry } from './units.js';

/** A draft spanning an atom, with the qualifiers the numeral and an inner 余/多 carry. */
export function baseDraft(a: Atom, kind: FigureKind, unit: string | undefined, unitText: string | undefined, value: number): Draft {
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

/** The approximation inside an atom: the numeral's own (十余万) and an inner 余/多 before the unit. */
export function innerQualifier(a: Atom): Draft['qualifiers'] {
  const out: Draft['qualifiers'] = [];
  if (a.numeral.approx !== 'exact') out.push({ word: '', approx: a.numeral.approx });
  if (a.inner) out.push(a.inner);
  return out;
}

/** The normalised value of a numeral in a unit; the extra is a digit of the percent itself (七成六 is 76, 三成半 35). */
export function unitValue(unit: UnitEntry, numeral: number, extra: number): number {
  if (unit === DISCOUNT) return discountValue(numeral, extra);
  return numeral * unit.factor + extra;
}

/**
 * The unit a figure reports: the currency for money, else the lexicon's unit with any `/denominator`
 * kept. A sum per something (元/平方米, 万元/人) is a rate, no sum: its unit is as written.
 */
export function normalisedUnit(ctx: ExtractionContext, a: Atom): string | undefined {
  const unit = a.unit;
  if (!unit) return undefined;
  const per = perOf(ctx, a);
  if (unit.kind === 'money') return per === '' ? resolveCurrency(ctx, unit) : ctx.normalized.unfolded.slice(a.unitStart, a.end);
  return unit.unit + per;
}

/** The denominator written after an atom's unit (/平方米, /m²/月), or ''. */
export function perOf(ctx: ExtractionContext, a: Atom): string {
  if (!a.unit) return '';
  const per = ctx.text.slice(a.unitStart + a.unit.text.length, a.end);
  return per.startsWith('/') || per.startsWith('／') ? per : '';
}

/** A money unit's currency, the page's own for a bare 元 or 块. */
export function resolveCurrency(ctx: ExtractionContext, unit: UnitEntry): string {
  return unit.unit === 'local' ? localCurrency(ctx.region) : unit.unit;
}

/** The figure of a draft: spans mapped into the original text, the first approximation that is not exact, tidy numbers. */
export function toFigure(ctx: ExtractionContext, d: Draft): Figure {
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
