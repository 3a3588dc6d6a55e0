/**
 * A currency named before an amount belongs to the figure: `新台幣1,116.5億元`, `港币5亿元`,
 * `日元500亿`, `澳门币2亿元`, with a qualifier before the name (`逾新台幣1兆元`). The name sets
 * the currency whatever the page's region, and makes a bare amount with a magnitude money.
 * Reads the folded text, so one list serves both scripts.
 */
import type { Approx, Figure } from '../models/figure.js';
import type { ExtractionContext } from '../engine/context.js';
import { toNormalizedOffset } from '../engine/spans.js';
import { toOriginalSpan } from '../text/normalize.js';
import { qualifierBefore } from './qualifiers.js';
import { wordEndCheck, type WordEndCheck } from './wordEnds.js';

const WORD_CURRENCY: ReadonlyMap<string, string> = new Map([
  ['新台币', 'TWD'], ['台币', 'TWD'], ['港币', 'HKD'], ['港元', 'HKD'], ['澳门币', 'MOP'], ['澳门元', 'MOP'], ['人民币', 'CNY'],
  ['美元', 'USD'], ['欧元', 'EUR'], ['日元', 'JPY'], ['日圆', 'JPY'], ['日币', 'JPY'], ['英镑', 'GBP'], ['韩元', 'KRW'],
]);
const CURRENCY_BEFORE = new RegExp(`(${[...WORD_CURRENCY.keys()].sort((a, b) => b.length - a.length).join('|')})[ \\t\\u3000]{0,2}$`);
// The names end in one of a few characters (币, 元, 圆, 镑), then at most two spaces: a figure after any
// other character is asked no regex. Asked for every figure.
/** Whether a currency name can end just before `start`, not reaching before `lower`. */
export const mayEndCurrencyName: WordEndCheck = wordEndCheck(WORD_CURRENCY.keys(), 2);
// 约为新台币939.5亿元, 约合人民币: an estimate written before the currency, outside the span.
const ABOUT_BEFORE = /(?<![签合预公条节制契违履特邀相婉誓])约(?:为|合|占|计)?$/;
// Units of an amount that a currency name may govern: a bare 元 or none (a magnitude alone).
const BARE_UNITS = new Set([undefined, '元', '圆', '块']);

/**
 * The figures with a currency name written just before them taken into their span and unit.
 *
 * @example
 * // '营业额达新台幣1,116.5億元' → '新台幣1,116.5億元', money, TWD
 */
export function withCurrencyWords(ctx: ExtractionContext, figures: readonly Figure[]): Figure[] {
  const text = ctx.text;
  let floor = 0;
  return figures.map((f) => {
    const start = toNormalizedOffset(ctx.normalized, f.start);
    const prevFloor = floor;
    floor = toNormalizedOffset(ctx.normalized, f.end);
    const lower = Math.max(prevFloor, start - 6);
    if (!mayEndCurrencyName(text, start, lower)) return f;
    const m = CURRENCY_BEFORE.exec(text.slice(lower, start));
    if (!m) return f;
    const currency = WORD_CURRENCY.get(m[1]!)!;
    const bareMoney = f.kind === 'money' && (BARE_UNITS.has(f.unitText) || f.unit === currency);
    const bareMagnitude = f.kind === 'other' && f.unit === undefined && f.multiplier > 1;
    if (!bareMoney && !bareMagnitude) return f;
    let from = start - m[0].length;
    let approx: Approx = f.approx;
    const qualifiers = [...f.qualifiers];
    const q = qualifierBefore(text, from, prevFloor);
    if (q && f.approx === 'exact') {
      from -= q.word.length;
      approx = q.approx;
      qualifiers.unshift(q.word);
    } else if (f.approx === 'exact' && ABOUT_BEFORE.test(text.slice(Math.max(prevFloor, from - 3), from))) {
      approx = 'about';
    }
    const s = toOriginalSpan(ctx.normalized, from, from + 1).start;
    return { ...f, text: ctx.source.slice(s, f.end), start: s, kind: 'money', unit: currency, approx, qualifiers };
  });
}
