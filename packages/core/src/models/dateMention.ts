import { z } from 'zod';
import { IsoDaySchema, MentionSchema } from './span.js';

/** How fine a resolved date is. */
export const DateGrainSchema = z.enum(['year', 'half', 'quarter', 'month', 'day', 'range', 'vague']);
export type DateGrain = z.infer<typeof DateGrainSchema>;

/** Calendar components, either stated by the text or implied from context. */
export const DateComponentsSchema = z.object({
  year: z.number().int().optional(),
  month: z.number().int().optional(),
  day: z.number().int().optional(),
});
export type DateComponents = z.infer<typeof DateComponentsSchema>;

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
});
export type DateMention = z.infer<typeof DateMentionSchema>;
