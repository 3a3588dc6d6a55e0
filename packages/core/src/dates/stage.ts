import type { Stage } from '../engine/stage.js';
import type { DateMention } from '../models/dateMention.js';
import { findDates } from './findDates.js';

/** Dates need nothing but the context: its text, region and reference date. */
export const datesStage: Stage<DateMention[]> = {
  name: 'dates',
  needs: [],
  run: (ctx) => findDates(ctx),
};
