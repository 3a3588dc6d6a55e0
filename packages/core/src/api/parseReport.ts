import type { z } from 'zod';
import { attributionStage } from '../attribution/stage.js';
import { datesStage } from '../dates/stage.js';
import { entitiesStage } from '../entities/stage.js';
import { isoDay } from '../knowledge/isoDay.js';
import { ParseOptionsSchema, type ParseOptions } from '../models/options.js';
import type { Report } from '../models/report.js';
import { structureStage } from '../structure/stage.js';
import { startRun } from './run.js';

/**
 * Reads a whole report page: its figures, dates, entities and articles, with spans into
 * `text` and the reference date relative dates were resolved against. Throws
 * `GaoxinOptionsError` on bad options only; any text, however odd, gives a Report.
 *
 * @example
 * const report = parseReport('截至今年9月，引育科技型企业1373家。', { referenceDate: '2022-11-15' });
 * report.figures[0]?.value; // 1373
 */
export function parseReport(text: string, options?: ParseOptions): Report {
  const run = startRun(text, options);
  const ctx = run.context;
  return {
    text,
    referenceDate: isoDay(ctx.referenceDate),
    referenceDateSource: ctx.referenceDateSource,
    region: ctx.region,
    figures: run.get(attributionStage),
    dates: run.get(datesStage),
    entities: run.get(entitiesStage),
    articles: run.get(structureStage),
  };
}

/** The result of `safeParseReport`: zod's success/error union, the error describing the bad options. */
export type SafeParseReportResult =
  | { success: true; data: Report }
  | { success: false; error: z.ZodError<ParseOptions> };

/**
 * Like `parseReport`, but returns zod's `{ success: false, error }` for bad options instead of throwing.
 *
 * @example
 * const r = safeParseReport('…', { referenceDate: '2022-13-01' });
 * if (!r.success) console.error(r.error.issues[0]?.message);
 */
export function safeParseReport(text: string, options?: ParseOptions): SafeParseReportResult {
  const checked = ParseOptionsSchema.safeParse(options ?? {});
  if (!checked.success) return { success: false, error: checked.error };
  return { success: true, data: parseReport(text, options) };
}
