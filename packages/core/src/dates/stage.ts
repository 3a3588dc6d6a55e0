import type { Stage } from '../engine/stage.js';
import type { DateMention } from '../models/dateMention.js';
import { findDates } from './findDates.js';

/**
 * Dates need nothing but the context: its text, region and reference date. A date resolved
 * past year 9999 (一百年后 against 9998) is dropped: every ISO day in a Report is `YYYY-MM-DD`.
 */
export const datesStage: Stage<DateMention[]> = {
  name: 'dates',
  needs: [],
  run: (ctx) => findDates(ctx).filter(hasFourDigitYears),
};

function hasFourDigitYears(d: DateMention): boolean {
  return (d.from === undefined || /^\d{4}-/.test(d.from)) && (d.to === undefined || /^\d{4}-/.test(d.to));
}
