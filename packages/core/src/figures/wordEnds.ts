/**
 * A cheap question asked for every figure before a regex reads the words before it: can one
 * of these words end right before the figure? Every word-before pattern of the refiners
 * (direction, bounds, currency names) ends in one of its words, then a few spaces.
 */

// The spaces those patterns allow between the words and the figure: [ \t\u3000].
const IS_SPACE = new Uint8Array(0x10000);
for (const ch of ' \t\u3000') IS_SPACE[ch.charCodeAt(0)] = 1;

/** Whether one of the words may end just before `pos`, reading no further back than `lower`. */
export type WordEndCheck = (text: string, pos: number, lower: number) => boolean;

/**
 * A check built once from `words` and the number of spaces the pattern allows after them:
 * true where, past at most `spaces` spaces, the character before `pos` ends one of the words.
 *
 * @example
 * const mayEndVerb = wordEndCheck(['增长', '下降'], 1);
 * mayEndVerb('同比增长 12%', 5, 0); // true
 * mayEndVerb('营收12%', 2, 0); // false
 */
export function wordEndCheck(words: Iterable<string>, spaces: number): WordEndCheck {
  const last = new Uint8Array(0x10000);
  for (const w of words) if (w.length > 0) last[w.charCodeAt(w.length - 1)] = 1;
  return (text, pos, lower) => {
    let k = pos - 1;
    for (let n = 0; n < spaces && k >= lower && IS_SPACE[text.charCodeAt(k)] === 1; n++) k--;
    return k >= lower && last[text.charCodeAt(k)] === 1;
  };
}
