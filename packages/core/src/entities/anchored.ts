/**
 * Searches anchored on the characters a match must open with: the native search for one character
 * skips text faster than a pattern tried at every position, and most pages hold few of them. Each
 * character is a search of the whole text where it is absent: with more than three, the pattern's
 * own search is faster (measured on the corpus: 《 and 该此这 gain, five openers lose).
 */

/**
 * Where the next of some characters stands from a position, -1 when none does. Positions asked must
 * not decrease: each character is searched forwards once over the whole text, not once per line.
 *
 * @example
 * const next = makeNextOf('a(b【c', '(【');
 * next(0); // 1
 * next(2); // 3
 */
export function makeNextOf(text: string, chars: string): (from: number) => number {
  // -2: not searched yet; -1: not in the rest of the text.
  const at = new Array<number>(chars.length).fill(-2);
  return (from) => {
    let next = -1;
    for (let k = 0; k < chars.length; k++) {
      if (at[k] !== -1 && at[k]! < from) at[k] = text.indexOf(chars.charAt(k), from);
      if (at[k]! >= 0 && (next < 0 || at[k]! < next)) next = at[k]!;
    }
    return next;
  };
}

/**
 * The matches of `sticky` (a pattern with the y flag, every match of which opens with one of
 * `firsts` and is not empty) over `text`, as the same pattern with the g flag finds them: left to
 * right, each search going on from the end of the last match. Tried only where one of `firsts` stands.
 *
 * @example
 * anchoredMatches('推出“高新贷”', '“', /“([^”]{2,12})”/y).map((m) => m[1]); // ['高新贷']
 */
export function anchoredMatches(text: string, firsts: string, sticky: RegExp): RegExpExecArray[] {
  if (!sticky.sticky) throw new Error(`anchoredMatches needs a sticky pattern (flag y), got /${sticky.source}/${sticky.flags}`);
  const out: RegExpExecArray[] = [];
  const next = makeNextOf(text, firsts);
  for (let at = next(0); at >= 0; at = next(at + 1)) {
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    // The g search goes on from the match's end: a start inside the match is never tried.
    const end = m.index + m[0].length;
    if (end > at + 1) at = end - 1;
  }
  return out;
}
