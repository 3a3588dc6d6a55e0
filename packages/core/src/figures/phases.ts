/**
 * A numeral that names a stage or an order counts nothing, as 第三批 is an ordinal: a clinical
 * trial's phase (临床三期, 临床Ⅱ期), and N次 before the noun it ranks (三次产业 the three sectors,
 * 一次能源 primary energy, 二次创业 a zone's second founding). Such figures are dropped.
 */
import type { Figure } from '../models/figure.js';
import type { ExtractionContext } from '../engine/context.js';
import { toNormalizedOffset } from '../engine/spans.js';

const TRIAL_BEFORE = /临床(?:试验|实验)?(?:第)?$/;
// What N次 ranks rather than counts: 三次产业, 一次能源, 二次创业, 二次开发, 一次性.
const RANKED_AFTER_CI = /^(?:产业|產業|能源|创业|創業|开发|開發|性)/;

/**
 * The figures without those that name a trial phase or rank what follows them.
 *
 * @example
 * // '药物进入临床三期', '三次产业结构' → no figure
 */
export function withoutStageNames(ctx: ExtractionContext, figures: Figure[]): Figure[] {
  return figures.filter((f) => {
    if (f.unitText === '期') {
      const start = toNormalizedOffset(ctx.normalized, f.start);
      return !TRIAL_BEFORE.test(ctx.text.slice(Math.max(0, start - 6), start));
    }
    if (f.unitText === '次' && f.approx === 'exact') {
      const end = toNormalizedOffset(ctx.normalized, f.end);
      return !RANKED_AFTER_CI.test(ctx.text.slice(end, end + 2));
    }
    return true;
  });
}
