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
  return (d.from === undefined || opensWithFourDigitYear(d.from)) && (d.to === undefined || opensWithFourDigitYear(d.to));
}

// What /^\d{4}-/ tests, by code unit: this runs twice per date.
function opensWithFourDigitYear(day: string): boolean {
  if (day.charCodeAt(4) !== 0x2d) return false;
  for (let i = 0; i < 4; i++) {
    const c = day.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}
