/**
 * An amount with a magnitude and no unit (`投资3.2亿`, `數碼港2億基金`, `常住人口约76.2万`) takes
 * its kind from what the clause measures: a money noun next to it makes it money in the page's
 * currency, a noun counting people makes it a count of 人. Otherwise it stays `other`.
 */
import type { Figure } from '../models/figure.js';
import type { ExtractionContext } from '../engine/context.js';
import { toNormalizedOffset } from '../engine/spans.js';
import { localCurrency } from '../text/region.js';

// Nouns of money a report measures: what is invested, earned, paid or granted.
const MONEY = /投资|投入|资金|基金|资本|融资|营收|营业额|营业收入|收入|产值|利润|税收|税额|销售额|出口额|进口额|贸易额|总额|预算|贷款|补贴|奖励|经费|市值|估值|规模|交易额|成交额|增加值|生产总值|GDP/;
// Nouns counting people: 常住人口约76.2万, 从业人员3.1万.
const PEOPLE = /人口|人数|人才|员工|职工|从业人员|就业|游客|居民|学生|用户|人次/;
// How far before the amount the noun may stand, within its clause.
const REACH = 10;
const CLAUSE_BREAK = /[，。；！？,;!?\n]/;

function clauseAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < REACH && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && to - end < 4 && !CLAUSE_BREAK.test(text[to]!)) to++;
  return text.slice(from, start) + '\u0000' + text.slice(end, to);
}

/**
 * The figures, bare amounts given the kind their clause measures.
 *
 * @example
 * // '數碼港2億基金' → 2億: money, HKD on a Hong Kong page
 */
export function withBareAmountKinds(ctx: ExtractionContext, figures: readonly Figure[]): Figure[] {
  return figures.map((f) => {
    if (f.kind !== 'other' || f.unit !== undefined || f.multiplier < 1e4) return f;
    const start = toNormalizedOffset(ctx.normalized, f.start);
    const end = toNormalizedOffset(ctx.normalized, f.end);
    const clause = clauseAround(ctx.text, start, end);
    if (PEOPLE.test(clause)) return { ...f, kind: 'count', unit: '人' };
    if (MONEY.test(clause)) return { ...f, kind: 'money', unit: localCurrency(ctx.region) };
    return f;
  });
}
