import type { NumeralRead } from '../../numbers/readNumeral.js';
import type { UnitMatch } from '../types.js';
import type { UnitEntry } from '../units.js';

/** 大 as a classifier: 三大集群 counts three clusters. */
export const DA: UnitEntry = { text: '大', kind: 'count', unit: '大', factor: 1 };

// 十九大 and 二十大 are Party congresses, 五大学 is no count.
const DA_NOT_BEFORE = '学學楼樓厦廈道街桥橋会會厅廳院型中小大';
const DA_NOT_FOLLOWED = /^(?:以来|以來|精神|报告|報告|代表|召开|召開|胜利|勝利|期间|期間|闭幕|閉幕|开幕|開幕|常委|上)/;

// 3大科学园区: a small count in Arabic digits reads the same (a wire story's style).
function isSmallArabicCount(n: NumeralRead): boolean {
  return !n.chinese && Number.isInteger(n.value) && n.value >= 2 && n.value <= 20 && n.end - n.start <= 2;
}

/** N大 right after a numeral (no space), Chinese or a small Arabic count, when what follows is what it counts. */
export function countDaAt(text: string, n: NumeralRead, pos: number): UnitMatch | undefined {
  if (text[pos] !== '大' || !(n.chinese || isSmallArabicCount(n)) || pos !== n.end) return undefined;
  const after = text[pos + 1] ?? '';
  if (after === '' || DA_NOT_BEFORE.includes(after)) return undefined;
  if (DA_NOT_FOLLOWED.test(text.slice(pos + 1, pos + 3))) return undefined;
  const before = text.slice(Math.max(0, n.start - 2), n.start);
  if (/(?:的|第)$/.test(before)) return undefined;
  return { unit: DA, length: 1, extra: 0 };
}
