import type { Approx, FigureKind } from '../models/figure.js';
import type { NumeralRead } from '../numbers/readNumeral.js';
import type { UnitEntry } from './units.js';

/** A qualifier word with the approximation it gives (`''` for one the numeral itself carries). */
export interface Qualifier {
  word: string;
  approx: Approx;
}

/** A numeral with what directly follows it: an inner 余/多 and a unit. */
export interface Atom {
  numeral: NumeralRead;
  inner?: Qualifier | undefined;
  unit?: UnitEntry | undefined;
  /** Where the unit starts and ends (equal to the numeral's end when there is none). */
  unitStart: number;
  end: number;
  /** Extra value the unit carries (七成六 → 6 more percent). */
  extra: number;
}

/** A unit found after a numeral: the entry, how many characters it takes, and any extra value. */
export interface UnitMatch {
  unit: UnitEntry;
  length: number;
  extra: number;
}

/** A figure before its value is fixed, in normalised offsets. */
export interface Draft {
  start: number;
  end: number;
  kind: FigureKind;
  unit: string | undefined;
  unitText: string | undefined;
  value: number;
  min?: number;
  max?: number;
  numberStart: number;
  numberEnd: number;
  multiplier: number;
  qualifiers: Qualifier[];
}
