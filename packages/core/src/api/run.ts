import { findDateline } from '../dates/dateline.js';
import { createContext } from '../engine/context.js';
import { GaoxinOptionsError, resolveOptions } from '../engine/options.js';
import { resolveReferenceDate } from '../engine/referenceDate.js';
import { createRun, type StageRun } from '../engine/stage.js';
import type { ParseOptions } from '../models/options.js';

/** Local time, read only where neither the options nor the page give a reference date. */
export const systemClock = (): Date => new Date();

/**
 * Validates the options, resolves the reference date (option, else dateline, else today) and
 * builds the context: the one way every entry point starts. Throws `GaoxinOptionsError` on bad
 * options and on text that is not a string.
 *
 * @example
 * startRun('截至今年9月', { referenceDate: '2022-11-15' }).context.referenceDateSource; // 'option'
 */
export function startRun(text: string, options: ParseOptions | undefined, now: () => Date = systemClock): StageRun {
  if (typeof text !== 'string') throw new GaoxinOptionsError(`Invalid text: expected a string, got ${text === null ? 'null' : typeof text}`);
  const resolved = resolveOptions(options);
  const reference = resolveReferenceDate(text, resolved.referenceDate, findDateline, now);
  return createRun(
    createContext(text, {
      referenceDate: reference.date,
      referenceDateSource: reference.source,
      region: resolved.region,
      includeOrdinals: resolved.includeOrdinals,
    }),
  );
}
