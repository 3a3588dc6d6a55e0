import { datesStage } from '../dates/stage.js';
import type { DateMention } from '../models/dateMention.js';
import type { ParseOptions } from '../models/options.js';
import { startRun, systemClock } from './run.js';

/**
 * Every time expression of `text`, resolved to an inclusive interval of ISO days: `grain`,
 * `from`/`to`, what the text `stated` and what was `implied` (and from where). Relative dates
 * resolve against `options.referenceDate`, else the page's dateline, else today, exactly as
 * `parseReport` does (the same date stage runs there). Spans are UTF-16 offsets into `text`.
 * Throws only on bad options (`GaoxinOptionsError`), never on odd text. `now` supplies "today"
 * for pages with neither option nor dateline (tests pass a fixed clock).
 *
 * @example
 * extractDates('截至今年9月，知识产权价值信用贷344户', { referenceDate: '2022-11-15' })[0];
 * // { text: '今年9月', start: 2, end: 6, grain: 'month', from: '2022-09-01', to: '2022-09-30',
 * //   stated: { month: 9 }, implied: { year: 2022 }, impliedFrom: 'referenceDate' }
 */
export function extractDates(text: string, options?: ParseOptions, now: () => Date = systemClock): DateMention[] {
  return startRun(text, options, now).get(datesStage);
}
