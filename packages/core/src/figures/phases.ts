/**
 * A numeral that names a clinical trial's phase (临床三期, 临床Ⅱ期, 进入临床二期) counts nothing:
 * it is the name of a stage, as 第三批 is an ordinal. Such figures are dropped.
 */
import type { Figure } from '../models/figure.js';
import type { ExtractionContext } from '../engine/context.js';
import { toNormalizedOffset } from '../engine/spans.js';

const TRIAL_BEFORE = /临床(?:试验|实验)?(?:第)?$/;

/**
 * The figures without those that name a trial phase.
 *
 * @example
 * // '药物进入临床三期' → no figure
 */
export function withoutTrialPhases(ctx: ExtractionContext, figures: Figure[]): Figure[] {
  return figures.filter((f) => {
    if (f.unitText !== '期') return true;
    const start = toNormalizedOffset(ctx.normalized, f.start);
    return !TRIAL_BEFORE.test(ctx.text.slice(Math.max(0, start - 6), start));
  });
}
