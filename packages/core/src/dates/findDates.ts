import type { DateMention } from '../models/dateMention.js';
import type { ExtractionContext } from '../engine/context.js';
import { toOriginalSpan } from '../text/normalize.js';
import { scanDates } from './scan.js';
import { withTableDates } from './tableDates.js';

export { findDateline } from './dateline.js';

/**
 * The dates of the context's text, resolved against its reference date, with spans into the
 * original text (`text === ctx.source.slice(start, end)`), sorted and without overlaps.
 *
 * @example
 * findDates(createContext('截至今年9月', { referenceDate: new Date(2022, 10, 15) }))[0];
 * // { text: '今年9月', start: 2, end: 6, grain: 'month', from: '2022-09-01', to: '2022-09-30', … }
 */
export function findDates(ctx: ExtractionContext): DateMention[] {
  const found = scanDates(ctx.text, ctx.referenceDate, ctx.region, ctx.referenceDateSource === 'today');
  const out: DateMention[] = new Array<DateMention>(found.length);
  for (let i = 0; i < found.length; i++) {
    const d = found[i]!;
    const { start, end } = toOriginalSpan(ctx.normalized, d.start, d.end);
    // `text` first, as in every mention; assigned rather than spread, once per date.
    const m: DateMention = { text: ctx.source.slice(start, end), start, end, grain: d.grain, stated: d.stated, implied: d.implied, impliedFrom: d.impliedFrom };
    if (d.from !== undefined) m.from = d.from;
    if (d.to !== undefined) m.to = d.to;
    if (d.modifier !== undefined) m.modifier = d.modifier;
    out[i] = m;
  }
  return withTableDates(ctx, out);
}
