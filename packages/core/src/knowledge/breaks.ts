/**
 * Where clauses and sentences end. The normalised text has already joined lines the layout
 * broke, so a newline left in it is a real break.
 */

/** Characters that end a clause: a figure's context, a money word's reach, stop here. */
export const CLAUSE_BREAKS = '，。；：！？,;:!?\n';

/** Characters that end a sentence: a date governs the figures after it up to one of these. */
export const SENTENCE_ENDS = '。！？!?；;\n';

/**
 * Whether `ch` ends a clause.
 *
 * @example
 * isClauseBreak('，'); // true
 * isClauseBreak('、'); // false (a list goes on)
 */
export function isClauseBreak(ch: string): boolean {
  return ch !== '' && CLAUSE_BREAKS.includes(ch);
}

/**
 * Whether `ch` ends a sentence.
 *
 * @example
 * isSentenceEnd('。'); // true
 * isSentenceEnd('，'); // false
 */
export function isSentenceEnd(ch: string): boolean {
  return ch !== '' && SENTENCE_ENDS.includes(ch);
}
