import type { NumeralRead } from '../../numbers/readNumeral.js';
import { matchUnit } from '../units.js';

/**
 * Digits glued to Latin letters or dotted codes (5G, G60, PM2.5, 06082.HK) name things; they count
 * nothing. A numeral with a leading zero (0571, 06082) is a code too. A Latin unit (5kg, 3GW) is no code.
 */
export function isInsideCode(text: string, n: NumeralRead): boolean {
  const before = text.charCodeAt(n.start - 1);
  if (isLatin(before)) return true;
  if ((text[n.start - 1] === '.' || text[n.start - 1] === '-') && isLatinOrDigit(text.charCodeAt(n.start - 2))) return true;
  // Asked of every numeral: by code unit, so no slice and no regex per numeral.
  const after = text.charCodeAt(n.end);
  if (isLatin(after) && !matchUnit(text, n.end)) return true;
  if ((after === 0x2e || after === 0xff0e) && isLatin(text.charCodeAt(n.end + 1))) return true;
  if (!n.chinese && text.charCodeAt(n.start) === 0x30 && n.end - n.start >= 3 && isDigit(text.charCodeAt(n.start + 1))) return true;
  return false;
}

function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isLatinOrDigit(c: number): boolean {
  return isLatin(c) || isDigit(c);
}
