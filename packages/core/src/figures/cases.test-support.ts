import { createContext, type ExtractionContext } from '../engine/context.js';
import type { Region } from '../models/enums.js';
import { readNumeral, type NumeralRead } from '../numbers/readNumeral.js';
import { readAtom } from './extractors/numeralUnit.js';
import type { Atom } from './types.js';

/** A context for a figure module's case table. */
export function ctxOf(text: string, region: Region = 'mainland', includeOrdinals = false): ExtractionContext {
  return createContext(text, { referenceDate: new Date(2022, 10, 15), region, includeOrdinals });
}

/** The numeral the reader finds at the first occurrence of `numeral` in `text` (the test fails if there is none). */
export function numeralIn(text: string, numeral: string, from = 0): NumeralRead {
  const at = text.indexOf(numeral, from);
  const read = at < 0 ? at : readNumeral(text, at);
  if (typeof read === 'number') throw new Error(`no numeral ${numeral} in ${text}`);
  return read;
}

/** The atom (numeral and unit) of the first `numeral` in the context's text. */
export function atomIn(ctx: ExtractionContext, numeral: string, from = 0): Atom {
  return readAtom(ctx, numeralIn(ctx.text, numeral, from));
}
