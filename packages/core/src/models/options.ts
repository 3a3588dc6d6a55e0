import { z } from 'zod';
import { RegionSchema } from './enums.js';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0 to 99 as they are.
  date.setUTCFullYear(y, mo - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * The years a reference date may fall in: relative dates (明天, 后年) resolved against it stay
 * four-digit years, which every ISO day in a Report is.
 */
export const REFERENCE_YEARS = { min: 1000, max: 9998 } as const;
const IN_RANGE = `referenceDate must be a day in the years ${REFERENCE_YEARS.min} to ${REFERENCE_YEARS.max}`;
const inRange = (year: number) => year >= REFERENCE_YEARS.min && year <= REFERENCE_YEARS.max;

/** True for an ISO day string `YYYY-MM-DD` that names a real calendar day in the allowed years. */
export function isReferenceDay(value: string): boolean {
  return isRealDay(value) && inRange(Number(value.slice(0, 4)));
}

/** A reference date: a valid `Date`, or an ISO day string `YYYY-MM-DD` naming a real calendar day; years 1000 to 9998. */
export const ReferenceDateSchema = z.union([
  z.date().superRefine((d, ctx) => {
    if (Number.isNaN(d.getTime())) ctx.addIssue({ code: 'custom', message: 'referenceDate is an invalid Date' });
    else if (!inRange(d.getFullYear())) ctx.addIssue({ code: 'custom', message: IN_RANGE });
  }),
  z.string().superRefine((s, ctx) => {
    if (!isRealDay(s)) ctx.addIssue({ code: 'custom', message: 'referenceDate must be a real day written YYYY-MM-DD' });
    else if (!inRange(Number(s.slice(0, 4)))) ctx.addIssue({ code: 'custom', message: IN_RANGE });
  }),
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
