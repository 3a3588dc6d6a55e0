import { FRACTION_WORD_SOURCE, NUMERAL_START_CLASS, WORDS_WITH_NUMERALS } from '../knowledge/numerals.js';
import { BIG_BY_CODE, SMALL_BY_CODE, codeAt } from './codeTables.js';
import { readNumeral, type NumeralRead } from './readNumeral.js';

const NUMERAL_START = new RegExp(`[${NUMERAL_START_CLASS}]`);
// The same class as a table by code unit: one load per character, where a regex per call would
// run interpreted (a fresh regex never tiers up) and the scan visits every character.
const IS_NUMERAL_START = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) {
  if (code >= 0xd800 && code <= 0xdfff) continue;
  if (NUMERAL_START.test(String.fromCharCode(code))) IS_NUMERAL_START[code] = 1;
}

function nextStart(text: string, from: number): number {
  const n = text.length;
  let p = from;
  while (p < n && IS_NUMERAL_START[text.charCodeAt(p)] === 0) p++;
  return p;
}
// 百分之, 千分之, 百万分之: a fraction word, not the numeral 百 (the figure rules read it as a percent).
const FRACTION_PREFIX = new RegExp(FRACTION_WORD_SOURCE, 'y');
// 几十万, 上百家: vague amounts with no definite value.
const VAGUE_BEFORE = new Uint8Array(0x10000);
for (const ch of '几幾数數上') VAGUE_BEFORE[ch.charCodeAt(0)] = 1;
// 成千上万, 成百上千.
const VAGUE_IDIOM = /成[百千][上]/y;

/**
 * Every numeral of `text`, in order, in one pass. Fraction words (百分之) and vague
 * amounts (几十万, 上百) are passed over: they are read by the figure rules that need them.
 *
 * @example
 * scanNumerals('312个平台').map((n) => n.value); // [312]
 */
export function scanNumerals(text: string): NumeralRead[] {
  const out: NumeralRead[] = [];
  const n = text.length;
  let at = nextStart(text, 0);
  while (at < n) {
    FRACTION_PREFIX.lastIndex = at;
    const code = text.charCodeAt(at);
    if ((SMALL_BY_CODE[code]! >= 0 || BIG_BY_CODE[code]! >= 0) && FRACTION_PREFIX.test(text)) {
      at = nextStart(text, FRACTION_PREFIX.lastIndex);
      continue;
    }
    const read = readNumeral(text, at);
    if (typeof read === 'number') {
      at = nextStart(text, read);
    } else {
      VAGUE_IDIOM.lastIndex = at - 1;
      const before = codeAt(text, at - 1);
      const vague = (VAGUE_BEFORE[before] === 1 && SMALL_BY_CODE[code]! >= 0) || (before === 0x6210 && VAGUE_IDIOM.test(text));
      if (!vague && !insideWord(text, read.start, read.end)) out.push(read);
      at = nextStart(text, read.end);
    }
  }
  return out;
}

// Each word under every numeral character it holds, with that character's offset in the word.
// Keyed by code unit: looked up for every numeral read.
const WORDS_BY_CHAR = new Map<number, Array<{ word: string; offset: number }>>();
for (const word of WORDS_WITH_NUMERALS) {
  for (let offset = 0; offset < word.length; offset++) {
    const code = word.charCodeAt(offset);
    const list = WORDS_BY_CHAR.get(code) ?? [];
    list.push({ word, offset });
    WORDS_BY_CHAR.set(code, list);
  }
}

/** Whether the numeral at [start, end) lies wholly inside an ordinary word (一切, 四川, 两两). */
function insideWord(text: string, start: number, end: number): boolean {
  const candidates = WORDS_BY_CHAR.get(codeAt(text, start));
  if (!candidates) return false;
  for (const { word, offset } of candidates) {
    const from = start - offset;
    if (from >= 0 && from + word.length >= end && text.startsWith(word, from)) return true;
  }
  return false;
}
