import type { NumberMention } from '../models/numberMention.js';
import { normalizeText, toOriginalSpan } from '../text/normalize.js';
import { scanNumerals } from './scanNumerals.js';
import { tidyNumber } from './tidyNumber.js';

/**
 * Every numeral of `text`, bare ones too, with the number it denotes: Arabic (1,373,
 * full-width １２３), Chinese (一千二百, 两), financial (壹佰伍拾), Traditional (萬, 億, 點)
 * and mixed (13.5万, 2兆2300億). The building block under figures. Never throws.
 *
 * @example
 * extractNumbers('研发平台312个，约20.8亿元').map((n) => n.value); // [312, 2080000000]
 */
export function extractNumbers(text: string): NumberMention[] {
  const normalized = normalizeText(text);
  return scanNumerals(normalized.text).map((n) => {
    const span = toOriginalSpan(normalized, n.start, n.end);
    const mention: NumberMention = {
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      value: tidyNumber(n.value),
      script: n.script,
      multiplier: n.multiplier,
      approx: n.approx,
    };
    if (n.min !== undefined && n.max !== undefined) {
      mention.min = tidyNumber(n.min);
      mention.max = tidyNumber(n.max);
    }
    return mention;
  });
}
