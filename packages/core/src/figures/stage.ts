import { datesStage } from '../dates/stage.js';
import type { Stage } from '../engine/stage.js';
import type { Figure } from '../models/figure.js';
import { assembleFigures } from './assembleFigures.js';
import { refineFigures } from './refineFigures.js';
import { withoutDates } from './refiners/dates.js';

/** A range has no one value: its bounds are min and max (a figure is a copy only where it changes). */
function rangeValue(f: Figure): Figure {
  return f.min !== undefined && f.max !== undefined && f.value !== null ? { ...f, value: null } : f;
}

/** Figures need the dates, to leave a date's digits (2022年, 3月) alone. */
export const figuresStage: Stage<Figure[]> = {
  name: 'figures',
  needs: [datesStage],
  run: (ctx, input) => withoutDates(refineFigures(ctx, assembleFigures(ctx)), input.get(datesStage)).map(rangeValue),
};
