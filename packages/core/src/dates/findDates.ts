import type { DateMention } from '../models/dateMention.js';
import type { ExtractionContext } from '../pipeline/context.js';

/** The dates of the context's text, resolved against its reference date. (Filled in by the dates issue.) */
export function findDates(ctx: ExtractionContext): DateMention[] {
  void ctx;
  return [];
}

/** The publication date a page states in its dateline, if any. (Filled in by the dates issue.) */
export function findDateline(text: string): Date | undefined {
  void text;
  return undefined;
}
