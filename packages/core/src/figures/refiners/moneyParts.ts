import type { NumeralRead } from '../../numbers/readNumeral.js';
import type { Draft } from '../types.js';
import { MONEY_PARTS } from '../units.js';

const PART = /^(美分|日本銭|日本钱|銭|角|毛|分)/;
// 美分 belongs to dollars and 銭 to yen; 角, 毛 and 分 to the yuan.
const PART_CURRENCY: Readonly<Record<string, string>> = { 美分: 'USD', 日本銭: 'JPY', 日本钱: 'JPY', 銭: 'JPY' };
// 三角形, 五角大楼: 角 opening a word is no money.
const JIAO_STARTS_WORD = '大形度落色钢鋼星楼樓';

/**
 * 五元三角, 50元6角三分, 两美元又三美分: sub-units join the sum they follow (at most two of them).
 * `i` is the index of the draft's last numeral; returns the index of the last numeral it took.
 */
export function addMoneyParts(text: string, d: Draft, numerals: readonly NumeralRead[], i: number): number {
  let j = i;
  let base = d.value;
  for (let step = 0; step < 2; step++) {
    const next = numerals[j + 1];
    if (!next) break;
    const joiner = text[d.end] === '又' || text[d.end] === '零' ? 1 : 0;
    if (next.start !== d.end + joiner) break;
    const part = PART.exec(text.slice(next.end, next.end + 3));
    if (!part) break;
    const partWord = part[1]!;
    const follow = text[next.end + partWord.length] ?? '';
    if (partWord === '角' && follow !== '' && JIAO_STARTS_WORD.includes(follow)) break;
    if ((partWord === '毛' || partWord === '分') && /[\u4e00-\u9fff]/.test(follow) && follow !== '钱' && follow !== '錢') break;
    const partOf = PART_CURRENCY[partWord] ?? 'yuan';
    if (partOf !== (d.unit === 'USD' || d.unit === 'JPY' ? d.unit : 'yuan')) break;
    const factor = MONEY_PARTS.get(partWord) ?? 0;
    base += next.value * factor;
    d.end = next.end + partWord.length;
    d.value = base;
    j++;
  }
  return j;
}
