/**
 * The small numerals dates are written with: years (`2022`, `二〇一九`, `一百零三`),
 * months and days (`9`, `十二`, `三十一`), in ASCII, full-width or Chinese digits.
 * Dates never need more than three digits' worth of Chinese numeral, so this is not
 * the general reader of src/numbers (whose API moves on its own schedule).
 */

import { arabicDigit } from '../knowledge/numerals.js';

// 〇 (U+3007), 零 and the circle ○ (U+25CB) all stand for zero in digit-by-digit years.
const CHINESE_DIGIT: ReadonlyMap<string, number> = new Map([
  ['〇', 0], ['零', 0], ['○', 0], ['Ｏ', 0],
  ['一', 1], ['二', 2], ['两', 2], ['兩', 2], ['三', 3], ['四', 4],
  ['五', 5], ['六', 6], ['七', 7], ['八', 8], ['九', 9],
]);

/** Regex source of one Chinese digit, as used digit by digit (`二〇一九`). */
export const CN_DIGIT = '[〇零○一二三四五六七八九]';
/** Regex source of one ASCII or full-width digit. */
export const DIGIT = '[0-9０-９]';

function arabicValue(ch: string): number | undefined {
  const d = arabicDigit(ch.charCodeAt(0));
  return d < 0 ? undefined : d;
}

/**
 * Reads a date numeral: Arabic digits (ASCII or full-width), Chinese digit by digit
 * (`二〇一九`, `零八`), or Chinese with 十 and 百 (`十二`, `三十一`, `一百零三`).
 * Returns undefined for anything else, so a caller can drop the match instead of guessing.
 *
 * @example
 * readDateNumber('二〇一九'); // 2019
 * readDateNumber('三十一');   // 31
 * readDateNumber('０９');     // 9
 */
export function readDateNumber(s: string): number | undefined {
  if (s.length === 0 || s.length > 8) return undefined;
  let arabic = 0;
  let allArabic = true;
  for (let i = 0; i < s.length; i++) {
    const v = arabicValue(s[i]!);
    if (v === undefined) {
      allArabic = false;
      break;
    }
    arabic = arabic * 10 + v;
  }
  if (allArabic) return arabic;
  if (s === '元') return 1;
  if (!s.includes('十') && !s.includes('百')) {
    let value = 0;
    for (const ch of s) {
      const d = CHINESE_DIGIT.get(ch);
      if (d === undefined) return undefined;
      value = value * 10 + d;
    }
    return value;
  }
  return readPositional(s);
}

// 一百零三, 九十五, 十二, 二十: units 百 and 十 with an optional leading digit each.
function readPositional(s: string): number | undefined {
  let value = 0;
  let pending: number | undefined;
  let lastUnit = 1000;
  for (const ch of s) {
    if (ch === '百' || ch === '十') {
      const unit = ch === '百' ? 100 : 10;
      if (unit >= lastUnit) return undefined;
      value += (pending ?? 1) * unit;
      pending = undefined;
      lastUnit = unit;
      continue;
    }
    const d = CHINESE_DIGIT.get(ch);
    if (d === undefined || pending !== undefined) return undefined;
    if (d === 0) continue; // 一百零三: the 零 only marks the empty tens place.
    pending = d;
  }
  return value + (pending ?? 0);
}
