import { FRACTION_WORD_SOURCE, NUMERAL_START_CLASS, WORDS_WITH_NUMERALS, isSmallUnitChar, magnitudeValue } from '../knowledge/numerals.js';
import { readNumeral, type NumeralRead } from './readNumeral.js';

const NUMERAL_START = new RegExp(`[${NUMERAL_START_CLASS}]`, 'g');
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
  const re = new RegExp(NUMERAL_START.source, 'g');
  let m = re.exec(text);
  while (m) {
    const at = m.index;
    FRACTION_PREFIX.lastIndex = at;
    if (magnitudeValue(text[at] ?? '') !== undefined && FRACTION_PREFIX.test(text)) {
      re.lastIndex = FRACTION_PREFIX.lastIndex;
      m = re.exec(text);
      continue;
    }
    const read = readNumeral(text, at);
    if (typeof read === 'number') {
      re.lastIndex = read;
    } else {
      VAGUE_IDIOM.lastIndex = at - 1;
      const vague = (VAGUE_BEFORE.has(text[at - 1] ?? '') && isSmallUnitChar(text[at] ?? '')) || (text[at - 1] === '成' && VAGUE_IDIOM.test(text));
      if (!vague && !insideWord(text, read.start, read.end)) out.push(read);
      re.lastIndex = read.end;
    }
    m = re.exec(text);
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
