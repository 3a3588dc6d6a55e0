/**
 * Which way a change goes: the verb just before a figure says it (同比下降2.1%, 減少17.3%,
 * 减少3.4个百分点 → down; 增长12.6%, 提高1.2个百分点 → up). The figure's value stays the
 * magnitude as written; `direction` is added only where such a verb stands.
 */
import type { Figure } from '../models/figure.js';
import type { ExtractionContext } from '../engine/context.js';
import { toNormalizedOffset } from '../engine/spans.js';
import { wordEndCheck } from './wordEnds.js';

// The verb, then what may stand between it and the number (了, 达, 为, 幅度为).
const BETWEEN_WORDS = ['了', '达', '达到', '为', '幅', '幅度', '幅为', '幅度为', '幅达', '至'];
const BETWEEN = `(?:${BETWEEN_WORDS.join('|')})?[ \\t\\u3000]?$`;
// Taiwan writes growth 成长 (年增, 年减 for year on year); a difference to a benchmark goes the
// same ways (高于全省平均水平3.1个百分点: up; 低于: down).
const DOWN_WORDS = ['下降', '减少', '下滑', '回落', '降低', '下跌', '缩减', '衰退', '萎缩', '负增长', '负成长', '低于', '减', '降', '跌'];
const UP_WORDS = ['增长', '成长', '增加', '提高', '上升', '提升', '上涨', '扩大', '回升', '攀升', '高于', '高出', '增', '升', '涨'];
const DOWN = new RegExp(`(?:${DOWN_WORDS.join('|')})${BETWEEN}`);
const UP = new RegExp(`(?:${UP_WORDS.join('|')})${BETWEEN}`);
// Both patterns end in one of these words and at most one space: a figure after any other
// character takes no regex (most figures stand after 为, 达 or a noun).
const mayEndVerb = wordEndCheck([...BETWEEN_WORDS, ...DOWN_WORDS, ...UP_WORDS], 1);

/**
 * The figures, each with `direction` where a verb of change stands just before it.
 *
 * @example
 * // '同比下降2.1%' → 2.1%, direction 'down'
 */
export function withDirection(ctx: ExtractionContext, figures: readonly Figure[]): Figure[] {
  let floor = 0;
  return figures.map((f) => {
    const start = toNormalizedOffset(ctx.normalized, f.start);
    const lower = Math.max(floor, start - 6);
    floor = toNormalizedOffset(ctx.normalized, f.end);
    if (!mayEndVerb(ctx.text, start, lower)) return f;
    const before = ctx.text.slice(lower, start);
    if (DOWN.test(before)) return { ...f, direction: 'down' };
    if (UP.test(before)) return { ...f, direction: 'up' };
    return f;
  });
}
