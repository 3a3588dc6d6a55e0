import { datesStage } from '../dates/stage.js';
import type { Stage } from '../engine/stage.js';
import { overlaps } from '../engine/spans.js';
import type { DateMention } from '../models/dateMention.js';
import type { Figure } from '../models/figure.js';
import { assembleFigures } from './assembleFigures.js';

/** Figures need the dates, to leave a date's digits (2022年, 3月) alone. */
export const figuresStage: Stage<Figure[]> = {
  name: 'figures',
  needs: [datesStage],
  run: (ctx, input) => withoutDates(assembleFigures(ctx), input.get(datesStage)),
};

/** A figure that overlaps a dated span is the date's digits (the 2022 of 2022年): the date wins. Both lists are sorted. */
export function withoutDates(figures: Figure[], dates: readonly DateMention[]): Figure[] {
  if (dates.length === 0) return figures;
  const out: Figure[] = [];
  let j = 0;
  for (const f of figures) {
    while (j < dates.length && dates[j]!.end <= f.start) j++;
    const d = dates[j];
    if (d && d.grain !== 'vague' && overlaps(d, f)) continue;
    out.push(f);
  }
  return out;
}
