/**
 * What the figures read by the numeral grammar still take from the words around them: bare
 * magnitudes (超亿元), currency names before amounts (新台币1兆元), bounding verbs (突破, 最高)
 * and the direction of a change (下降2.1%). Each step is its own module; this runs them in order.
 */
import type { Figure } from '../models/figure.js';
import type { ExtractionContext } from '../engine/context.js';
import { withBoundWords } from './approxWords.js';
import { withBareAmountKinds } from './bareAmounts.js';
import { withCurrencyWords } from './currencyWords.js';
import { withDirection } from './direction.js';
import { withMagnitudeOnly } from './magnitudeOnly.js';
import { withoutStageNames } from './phases.js';
import { withTableFigures } from './tableFigures.js';

/**
 * The assembled figures, completed: table cells and bare magnitudes added, currency names,
 * bounds and directions read, trial phases (临床三期) dropped. Sorted by start.
 */
export function refineFigures(ctx: ExtractionContext, figures: Figure[]): Figure[] {
  const all = withoutStageNames(ctx, withMagnitudeOnly(ctx, withTableFigures(ctx, figures)));
  return withDirection(ctx, withBoundWords(ctx, withBareAmountKinds(ctx, withCurrencyWords(ctx, all))));
}
