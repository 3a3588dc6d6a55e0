import type { NumeralRead } from '../../numbers/readNumeral.js';
import type { UnitMatch } from '../types.js';
import type { UnitEntry } from '../units.js';

/** 折 as a unit: N折 is N×10 percent (7折 = 70%, 7.5折 = 75%). */
export const DISCOUNT: UnitEntry = { text: '折', kind: 'percent', unit: '%', factor: 10 };

// 折扣, 折旧, 折算 …: the 折 opens another word.
const ZHE_STARTS_WORD = new Set('扣叠疊腾騰合算旧舊射线線价價返');
// 7 2 折: a discount written digit by digit, spaces between.
const SPACED_DISCOUNT = /([0-9０-９])[ \t\u3000]{0,2}折/y;

/**
 * 折 right at `pos` after numeral `n`: 8折, 七五折, 三点一折. 10折 is no discount, and a 折 that
 * opens a word (折扣, 折旧) is none either.
 */
export function discountAt(text: string, n: NumeralRead, pos: number): UnitMatch | undefined {
  if (text[pos] !== '折' || ZHE_STARTS_WORD.has(text[pos + 1] ?? '')) return undefined;
  const v = n.value;
  return v > 0 && v !== 10 && v < 100 ? { unit: DISCOUNT, length: 1, extra: 0 } : undefined;
}

/** 7 2 折 is 72%: a single digit, then the second digit of the rate, then 折. */
export function spacedDiscountAt(text: string, n: NumeralRead, pos: number): UnitMatch | undefined {
  if (pos === n.end || n.end - n.start !== 1 || !Number.isInteger(n.value) || n.value < 1 || n.value > 9) return undefined;
  SPACED_DISCOUNT.lastIndex = pos;
  const m = SPACED_DISCOUNT.exec(text);
  if (!m || ZHE_STARTS_WORD.has(text[SPACED_DISCOUNT.lastIndex] ?? '')) return undefined;
  const digit = m[1]!.charCodeAt(0);
  const extra = digit >= 0xff10 ? digit - 0xff10 : digit - 0x30;
  return { unit: DISCOUNT, length: SPACED_DISCOUNT.lastIndex - pos, extra };
}

/** The percent of a discount: 7折 is 70, 75折 is 75, and a spaced second digit adds (7 2 折 → 72). */
export function discountValue(numeral: number, extra: number): number {
  return (numeral < 10 ? numeral * 10 : numeral) + extra;
}
