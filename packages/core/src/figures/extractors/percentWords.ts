/**
 * Rates written as words with no numeral: 半成 (5%), 半折 and 打对折 (50%).
 * The numeral-driven rules never see them, so they are found on their own.
 */
import type { ExtractionContext } from '../../engine/context.js';
import { inRanges } from '../../text/exclusions.js';
import { qualifierBefore } from '../qualifiers.js';
import type { Draft } from '../types.js';

/** A rate word found in the text, in the offsets of the text searched. */
export interface PercentWord {
  start: number;
  end: number;
  /** The percent number (半成 → 5). */
  value: number;
  text: string;
}

// 半成品, 一半成本, 半成熟: the 成 opens another word.
const CHENG_STARTS_WORD = new Set('立为為功果本交熟长長员員效绩績就型都品份分像个個');
// 折扣, 折旧, 折算, 折合: the 折 opens another word.
const ZHE_STARTS_WORD = new Set('扣叠疊腾騰合算旧舊射线線价價返现現');
// 对折 alone also means folding in half; only 打对折 is a discount.
const RATE_WORDS = /半成|半折|打[对對]折/g;

/**
 * Every rate word of `text`, in order. One pass with a regex compiled at module load.
 *
 * @example
 * findPercentWords('全场打对折'); // [{ start: 3, end: 5, value: 50, text: '对折' }]
 */
export function findPercentWords(text: string): PercentWord[] {
  const out: PercentWord[] = [];
  // The one regex of the module, its lastIndex reset before and after: a regex made per call runs
  // interpreted (it never lives long enough to be compiled), over every character of the page.
  const re = RATE_WORDS;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word = m[0];
    const next = text[m.index + word.length] ?? '';
    const isCheng = word === '半成';
    if ((isCheng ? CHENG_STARTS_WORD : ZHE_STARTS_WORD).has(next)) continue;
    // 一半成, 三成半折: a 半 that belongs to the numeral before it is no rate of its own.
    if (word[0] === '半' && /[一二三四五六七八九十两兩成0-9０-９]/.test(text[m.index - 1] ?? '')) continue;
    const start = word[0] === '打' ? m.index + 1 : m.index;
    out.push({ start, end: m.index + word.length, value: isCheng ? 5 : 50, text: text.slice(start, m.index + word.length) });
  }
  re.lastIndex = 0;
  return out;
}

/**
 * Adds the rates written as words (半成, 打对折) where no numeral figure covers them, in text order.
 * `excluded` are the ranges no figure is read in (addresses, URLs).
 */
export function withPercentWords(ctx: ExtractionContext, drafts: Draft[], excluded: Array<[number, number]>): Draft[] {
  const words = findPercentWords(ctx.text);
  if (words.length === 0) return drafts;
  const cursor = { i: 0 };
  const added: Draft[] = [];
  // Both lists are in text order, so one forward pointer finds the drafts a word could overlap.
  let j = 0;
  for (const w of words) {
    if (inRanges(excluded, w.start, cursor)) continue;
    while (j < drafts.length && drafts[j]!.end <= w.start) j++;
    const d0 = drafts[j];
    if (d0 && d0.start < w.end) continue;
    const d: Draft = {
      start: w.start,
      end: w.end,
      kind: 'percent',
      unit: '%',
      unitText: w.text,
      value: w.value,
      numberStart: w.start,
      numberEnd: w.start + 1,
      multiplier: 1,
      qualifiers: [],
    };
    const before = qualifierBefore(ctx.text, d.start, j > 0 ? drafts[j - 1]!.end : 0);
    if (before) {
      d.start -= before.word.length;
      d.qualifiers.push(before);
    }
    added.push(d);
  }
  return [...drafts, ...added].sort((a, b) => a.start - b.start);
}
