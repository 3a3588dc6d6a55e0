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

/** The longest line read as a heading: a longer line is running text even without a full stop. */
export const MAX_HEADING = 40;
const SENTENCE_MARK = /[。！？!?]/;

/**
 * Whether a (trimmed) line reads as a heading: short, with no sentence in it. The page structure
 * takes such a line for a title; the dates scanner lets a year it states stay in force under it.
 *
 * @example
 * isHeadingText('2023年成都高新区国民经济和社会发展统计公报'); // true
 * isHeadingText('全年实现地区生产总值3000亿元，增长6.5%。'); // false
 */
export function isHeadingText(line: string): boolean {
  return line.length > 0 && line.length <= MAX_HEADING && !SENTENCE_MARK.test(line);
}
