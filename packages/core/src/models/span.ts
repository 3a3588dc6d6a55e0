import { z } from 'zod';

/**
 * A half-open span of UTF-16 code units into the original text: `text.slice(start, end)`
 * is the mention, and `start`/`end` are valid VS Code offsets as they are.
 */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

/** A span together with the exact text it covers (`text === source.slice(start, end)`). */
export const MentionSchema = SpanSchema.extend({
  text: z.string(),
});
export type Mention = z.infer<typeof MentionSchema>;

/** An ISO calendar day, `YYYY-MM-DD`. */
export const IsoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO day YYYY-MM-DD');
export type IsoDay = z.infer<typeof IsoDaySchema>;

/**
 * The range invariant of figures and numbers: `min` and `max` are both set or both absent.
 * A zod refinement, so parsing JSON with one bound alone fails with a message saying which.
 */
export function bothBoundsOrNeither(value: { min?: number | undefined; max?: number | undefined }): boolean {
  return (value.min === undefined) === (value.max === undefined);
}

/** The message of a failed `bothBoundsOrNeither` check. */
export const RANGE_INVARIANT = { message: 'a range sets both min and max, or neither', path: ['max'] };
