/**
 * Stretches of text whose digits are never figures: web addresses and e-mail addresses.
 * Returned sorted and disjoint, as half-open spans.
 */
const ADDRESS = /(?:https?:\/\/|www\.)[^\s<>"'，。、；！？）)\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

export function findExcludedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = new RegExp(ADDRESS.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Whether `pos` falls in one of the sorted `ranges`; `cursor` carries the search forward between calls. */
export function inRanges(ranges: Array<[number, number]>, pos: number, cursor: { i: number }): boolean {
  while (cursor.i < ranges.length && ranges[cursor.i]![1] <= pos) cursor.i++;
  const r = ranges[cursor.i];
  return r !== undefined && r[0] <= pos && pos < r[1];
}
