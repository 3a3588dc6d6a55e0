import type { ExtractionContext } from '../engine/context.js';
import { isRocYear } from '../knowledge/rocYear.js';
import type { NumeralRead } from '../numbers/readNumeral.js';
import { qualifierBefore } from './qualifiers.js';

/** A four-digit number 1000–2999 or a Chinese digit-by-digit run (二〇一九): written like a year. */
export function isYearNumber(n: NumeralRead): boolean {
  if (n.digitByDigit && n.chinese) return true;
  return n.multiplier === 1 && Number.isInteger(n.value) && n.value >= 1000 && n.value <= 2999 && n.end - n.start === 4;
}

/**
 * Whether N年 at `pos` is a span of time: 3年 and 35年 are; 2022年, 二〇一九年, 民国35年 and, on
 * Taiwan pages, bare ROC years (112年) are dates, unless a qualifier or 来/内/间 shows a span (近30年来).
 */
export function isDurationYear(ctx: ExtractionContext, n: NumeralRead, pos: number): boolean {
  if (isYearNumber(n)) return false;
  const text = ctx.text;
  const before = text.slice(Math.max(0, n.start - 2), n.start);
  if (/民[国國]$/.test(before)) return false;
  if (ctx.region === 'taiwan' && !n.chinese && isRocYear(n.value)) {
    const qualified = qualifierBefore(text, n.start) !== undefined;
    const after = text[pos + 1] ?? '';
    // ''.includes('') holds: the end of the text shows no span either.
    if (!qualified && (after === '' || !'来來内內间間多半期'.includes(after))) return false;
  }
  return true;
}
