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
// 党的二十大, 中共二十大, 中国共产党第二十次全国代表大会, 二十届三中全会.
const PARTY = new RegExp(`(?:党的|中共|中国共产党)(?:第?${N}次全国代表大会|${N}大)|(?:中共)?${N}届${N}中全会|全国两会`, 'g');
// The same without the plenary session (二十届三中全会), for text without 届: that branch may start at
// any numeral and is tried at each, where the others start with a word the search skips to.
const PARTY_NO_SESSION = new RegExp(`(?:党的|中共|中国共产党)(?:第?${N}次全国代表大会|${N}大)|全国两会`, 'g');

/**
 * The numbered meetings of `text`, as events.
 *
 * @example
 * findEvents('在党的二十大报告中').map((c) => c.end - c.start); // [5]
 */
export function findEvents(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Most pages have no 届: then the party's pattern is one whose every branch opens with a word.
  const first = text.indexOf('届');
  const congress = first >= 0;
  for (let at = first; at >= 0; at = text.indexOf('届', at + 1)) {
    const edition = EDITION.exec(text.slice(Math.max(0, at - 5), at));
    if (!edition) continue;
    CONGRESS_AFTER.lastIndex = at + 1;
    const body = CONGRESS_AFTER.exec(text);
    if (!body) continue;
    out.push({ start: at - edition[0].length, end: at + 1 + body[0].length, type: 'event', source: 'suffix' });
  }
  const congresses = out.length;
  let j = 0;
  const party = congress ? PARTY : PARTY_NO_SESSION;
  party.lastIndex = 0;
  for (let m = party.exec(text); m; m = party.exec(text)) {
    // Both lists rise: one pointer tells whether a congress already holds this match.
    while (j < congresses && out[j]!.end <= m.index) j++;
    if (j < congresses && out[j]!.start <= m.index) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'event', source: 'suffix' });
  }
  return out.sort((a, b) => a.start - b.start);
}
