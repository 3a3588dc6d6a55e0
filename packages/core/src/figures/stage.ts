import { datesStage } from '../dates/stage.js';
import type { Stage } from '../engine/stage.js';
import type { Figure } from '../models/figure.js';
import { assembleFigures } from './assembleFigures.js';
import { refineFigures } from './refineFigures.js';
import { withoutDates } from './refiners/dates.js';

/** Figures need the dates, to leave a date's digits (2022年, 3月) alone. */
export const figuresStage: Stage<Figure[]> = {
  name: 'figures',
  needs: [datesStage],
  run: (ctx, input) => withoutDates(refineFigures(ctx, assembleFigures(ctx)), input.get(datesStage)),
};
