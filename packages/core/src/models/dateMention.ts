import { z } from 'zod';
import { IsoDaySchema, MentionSchema } from './span.js';

/** How fine a resolved date is. */
export const DateGrainSchema = z.enum(['year', 'half', 'quarter', 'month', 'day', 'range', 'vague']);
export type DateGrain = z.infer<typeof DateGrainSchema>;

/**
 * Calendar components, either stated by the text or implied from context. For a range they
 * describe its first end (`1至9月份`: month 1 stated, the year implied).
 */
export const DateComponentsSchema = z.object({
  year: z.number().int().optional(),
  month: z.number().int().optional(),
  day: z.number().int().optional(),
});
export type DateComponents = z.infer<typeof DateComponentsSchema>;

/**
 * How a written bound turns a date into an interval that runs on: `since` (2018年以来, 2018年起,
 * 或之后: from the date on), `after` (2018年以后: from the day after it), `until` (或之前, 及以前:
 * up to and including it), `before` (2018年以前: up to the day before it). An open end has no
 * `from` or `to`; 以来 and 至今 close the interval at the reference date.
 */
export const DateModifierSchema = z.enum(['since', 'after', 'until', 'before']);
export type DateModifier = z.infer<typeof DateModifierSchema>;

/** A time expression of the text, resolved to an inclusive interval of ISO days. */
export const DateMentionSchema = MentionSchema.extend({
  grain: DateGrainSchema,
  from: IsoDaySchema.optional(),
  to: IsoDaySchema.optional(),
  /** What the text itself states (chrono's `assign`). */
  stated: DateComponentsSchema,
  /** What was filled in from the reference date or the passage (chrono's `imply`). */
  implied: DateComponentsSchema,
  /** Where the implied parts came from. */
  impliedFrom: z.enum(['none', 'referenceDate', 'context']),
  /** A bound written with the date (以来, 以前, 或之后 …); absent for a plain date or range. */
  modifier: DateModifierSchema.optional(),
});
export type DateMention = z.infer<typeof DateMentionSchema>;
