import type { DateMention } from '../models/dateMention.js';
import type { ParseOptions } from '../models/options.js';
import { createContext } from '../pipeline/context.js';
import { resolveOptions } from '../pipeline/settings.js';
import { findDateline, findDates } from './findDates.js';

/**
 * Every time expression of `text`, resolved to an inclusive interval of ISO days: `grain`,
 * `from`/`to`, what the text `stated` and what was `implied` (and from where). Relative dates
 * resolve against `options.referenceDate`, else the page's dateline, else today, exactly as
 * `parseReport` does (the same `findDates` runs there). Spans are UTF-16 offsets into `text`.
 * Throws only on bad options (`GaoxinOptionsError`), never on odd text. `now` supplies "today"
 * for pages with neither option nor dateline (tests pass a fixed clock).
 *
 * @example
 * extractDates('截至今年9月，知识产权价值信用贷344户', { referenceDate: '2022-11-15' })[0];
 * // { text: '今年9月', start: 2, end: 6, grain: 'month', from: '2022-09-01', to: '2022-09-30',
 * //   stated: { month: 9 }, implied: { year: 2022 }, impliedFrom: 'referenceDate' }
 */
export function extractDates(text: string, options?: ParseOptions, now: () => Date = () => new Date()): DateMention[] {
  const resolved = resolveOptions(options);
  let referenceDate = resolved.referenceDate ?? findDateline(text);
  if (!referenceDate) {
    const today = now();
    referenceDate = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  }
  const ctx = createContext(text, { referenceDate, region: resolved.region, includeOrdinals: resolved.includeOrdinals });
  return findDates(ctx);
}
