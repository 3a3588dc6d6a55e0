import { z } from 'zod';
import { RegionSchema } from './enums.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A reference date: a valid `Date`, or an ISO day string `YYYY-MM-DD` naming a real calendar day. */
export const ReferenceDateSchema = z.union([
  z.date().refine((d) => !Number.isNaN(d.getTime()), { message: 'referenceDate is an invalid Date' }),
  z.string().refine(isRealDay, { message: 'referenceDate must be a real day written YYYY-MM-DD' }),
]);

/** Options for `parseReport` and the extractors. */
export const ParseOptionsSchema = z.object({
  /** The date that 今年, 去年 and bare months resolve against. Default: the page's dateline, else today. */
  referenceDate: ReferenceDateSchema.optional(),
  /** Region that decides the currency of a bare 元. Default: detected once from the whole text. */
  region: RegionSchema.optional(),
  /** Also report ordinals (第三批) as figures of kind `other`. Default false. */
  includeOrdinals: z.boolean().optional(),
});
export type ParseOptions = z.input<typeof ParseOptionsSchema>;
