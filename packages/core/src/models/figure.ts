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

/** How a figure relates to its indicator: its level, a growth rate, a share, a change (个百分点, 净增), a multiple. */
export const MeasureSchema = z.enum(['level', 'growth', 'share', 'change', 'multiple']);
export type Measure = z.infer<typeof MeasureSchema>;

/** Whether a figure states what happened (actual) or what is aimed at (target: 力争, 目标, 计划) or expected (forecast: 预计, 预估). */
export const FigureStatusSchema = z.enum(['actual', 'target', 'forecast']);
export type FigureStatus = z.infer<typeof FigureStatusSchema>;

/**
 * A number that states a quantity, with everything that changes its meaning:
 * `[qualifier] number [余|多|来|许] [unit] [以上|以下|左右|上下|之多]`.
 */
export const FigureSchema = MentionSchema.extend({
  kind: FigureKindSchema,
  /**
   * Normalised value: base currency units, m², percent points, the count …; null for a range,
   * whose bounds are `min` and `max` (as the gold files write it: 500-800家 has value null).
   */
  value: z.number().nullable(),
  /** Normalised unit: ISO currency for money, `m2` for area, `%`, the classifier for counts, the unit as written otherwise. */
  unit: z.string().optional(),
  approx: ApproxSchema,
  /**
   * Which way a change goes, where the text says (同比下降2.1% → `down`, 增长12.6% → `up`);
   * `value` stays the magnitude as written.
   */
  direction: z.enum(['up', 'down']).optional(),
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
  /** How the figure relates to its metric (level, growth, share …), where a metric is known. */
  measure: MeasureSchema.optional(),
  /** Actual, target or forecast. */
  status: FigureStatusSchema.optional(),
  /** The base period a growth or change is measured against (比上年, 较去年同期), where the text names one. */
  comparedTo: AsOfSchema.optional(),
  /** Index of the article in `Report.articles` the figure stands in, where known. */
  article: z.number().int().nonnegative().optional(),
}).refine(bothBoundsOrNeither, RANGE_INVARIANT);
export type Figure = z.infer<typeof FigureSchema>;
