import { z } from 'zod';
import { NumeralApproxSchema } from './enums.js';
import { MentionSchema, RANGE_INVARIANT, bothBoundsOrNeither } from './span.js';

/** How a numeral is written. */
export const NumeralScriptSchema = z.enum(['arabic', 'chinese', 'financial', 'mixed']);
export type NumeralScript = z.infer<typeof NumeralScriptSchema>;

/**
 * Every numeral of a text, bare ones too: the building block under figures.
 * `value` is the number the numeral denotes, magnitude words included (`13.5万` → 135000).
 */
export const NumberMentionSchema = MentionSchema.extend({
  value: z.number(),
  script: NumeralScriptSchema,
  /** The product of the magnitude words that close the numeral (`20.8亿` → 1e8), 1 when none. */
  multiplier: z.number(),
  /** Written as a vague amount inside the numeral (`十余万`, `二十几万`, `两三`). */
  approx: NumeralApproxSchema,
  /** Lower and upper bounds where the numeral itself is a vague range (`二三十` → 20–30). */
  min: z.number().optional(),
  max: z.number().optional(),
}).refine(bothBoundsOrNeither, RANGE_INVARIANT);
export type NumberMention = z.infer<typeof NumberMentionSchema>;
