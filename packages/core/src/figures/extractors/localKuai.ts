import { isClauseBreak } from '../../knowledge/breaks.js';
import type { UnitEntry } from '../units.js';

/** 块 as money: the page's own currency (五块 on a mainland page is 5 CNY). */
export const LOCAL_KUAI: UnitEntry = { text: '块', kind: 'money', unit: 'local', factor: 1 };

const MONEY_WORDS = /[花费費价價卖賣买買钱錢付售元]/;
// How far back a money word may stand in the clause.
const REACH = 20;

/**
 * Whether the 块 after the numeral at `pos` is money: a word about paying or prices stands
 * before it in the same clause (花了五块, 售价三块); otherwise 块 counts pieces (三块地).
 */
export function clauseMentionsMoney(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0 && i >= pos - REACH; i--) {
    const ch = text[i] ?? '';
    if (isClauseBreak(ch)) break;
    if (MONEY_WORDS.test(ch)) return true;
  }
  return false;
}
