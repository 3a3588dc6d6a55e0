import { FRACTION_WORD_SOURCE, NUMERAL_START_CLASS, WORDS_WITH_NUMERALS, isSmallUnitChar, magnitudeValue } from '../knowledge/numerals.js';
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
const VAGUE_BEFORE = new Set('几幾数數上');
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
    if (magnitudeValue(text[at] ?? '') !== undefined && FRACTION_PREFIX.test(text)) {
      at = nextStart(text, FRACTION_PREFIX.lastIndex);
      continue;
    }
    const read = readNumeral(text, at);
    if (typeof read === 'number') {
      at = nextStart(text, read);
    } else {
      VAGUE_IDIOM.lastIndex = at - 1;
      const vague = (VAGUE_BEFORE.has(text[at - 1] ?? '') && isSmallUnitChar(text[at] ?? '')) || (text[at - 1] === '成' && VAGUE_IDIOM.test(text));
      if (!vague && !insideWord(text, read.start, read.end)) out.push(read);
      at = nextStart(text, read.end);
    }
  }
  return out;
}

// Each word under every numeral character it holds, with that character's offset in the word.
const WORDS_BY_CHAR = new Map<string, Array<{ word: string; offset: number }>>();
for (const word of WORDS_WITH_NUMERALS) {
  for (let offset = 0; offset < word.length; offset++) {
    const ch = word[offset]!;
    const list = WORDS_BY_CHAR.get(ch) ?? [];
    list.push({ word, offset });
    WORDS_BY_CHAR.set(ch, list);
  }
}

/** Whether the numeral at [start, end) lies wholly inside an ordinary word (一切, 四川, 两两). */
function insideWord(text: string, start: number, end: number): boolean {
  const candidates = WORDS_BY_CHAR.get(text[start] ?? '');
  if (!candidates) return false;
  return candidates.some(({ word, offset }) => {
    const from = start - offset;
    return from >= 0 && from + word.length >= end && text.startsWith(word, from);
  });
}
