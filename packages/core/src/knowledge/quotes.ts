/** Quotation marks and 《》 titles: what is inside names or cites something, and is read apart. */

/** Characters that open a quotation (the straight " both opens and closes). */
export const OPEN_QUOTES = '“"「『‘';
/** Characters that close a quotation. */
export const CLOSE_QUOTES = '”"」』’';

/** A 《title》, brackets included, on one line and of bounded length (so the scan stays linear). */
export const TITLE_SOURCE = '《[^《》\\n]{0,200}》';

/**
 * The spans of the 《titles》 of `text`, sorted, brackets included.
 *
 * @example
 * titleSpans('据《2022年工作报告》显示'); // [[1, 12]]
 */
export function titleSpans(text: string): Array<[number, number]> {
  if (!text.includes('《')) return [];
  const out: Array<[number, number]> = [];
  const re = new RegExp(TITLE_SOURCE, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}
