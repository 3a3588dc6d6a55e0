/** The numeral reader's shapes: what it returns and the tokens it reads a run of characters into. */
import type { NumeralApprox } from '../models/enums.js';
import type { NumeralScript } from '../models/numberMention.js';

/** A numeral read from the text, with offsets into the text it was read from. */
export interface NumeralRead {
  start: number;
  end: number;
  value: number;
  script: NumeralScript;
  /** Product of the magnitude words closing the numeral (`20.8亿` → 1e8). */
  multiplier: number;
  approx: NumeralApprox;
  min?: number;
  max?: number;
  /** A lone 一/壹: in running text mostly an article (一批, 一次性), not a quantity. */
  loneOne: boolean;
  /** Written wholly in Chinese characters. */
  chinese: boolean;
  /** Written digit by digit (一九一六, 二〇一九). */
  digitByDigit: boolean;
}

export type Token =
  | { k: 'digit'; v: number; ch: string; s: number; e: number }
  /** `closed`: an exponent or a Latin magnitude ends the numeral (2e5, 40k). */
  | { k: 'arabic'; v: number; s: number; e: number; digits: number; closed: boolean }
  | { k: 'small'; v: number; s: number; e: number }
  | { k: 'big'; v: number; s: number; e: number }
  | { k: 'point'; frac: string; s: number; e: number }
  | { k: 'fill'; approx: Exclude<NumeralApprox, 'exact'>; s: number; e: number };
