import { overlaps } from '../../engine/spans.js';
import type { DateMention } from '../../models/dateMention.js';
import type { Figure } from '../../models/figure.js';

/**
 * Drops the figures that overlap a date: they are the date's digits (the 2022 of 2022年, the 3
 * of 3月), and the date wins. A vague date (近日) has no digits and drops nothing. Both lists are
 * sorted by start; one merged walk.
 */
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
