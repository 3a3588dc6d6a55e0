/**
 * White space in the words attribution copies out (a metric, a name's lead): a page broken across
 * lines or padded with U+3000 leaves some inside a phrase, and the phrase is given without it.
 */

/** Whether a UTF-16 code is white space as JavaScript's \s reads it (U+3000 among it): a test by code, without a string per character. */
export const isSpaceCode = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));

/**
 * `text` without its white space (as `text.replace(/\s+/g, '')`), returned as it is where it has
 * none: most phrases have none, and a test per code is cheaper than a regular expression's replace.
 *
 * | text | result |
 * | --- | --- |
 * | 营业收入 | 营业收入 |
 * | 营业 收入 | 营业收入 |
 * | 研发\u3000投入\n强度 | 研发投入强度 |
 */
const SPACES = /\s+/g;
export function withoutSpaces(text: string): string {
  for (let i = 0; i < text.length; i++) if (isSpaceCode(text.charCodeAt(i))) return text.replace(SPACES, '');
  return text;
}
