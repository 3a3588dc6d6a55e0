import { z } from 'zod';
import { ArticleSchema } from './article.js';
import { DateMentionSchema } from './dateMention.js';
import { EntitySchema } from './entity.js';
import { FigureSchema } from './figure.js';
import { ReferenceDateSourceSchema, RegionSchema } from './enums.js';
import { IsoDaySchema } from './span.js';

/** Everything Gaoxin reads from one page of text. */
export const ReportSchema = z.object({
  text: z.string(),
  /** The day relative dates were resolved against. */
  referenceDate: IsoDaySchema,
  /** Where the reference date came from. */
  referenceDateSource: ReferenceDateSourceSchema,
  /** The region decided for the page (it sets the currency of a bare 元). */
  region: RegionSchema,
  figures: z.array(FigureSchema),
  dates: z.array(DateMentionSchema),
  entities: z.array(EntitySchema),
  articles: z.array(ArticleSchema),
});
export type Report = z.infer<typeof ReportSchema>;
export type { Region } from './enums.js';
