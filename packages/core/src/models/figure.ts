import { z } from 'zod';
import { ApproxSchema } from './enums.js';
import { IsoDaySchema, MentionSchema, RANGE_INVARIANT, bothBoundsOrNeither } from './span.js';

/** What a figure measures, as defined in the extraction spec. */
export const FigureKindSchema = z.enum([
  'money',
  'area',
  'percent',
  'percentagePoint',
  'multiple',
  'count',
  'duration',
  'other',
]);
export type FigureKind = z.infer<typeof FigureKindSchema>;

export { ApproxSchema } from './enums.js';
export type { Approx } from './enums.js';

/** The date a figure holds for (filled by attribution once dates are extracted). */
export const AsOfSchema = z.object({
  text: z.string(),
  from: IsoDaySchema.optional(),
  to: IsoDaySchema.optional(),
});
export type AsOf = z.infer<typeof AsOfSchema>;

/**
 * A number that states a quantity, with everything that changes its meaning:
 * `[qualifier] number [余|多|来|许] [unit] [以上|以下|左右|上下|之多]`.
 */
export const FigureSchema = MentionSchema.extend({
  kind: FigureKindSchema,
  /** Normalised value: base currency units, m², percent points, the count … (the lower bound for a range). */
  value: z.number(),
  /** Normalised unit: ISO currency for money, `m2` for area, `%`, the classifier for counts, the unit as written otherwise. */
  unit: z.string().optional(),
  approx: ApproxSchema,
  /** Bounds of a range (`300至500万元`); both set or neither. */
  min: z.number().optional(),
  max: z.number().optional(),
  /** The numeral as written (`20.8亿`), or both numerals of a range joined by their separator. */
  numberText: z.string(),
  /** The unit or classifier as written (`元`, `平方公里`, `个百分点`), when there is one. */
  unitText: z.string().optional(),
  /** The magnitude the numeral carried (`亿` → 1e8), 1 when none. */
  multiplier: z.number(),
  /** The qualifier words as written, in order (`约`, `余`, `以上`). */
  qualifiers: z.array(z.string()),
  /** The date the figure holds for, where a date governs it. */
  asOf: AsOfSchema.optional(),
  /** The indicator the figure measures (研发平台, 总投资 …), where known. */
  metric: z.string().optional(),
  /** The entity the figure is about, where known. */
  subject: z.string().optional(),
  /** Index of the article in `Report.articles` the figure stands in, where known. */
  article: z.number().int().nonnegative().optional(),
}).refine(bothBoundsOrNeither, RANGE_INVARIANT);
export type Figure = z.infer<typeof FigureSchema>;
