/**
 * The sentence a mention stands in, as a reader quotes it next to the figure.
 */

// What ends a sentence: Chinese and Western end marks and semicolons, a full stop before a
// space (not the point of 12.6), and a blank line (the end of a paragraph or of a heading).
// A single line break is the page layout's, not an end.
const END_MARK = /[。！？!?；;]/;
const MAX_LENGTH = 300;
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * Offsets where the sentences of `text` end (exclusive), ascending, in one pass: after an end
 * mark, and at a line break that a blank line follows.
 */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  let lineBreak = -1; // the first line break of the blank stretch being read, or -1
  let lines = 0; // line breaks in that stretch (CRLF counts once)
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '\n' || c === '\r') {
      if (lineBreak < 0) lineBreak = i;
      if (!(c === '\n' && text[i - 1] === '\r')) lines++;
      if (lines === 2) ends.push(lineBreak);
    } else if (c !== ' ' && c !== '\t' && c !== '\u3000') {
      lineBreak = -1;
      lines = 0;
      if (END_MARK.test(c) || (c === '.' && /^\s?$/.test(text[i + 1] ?? ''))) ends.push(i + 1);
    }
  }
  return ends;
}

/**
 * A finder for the sentence of `text` around a mention: the sentence on one line (layout line
 * breaks removed, runs of spaces as one), at most 300 characters (a longer one is cut around
 * the mention with `…`). The sentence ends are found once, so finding many stays linear.
 *
 * @example
 * const sentenceOf = sentenceFinder('前言。截至今年9月，研发平台312个。后记');
 * sentenceOf(14, 18); // '截至今年9月，研发平台312个。'
 */
export function sentenceFinder(text: string): (start: number, end: number) => string {
  const ends = sentenceEnds(text);
  return (start, end) => {
    // The first end after the mention's start closes its sentence; the one before opens it.
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ends[mid] ?? 0) <= start) lo = mid + 1;
      else hi = mid;
    }
    const from = lo > 0 ? (ends[lo - 1] ?? 0) : 0;
    const to = Math.max(end, ends[lo] ?? text.length);
    return tidy(text, from, to, start, end);
  };
}

/**
 * The sentence of `text` around `[start, end)`; `sentenceFinder` is faster for many mentions.
 *
 * @example
 * sentenceAround('前言。截至今年9月，研发平台312个。后记', 14, 18); // '截至今年9月，研发平台312个。'
 */
export function sentenceAround(text: string, start: number, end: number): string {
  return sentenceFinder(text)(start, end);
}

function tidy(text: string, from: number, to: number, start: number, end: number): string {
  let sentence = text.slice(from, to);
  if (sentence.length > MAX_LENGTH) {
    const half = Math.floor((MAX_LENGTH - (end - start)) / 2);
    const cutFrom = Math.max(0, Math.min(start - from - half, sentence.length - MAX_LENGTH));
    const tail = cutFrom + MAX_LENGTH < sentence.length ? '…' : '';
    sentence = `${cutFrom > 0 ? '…' : ''}${sentence.slice(cutFrom, cutFrom + MAX_LENGTH)}${tail}`;
  }
  // A line break the layout put next to a Chinese character goes; between two words it was a space.
  return sentence
    .replace(/[ \t\u3000]*[\r\n]+[ \t\u3000]*/g, (gap: string, at: number, all: string) =>
      WIDE.test(all[at - 1] ?? '') || WIDE.test(all[at + gap.length] ?? '') ? '' : ' ',
    )
    .replace(/[ \t\u3000]+/g, ' ')
    .trim();
}
