import type { ExtractionContext } from '../../engine/context.js';
import type { NumeralRead } from '../../numbers/readNumeral.js';
import { baseDraft, innerQualifier, resolveCurrency, unitValue } from '../draft.js';
import { readAtom } from '../extractors/numeralUnit.js';
import type { Atom, Draft } from '../types.js';
import { isYearNumber } from '../years.js';

const RANGE_SEP = /[ \t]?(?:至|到|~|～|〜|-|－|——|—|–|－－)[ \t]?/y;

/**
 * The second end of a range that starts with `first`: the next numeral, after 至, 到 or a dash,
 * with a unit of the same kind (300至500万元, 15%-20%, 3万-5万元). Undefined when there is none.
 */
export function rangeSecond(ctx: ExtractionContext, first: Atom, next: NumeralRead | undefined): Atom | undefined {
  if (!next || first.inner) return undefined;
  const text = ctx.text;
  const sepStart = first.unit ? first.end : first.unitStart;
  RANGE_SEP.lastIndex = sepStart;
  const sep = RANGE_SEP.exec(text);
  // 15%-20%, 3万-5万元: after a unit or a magnitude the reader takes the dash for a minus sign.
  const dashed = next.start === sepStart ? dashAsSeparator(text, next) : undefined;
  if (!(sep && RANGE_SEP.lastIndex === next.start) && !dashed) return undefined;
  const candidate = readAtom(ctx, dashed ?? next);
  return candidate.unit && (!first.unit || first.unit.kind === candidate.unit.kind) ? candidate : undefined;
}

/** The numeral after a range dash that was read as its minus sign (the -20 of 15%-20%), read without it. */
export function dashAsSeparator(text: string, n: NumeralRead): NumeralRead | undefined {
  const ch = text[n.start] ?? '';
  if ((ch !== '-' && ch !== '－') || !(n.value < 0)) return undefined;
  const read: NumeralRead = { ...n, start: n.start + 1, value: -n.value };
  if (n.min !== undefined && n.max !== undefined) {
    read.min = -n.max;
    read.max = -n.min;
  }
  return read;
}

/**
 * One figure for a range; 300至500万元: the first number borrows the second's magnitude when it
 * has none of its own. Undefined when the ends do not rise or the first is a year (2022-2025年).
 */
export function rangeDraft(ctx: ExtractionContext, a: Atom, b: Atom): Draft | undefined {
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
  const d = baseDraft(a, unit.kind, resolveCurrency(ctx, unit), ctx.normalized.unfolded.slice(b.unitStart, b.end), min);
  d.end = b.end;
  d.numberEnd = b.numeral.end;
  d.multiplier = b.numeral.multiplier;
  d.min = min;
  d.max = max;
  d.qualifiers.push(...innerQualifier(b));
  return d;
}
