/**
 * What a passage of text has put in force for the dates after it (see DateResolver in
 * context.ts), and how the sources of a date's parts combine.
 */
import type { DateGrain } from '../models/dateMention.js';
import type { DayInterval } from './resolve.js';
import type { ImpliedFrom } from './types.js';

/** What a passage has put in force so far. */
export interface PassageState {
  year?: number;
  /** The year is only the one a heading stated: it serves 全年, 年末, 上年, not a bare month (1月10日 of a news page is the page's own). */
  fromHeading?: boolean;
  month?: { year: number; month: number };
  day?: Date;
  /** The last period named, for 去年同期. */
  period?: { interval: DayInterval; grain: DateGrain };
  /**
   * What was in force before a later year the text only implied (明年初, 后年): a plan's year
   * holds for its sentence, and the passage then returns to its own (…明年初…。…到第3季… is this year's).
   */
  beforePlan?: PassageState;
}

/** The year and month a range's second end takes from its first (`2022年6月1日-30日`). */
export interface Inherit {
  year: number;
  month?: number;
}

export type Source = 'stated' | 'referenceDate' | 'context';

export function combineSources(sources: Source[]): ImpliedFrom {
  if (sources.includes('context')) return 'context';
  if (sources.includes('referenceDate')) return 'referenceDate';
  return 'none';
}
