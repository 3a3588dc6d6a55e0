import type { ExtractionContext } from '../../engine/context.js';
import { isDigitChar, magnitudeValue } from '../../knowledge/numerals.js';
import { innerQualifier, resolveCurrency } from '../draft.js';
import type { Atom, Draft } from '../types.js';

// A currency written before the amount: a sign, a code, or 人民币 (人民币 8千元).
// A currency's name before the amount (新台币300亿元, 港币50亿元) names the currency of a bare 元 or of a
// bare amount with a magnitude (新臺幣300億); 兑美元6.9 stays no figure.
const CURRENCY_SIGN = /(US\$|HK\$|NT\$|RMB|CNY|USD|人民币|人民幣|新台币|新臺幣|新台幣|港币|港幣|港元|美元|欧元|歐元|日元|日圓|日圆|英镑|英鎊|[$＄￥¥€£])[ \t\u3000]{0,2}$/;
const SIGN_CURRENCY: Readonly<Record<string, string>> = {
  US$: 'USD', HK$: 'HKD', NT$: 'TWD', RMB: 'CNY', CNY: 'CNY', USD: 'USD', 人民币: 'CNY', 人民幣: 'CNY',
  新台币: 'TWD', 新臺幣: 'TWD', 新台幣: 'TWD', 港币: 'HKD', 港幣: 'HKD', 港元: 'HKD', 美元: 'USD', 欧元: 'EUR', 歐元: 'EUR',
  日元: 'JPY', 日圓: 'JPY', 日圆: 'JPY', 英镑: 'GBP', 英鎊: 'GBP',
  $: 'USD', '＄': 'USD', '￥': 'CNY', '¥': 'CNY', '€': 'EUR', '£': 'GBP',
};
// By code unit: checked before every numeral, so no one-character string is made for it.
const SIGN_LAST = new Uint8Array(0x10000);
for (const k of Object.keys(SIGN_CURRENCY)) SIGN_LAST[k.charCodeAt(k.length - 1)] = 1;

function isInnerSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000;
}
// Signs that stand before any amount, as the existing rules read them (人民币 50, RMB 300).
const NAMES_BARE_AMOUNT = new Set(['US$', 'HK$', 'NT$', 'RMB', 'CNY', 'USD', '人民币', '人民幣']);

// English magnitudes as HK and mainland reports write them after US$, HK$ or RMB amounts.
const ENGLISH_MAGNITUDE = /^[ \t]?(thousand|million|billion|trillion|mn|bn)s?(?![A-Za-z])/i;
const ENGLISH_FACTOR: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };

/**
 * The English magnitude written right after an amount (`1.2 billion`, `500mn`), with where it ends.
 *
 * @example
 * englishMagnitudeAt('US$1.2 billion', 7); // { factor: 1e9, end: 14 }
 */
export function englishMagnitudeAt(text: string, at: number): { factor: number; end: number } | undefined {
  const c = text.charCodeAt(at);
  // Every match opens with a space, a tab or one of t m b (either case).
  if (c !== 0x20 && c !== 0x09 && c !== 0x74 && c !== 0x54 && c !== 0x6d && c !== 0x4d && c !== 0x62 && c !== 0x42) return undefined;
  const m = ENGLISH_MAGNITUDE.exec(text.slice(at, at + 10));
  return m ? { factor: ENGLISH_FACTOR[m[1]!.toLowerCase()]!, end: at + m[0].length } : undefined;
}

/**
 * A currency sign, code or name right before the atom ($5, RMB 300, 人民币 8千元, 新臺幣300億).
 * `floor` is the end of the figure before: in 4人民币 5美元 the 人民币 is the unit of the 4, not a sign of the 5.
 */
export function currencySignDraft(ctx: ExtractionContext, a: Atom, floor: number): Draft | undefined {
  const text = ctx.text;
  const n = a.numeral;
  // Every sign ends in one of SIGN_LAST (up to two spaces may follow); most numerals have none before them.
  let p = n.start - 1;
  if (isInnerSpace(text.charCodeAt(p))) p--;
  if (isInnerSpace(text.charCodeAt(p))) p--;
  if (SIGN_LAST[text.charCodeAt(n.start - 1)] !== 1 && SIGN_LAST[text.charCodeAt(p)] !== 1) return undefined;
  const sign = CURRENCY_SIGN.exec(text.slice(Math.max(0, n.start - 6), n.start));
  if (!sign) return undefined;
  const before = text[n.start - sign[0].length - 1] ?? '';
  const signIsUnit = n.start - sign[0].length < floor || isDigitChar(before) || (before !== '' && magnitudeValue(before) !== undefined);
  const signIsWord = sign[1]!.length > 1 && !NAMES_BARE_AMOUNT.has(sign[1]!);
  const signFits = !signIsWord || (a.unit !== undefined && a.unit.unit === 'local') || (!a.unit && n.multiplier > 1);
  if (signIsUnit || !signFits || (a.unit && a.unit.kind !== 'money')) return undefined;
  // A bare 元 takes the currency the sign names (人民币 50元 is CNY on any page).
  const currency = a.unit && a.unit.unit !== 'local' ? resolveCurrency(ctx, a.unit) : SIGN_CURRENCY[sign[1]!] ?? 'USD';
  // US$1.2 billion, RMB 3.2 bn: an English magnitude after an amount a sign opens.
  const english = a.unit ? undefined : englishMagnitudeAt(text, n.end);
  // A sign or code is part of the span; a currency's name is taken in later, with a qualifier
  // before it (逾新台币1兆元), by refineFigures' currency words.
  return {
    start: signIsWord ? n.start : n.start - sign[0].length,
    end: a.unit ? a.end : english ? english.end : n.end,
    kind: 'money',
    unit: currency,
    unitText: a.unit ? ctx.normalized.unfolded.slice(a.unitStart, a.end) : signIsWord ? undefined : sign[1],
    value: n.value * (a.unit?.factor ?? 1) * (english?.factor ?? 1),
    numberStart: n.start,
    numberEnd: n.end,
    multiplier: n.multiplier,
    qualifiers: innerQualifier(a),
  };
}
