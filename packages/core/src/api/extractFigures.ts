import { figuresStage } from '../figures/stage.js';
import type { Figure } from '../models/figure.js';
import type { ParseOptions } from '../models/options.js';
import { startRun } from './run.js';

/**
 * Every figure of `text`: `[qualifier] number [余|多] [unit] [以上|左右 …]` with its kind,
 * normalised value, unit and approximation, spans into `text`. Digits of dates are not
 * figures. Runs the date and figure stages only: `asOf`, `metric`, `subject` and `article`
 * are filled by `parseReport`. Throws only on bad options (`GaoxinOptionsError`), never on odd text.
 *
 * @example
 * extractFigures('总投资约20.8亿元')[0];
 * // { text: '约20.8亿元', kind: 'money', value: 2080000000, unit: 'CNY', approx: 'about', … }
 */
export function extractFigures(text: string, options?: ParseOptions): Figure[] {
  return startRun(text, options).get(figuresStage);
}
