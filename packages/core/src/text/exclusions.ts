/**
 * Stretches of text whose digits are never figures: web addresses and e-mail addresses.
 * Returned sorted and disjoint, as half-open spans. Linear: addresses are found from their
 * fixed parts (`http`, `www.`, `@`) outwards, never by a pattern that may start anywhere.
 */
const URL_START = /(?:https?:\/\/|www\.)/g;
// The characters of RFC 3986 (less quotes and parentheses, which close addresses in prose).
const URL_CHAR = /[A-Za-z0-9\-._~:/?#[\]@!$&*+,;=%]/;
const LOCAL_CHAR = /[\w.+-]/;
const DOMAIN_CHAR = /[\w.-]/;

export function findExcludedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const urls = new RegExp(URL_START.source, 'g');
  // Most pages hold no address; two substring searches spare the regex its scan.
  const mayHoldUrl = text.includes('http') || text.includes('www.');
  for (let m = mayHoldUrl ? urls.exec(text) : null; m; m = urls.exec(text)) {
    let end = m.index + m[0].length;
    while (end < text.length && URL_CHAR.test(text[end]!)) end++;
    out.push([m.index, end]);
    urls.lastIndex = end;
  }
  let from = 0;
  for (let at = text.indexOf('@', from); at >= 0; at = text.indexOf('@', from)) {
    let start = at;
    // Bounded look-back keeps a run of word characters before many @ from costing n².
    while (start > 0 && at - start < 64 && LOCAL_CHAR.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && end - at < 256 && DOMAIN_CHAR.test(text[end]!)) end++;
    if (start < at && text.slice(at + 1, end).includes('.')) out.push([start, end]);
    from = end > at + 1 ? end : at + 1;
  }
  out.sort((a, b) => a[0] - b[0]);
  return out;
}

/** Whether `pos` falls in one of the sorted `ranges`; `cursor` carries the search forward between calls. */
export function inRanges(ranges: Array<[number, number]>, pos: number, cursor: { i: number }): boolean {
  while (cursor.i < ranges.length && ranges[cursor.i]![1] <= pos) cursor.i++;
  const r = ranges[cursor.i];
  return r !== undefined && r[0] <= pos && pos < r[1];
}
