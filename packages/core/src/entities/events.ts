/**
 * Numbered meetings and congresses, which have no name-ending word a suffix rule could read:
 * 第十四届全国人民代表大会第一次会议, 十四届全国人大二次会议, 党的二十大, 二十届三中全会.
 */
import type { Candidate } from './candidate.js';

// Bounded, so a long run of numerals cannot make the pattern backtrack.
const N = '[一二三四五六七八九十百零〇0-9０-９]{1,4}';
const BODY = '(?:全国人民代表大会|全国人大|全国政协|中国人民政治协商会议全国委员会|人民代表大会|人大|政协|党代会|代表大会)';
const SESSION = `(?:常务委员会)?(?:第?${N}次(?:全体)?会议|${N}中全会)?`;
// 第十四届全国人民代表大会第一次会议; 某省第十四届人民代表大会第二次会议 (the province joins through the suffix rules' place).
// Read from each 届: the edition before it, the body and session after it.
const EDITION = new RegExp(`第?${N}$`);
const CONGRESS_AFTER = new RegExp(`(?:[\\u4e00-\\u9fff]{2,4}?[省市区县])?${BODY}${SESSION}`, 'y');
// 党的二十大, 中共二十大, 中国共产党第二十次全国代表大会, 全国两会: each branch opens with a word the search skips to.
// The plenary session (二十届三中全会) is read from each 届 instead (see `plenaryAt`): as a branch of this
// pattern it may start at any numeral, and the search would try it at each.
const PARTY = new RegExp(`(?:党的|中共|中国共产党)(?:第?${N}次全国代表大会|${N}大)|全国两会`, 'g');
const NUMERALS = '一二三四五六七八九十百零〇0123456789０１２３４５６７８９';
// The longest numeral a session's number is read as (N above).
const MAX_NUMERAL = 4;
const PLENARY_TAIL = '中全会';
const PARTY_NAME = '中共';

/**
 * The numbered meetings of `text`, as events.
 *
 * @example
 * findEvents('在党的二十大报告中').map((c) => c.end - c.start); // [5]
 */
export function findEvents(text: string): Candidate[] {
  const out: Candidate[] = [];
  const plenaries: Array<[number, number]> = [];
  for (let at = text.indexOf('届'); at >= 0; at = text.indexOf('届', at + 1)) {
    const plenary = plenaryAt(text, at);
    if (plenary) plenaries.push(plenary);
    const edition = EDITION.exec(text.slice(Math.max(0, at - 5), at));
    if (!edition) continue;
    CONGRESS_AFTER.lastIndex = at + 1;
    const body = CONGRESS_AFTER.exec(text);
    if (!body) continue;
    out.push({ start: at - edition[0].length, end: at + 1 + body[0].length, type: 'event', source: 'suffix' });
  }
  const congresses = out.length;
  let j = 0;
  let k = 0;
  PARTY.lastIndex = 0;
  // The plenaries and the pattern's matches never overlap (a plenary holds 届, no match does, and no
  // match ends in a numeral or 中): merged by start, they are what one pattern of all the branches finds.
  for (let m = PARTY.exec(text); ; m = PARTY.exec(text)) {
    const next = m ? m.index : Infinity;
    while (k < plenaries.length && plenaries[k]![0] < next) addParty(out, congresses, plenaries[k]![0], plenaries[k++]![1]);
    if (!m) break;
    addParty(out, congresses, m.index, m.index + m[0].length);
  }
  return out.sort((a, b) => a.start - b.start);

  // Both lists rise: one pointer tells whether a congress already holds this match.
  function addParty(found: Candidate[], count: number, start: number, end: number): void {
    while (j < count && found[j]!.end <= start) j++;
    if (j < count && found[j]!.start <= start) return;
    found.push({ start, end, type: 'event', source: 'suffix' });
  }
}

/**
 * The plenary session whose 届 stands at `at` (二十届三中全会, 中共十九届六中全会), read as the pattern
 * `(?:中共)?N届N中全会` would from the left: at most four numerals on each side.
 */
export function plenaryAt(text: string, at: number): [number, number] | undefined {
  let run = at;
  while (run > 0 && at - run < MAX_NUMERAL + 1 && NUMERALS.includes(text.charAt(run - 1))) run--;
  if (run === at) return undefined;
  let after = at + 1;
  while (after < text.length && after - at <= MAX_NUMERAL + 1 && NUMERALS.includes(text.charAt(after))) after++;
  const count = after - at - 1;
  if (count === 0 || count > MAX_NUMERAL || !text.startsWith(PLENARY_TAIL, after)) return undefined;
  // Five numerals or more before 届: the match starts at the fourth before it, without 中共.
  const start = at - run > MAX_NUMERAL ? at - MAX_NUMERAL : run >= PARTY_NAME.length && text.startsWith(PARTY_NAME, run - PARTY_NAME.length) ? run - PARTY_NAME.length : run;
  return [start, after + PLENARY_TAIL.length];
}
