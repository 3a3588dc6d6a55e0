/**
 * The text the extractors read, with a map back to the original.
 *
 * Extractors match on `text`; every span they produce is mapped back with
 * `toOriginalSpan`, so mentions always point into the text the user gave.
 */
export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  /** Original index of each normalised index; undefined when nothing was removed (identity). */
  readonly map: Int32Array | undefined;
}

// Characters that carry nothing but break matches: zero-width spaces and joiners, BOM, soft hyphen.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
// A line that ends in one of these closes its sentence or is a heading; the break after it is real.
const SENTENCE_END = /[。！？!?…；;：:」』】）)"”'’]$/;
// A layout break only splits lines long enough to be running text, not titles or bylines.
const MIN_RUNNING_LINE = 24;
// Enough of the following line to tell running text from a new heading or signature.
const CONTINUES = /^[\u3400-\u9FFF\uF900-\uFAFF0-9０-９A-Za-z]/;

/**
 * Removes what the page layout put inside sentences: invisible characters, and line
 * breaks (with the blank lines around them) that split a paragraph mid-sentence
 * (`…企` / `业人才需求`). One pass; the map lets every span return to the original.
 *
 * @example
 * const n = normalizeText('研发平台3\n\n12个，完成');
 * n.text; // '研发平台312个，完成'
 */
export function normalizeText(original: string): NormalizedText {
  const removals = findRemovals(original);
  if (removals.length === 0) return { original, text: original, map: undefined };
  const map = new Int32Array(original.length + 1);
  const parts: string[] = [];
  let out = 0;
  let cursor = 0;
  for (const [from, to] of removals) {
    parts.push(original.slice(cursor, from));
    for (let i = cursor; i < from; i++) map[out++] = i;
    cursor = to;
  }
  parts.push(original.slice(cursor));
  for (let i = cursor; i < original.length; i++) map[out++] = i;
  map[out] = original.length;
  return { original, text: parts.join(''), map: map.subarray(0, out + 1) };
}

function findRemovals(text: string): Array<[number, number]> {
  const removals: Array<[number, number]> = [];
  const breakRe = /[ \t\u3000]*(?:\r?\n[ \t\u3000]*)+/g;
  let lineStart = 0;
  for (let m = breakRe.exec(text); m; m = breakRe.exec(text)) {
    const from = m.index;
    const to = from + m[0].length;
    if (m[0].includes('\n')) {
      const line = text.slice(lineStart, from).trim();
      const next = text.slice(to, to + 1);
      if (line.length >= MIN_RUNNING_LINE && !SENTENCE_END.test(line) && CONTINUES.test(next)) {
        removals.push([from, to]);
      }
      lineStart = to;
    }
  }
  if (INVISIBLE.test(text)) {
    const invisibleRe = new RegExp(INVISIBLE.source, 'g');
    for (let m = invisibleRe.exec(text); m; m = invisibleRe.exec(text)) removals.push([m.index, m.index + 1]);
    removals.sort((a, b) => a[0] - b[0]);
    return mergeRanges(removals);
  }
  return removals;
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** Maps a normalised half-open span back to the original text. */
export function toOriginalSpan(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (!n.map) return { start, end };
  const s = n.map[start] ?? n.original.length;
  const e = end > start ? (n.map[end - 1] ?? n.original.length - 1) + 1 : s;
  return { start: s, end: e };
}
