import { FRACTION_WORD_SOURCE, isDigitChar, magnitudeValue } from '../../knowledge/numerals.js';
import type { NumeralRead } from '../../numbers/readNumeral.js';
import type { Draft } from '../types.js';

// 百分之, 千分之, 百万分之 (parts per million): a denominator written in magnitudes alone.
const PERCENT_PREFIX = new RegExp(`${FRACTION_WORD_SOURCE}[ \\t\\u3000]*$`);

// Asked before every numeral: by code unit, so no one-character string is made for it.
function isInnerSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000;
}

/**
 * 百分之十五 (15%), 千分之五 (0.5%), 百万分之3: a fraction word before the numeral makes it a
 * percent. The word must not itself follow a digit (三百分之一 is a fraction the reader takes).
 */
export function percentPrefixDraft(text: string, n: NumeralRead): Draft | undefined {
  // The word ends in 之 (spaces may follow it); most numerals have no 之 before them.
  let p = n.start - 1;
  while (p >= 0 && isInnerSpace(text.charCodeAt(p))) p--;
  if (p < 0 || text.charCodeAt(p) !== 0x4e4b) return undefined;
  const prefix = PERCENT_PREFIX.exec(text.slice(Math.max(0, n.start - 8), n.start));
  if (!prefix || isDigitChar(text[n.start - prefix[0].length - 1] ?? '')) return undefined;
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

/**
 * 百 → 100, 百万 → 1e6, 万万 → 1e8: a denominator written in magnitudes alone.
 *
 * @example
 * denominatorOf('百万'); // 1000000
 */
export function denominatorOf(units: string): number {
  let value = 1;
  for (const ch of units) value *= magnitudeValue(ch) ?? 1;
  return value;
}
