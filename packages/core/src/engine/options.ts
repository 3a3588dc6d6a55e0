import { isValid, parseISO, startOfDay } from 'date-fns';
import { RegionSchema, type Region } from '../models/enums.js';
import { GaoxinOptionsError } from '../models/errors.js';
import { isReferenceDay, ParseOptionsSchema, type ParseOptions } from '../models/options.js';

/** Options after validation, with the reference date as a local-midnight `Date`. */
export interface ResolvedOptions {
  referenceDate: Date | undefined;
  region: Region | undefined;
  includeOrdinals: boolean;
}

// Defined with the models, the lowest layer, so text/decodeBytes can throw it too.
export { GaoxinOptionsError } from '../models/errors.js';

/**
 * Validates options; throws `GaoxinOptionsError` with a one-line message on bad input.
 *
 * @example
 * resolveOptions({ referenceDate: '2022-11-15' }).referenceDate; // 2022-11-15 00:00 local
 */
export function resolveOptions(options: ParseOptions | undefined): ResolvedOptions {
  return quickResolve(options) ?? resolveWithSchema(options);
}

const REGIONS: ReadonlySet<unknown> = new Set(RegionSchema.options);
const PLAIN_ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The common shapes (nothing, or a plain object whose reference date is a valid ISO day string)
 * without the schema: a batch of small pages calls this once per page, and the schema's parse
 * cost a few per cent of parseReport there. Anything else returns undefined for the schema to judge.
 */
function quickResolve(options: ParseOptions | undefined): ResolvedOptions | undefined {
  if (options === undefined) return { referenceDate: undefined, region: undefined, includeOrdinals: false };
  if (typeof options !== 'object' || options === null || Object.getPrototypeOf(options) !== Object.prototype) return undefined;
  const { referenceDate, region, includeOrdinals } = options;
  if (region !== undefined && !REGIONS.has(region)) return undefined;
  if (includeOrdinals !== undefined && typeof includeOrdinals !== 'boolean') return undefined;
  let day: Date | undefined;
  if (typeof referenceDate === 'string') {
    const m = PLAIN_ISO_DAY.exec(referenceDate);
    if (!m || !isReferenceDay(referenceDate)) return undefined;
    day = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  } else if (referenceDate !== undefined) return undefined;
  return { referenceDate: day, region, includeOrdinals: includeOrdinals ?? false };
}

function resolveWithSchema(options: ParseOptions | undefined): ResolvedOptions {
  const parsed = ParseOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'options';
    // A union (the reference date) says only "Invalid input": the custom message inside says why.
    const inner =
      issue?.code === 'invalid_union'
        ? (issue.errors.flat().find((i) => i.code === 'custom')?.message ?? 'expected a valid Date or a day written YYYY-MM-DD')
        : undefined;
    throw new GaoxinOptionsError(`Invalid ${where}: ${inner ?? issue?.message ?? 'not valid'}`);
  }
  const o = parsed.data;
  return {
    referenceDate: o.referenceDate === undefined ? undefined : toDay(o.referenceDate),
    region: o.region,
    includeOrdinals: o.includeOrdinals ?? false,
  };
}

function toDay(value: Date | string): Date {
  const date = typeof value === 'string' ? parseISO(value) : value;
  if (!isValid(date)) throw new GaoxinOptionsError(`Invalid referenceDate: ${String(value)}`);
  return startOfDay(date);
}
