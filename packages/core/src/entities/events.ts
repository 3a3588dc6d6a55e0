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
const CONGRESS = new RegExp(`第?${N}届(?:[\\u4e00-\\u9fff]{2,4}?[省市区县])?${BODY}${SESSION}`, 'g');
// 党的二十大, 中共二十大, 中国共产党第二十次全国代表大会, 二十届三中全会.
const PARTY = new RegExp(`(?:党的|中共|中国共产党)(?:第?${N}次全国代表大会|${N}大)|(?:中共)?${N}届${N}中全会|全国两会`, 'g');

/**
 * The numbered meetings of `text`, as events.
 *
 * @example
 * findEvents('在党的二十大报告中').map((c) => c.end - c.start); // [5]
 */
export function findEvents(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const re of [CONGRESS, PARTY]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // 十四届 alone before 人大 is too little; a session or a full body name makes it a meeting.
      if (m[0].length < 5) continue;
      out.push({ start: m.index, end: m.index + m[0].length, type: 'event', source: 'suffix' });
    }
  }
  return out;
}
