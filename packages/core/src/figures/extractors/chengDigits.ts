import { CHINESE_DIGITS } from '../../knowledge/numerals.js';
import type { NumeralRead } from '../../numbers/readNumeral.js';
import type { UnitMatch } from '../types.js';
import { matchUnit, type UnitEntry } from '../units.js';

const INNER_SPACE_CHARS = ' \t\u3000';

/**
 * 成 as a percent word (七成 = 70%), with the digit that may follow it: 七成六 and 七成 六 are 76%,
 * 三成半 35%; 七成六家 counts households instead. More than 十成, or 零成, is no rate.
 * `unit` is the lexicon's 成 found at `pos`; undefined means "not a rate here".
 */
export function chengAt(text: string, n: NumeralRead, pos: number, unit: UnitEntry): UnitMatch | undefined {
  if (n.value > 10 || n.value <= 0) return undefined;
  const gap = INNER_SPACE_CHARS.includes(text[pos + 1] ?? '') ? 1 : 0;
  const after = text[pos + 1 + gap] ?? '';
  const digit = CHINESE_DIGITS.get(after);
  const afterEnd = pos + 2 + gap;
  if (digit !== undefined && !CHINESE_DIGITS.has(text[afterEnd] ?? '') && !matchUnit(text, afterEnd)) {
    return { unit, length: 2 + gap, extra: digit };
  }
  if (after === '半' && gap === 0) return { unit, length: 2, extra: 5 };
  return { unit, length: unit.text.length, extra: 0 };
}
