/**
 * Noun phrases around a figure: the level words an indicator may open with (市级及以上), the
 * indicator named after a figure (1000万元专项资金, 169家国家高新区) and the nouns just before
 * one (研发平台312个), read by metric.ts.
 */
import { GENERIC, GENERIC_FORWARD, STOPS, VERBS_FORWARD } from '../entities/lexicon.js';
import { METRIC_LEVEL_WORDS } from '../entities/lexicons/vocabulary.js';
import { arabicDigit } from '../knowledge/numerals.js';
import { hasWordIn } from './chars.js';
import { headEndAt, isHead, lastHeadEndIn } from './heads.js';
import type { PositionSet } from './sorted.js';

/** Level words an indicator may open with, trimmed from it: 市级及以上研发平台 is counted as 研发平台. */
export const LEVEL = new RegExp(`^(?:(?:国家|省|市|区|县)级(?:及)?(?:以上)?|${METRIC_LEVEL_WORDS.join('|')})+`);

// Where a noun phrase after a count ends: a break, a list mark or a conjunction.
const PHRASE_END = /^(?:[，,；;：:。！？!?\n（(）)、﹔﹐和及与與等为為是]|分别|分別)/;
// Without a head noun, a phrase after a count is short (国内领先产品); with one it may be long.
const MAX_AFTER = 10;
const MAX_HEADED_AFTER = 20;

const isLatinCode = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Whether a number stands in text[from, to): the words after a count run into another figure
 * (5.2%的人口创造了15%的经济总量), where a code with a digit in it (5G企业) is a word.
 */
function hasNumberIn(text: string, from: number, to: number): boolean {
  for (let q = from; q < to; q++) {
    if (arabicDigit(text.charCodeAt(q)) < 0) continue;
    let r = q;
    while (r < to && arabicDigit(text.charCodeAt(r)) >= 0) r++;
    if (!isLatinCode(text.charCodeAt(r)) && !isLatinCode(text.charCodeAt(q - 1))) return true;
    q = r;
  }
  return false;
}

/**
 * Where the verb of two or more characters starting at `at` ends (not past `to`), or -1: 布局,
 * 建设. A verb that opens a longer noun (研发 in 研发平台) is read as the noun: -1.
 */
export function verbEndAt(text: string, at: number, to: number): number {
  const verb = VERBS_FORWARD.longestAt(text, at, to);
  if (!verb) return -1;
  const noun = GENERIC_FORWARD.longestAt(text, at, to);
  return noun && noun.end > verb.end ? -1 : verb.end;
}

/**
 * Where the first verb after `from` starts, before `to` (or `to`): 主导产业实现营业收入 ends at 实现.
 * A word that is a noun too (研发, 服务) is read as one: 产业研发中心 runs on.
 */
function verbFrom(text: string, from: number, to: number): number {
  for (let q = from; q < to; q++) {
    const verb = VERBS_FORWARD.longestAt(text, q, to);
    if (verb && (GENERIC_FORWARD.longestAt(text, q, to)?.end ?? q) < verb.end) return q;
  }
  return to;
}

/**
 * The words after a count, where the lexicon knows none: up to the last head noun within reach
 * (10家已投产的电子信息重大项目龙头企业), else up to the next break, verb or 的 (100余项国内领先产品,
 * 14家光電廠商, 三大主导产业实现营业收入 → 主导产业).
 */
export function phraseAfter(text: string, end: number): { start: number; end: number } | undefined {
  let p = end;
  while (p < text.length && p - end < MAX_HEADED_AFTER && !PHRASE_END.test(text.slice(p, p + 2))) p++;
  // A verb at the phrase's very start belongs to it (研发平台); a later one ends it.
  p = verbFrom(text, end + 2, p);
  const reach = text.slice(end, p);
  const last = lastHeadEndIn(text, end, p);
  const headEnd = last < 0 ? -1 : last - end;
  if (headEnd >= 2) return { start: end, end: end + headEnd };
  const of = reach.indexOf('的');
  const len = of >= 0 ? of : reach.length;
  if (len < 2 || len >= MAX_AFTER || !hasWordIn(reach, 0, len) || hasNumberIn(text, end, end + len)) return undefined;
  return { start: end, end: end + len };
}

/** The indicator named right after the figure (1000万元专项资金, 17家省级科技型中小企业). */
export function metricAfter(text: string, end: number, bounds: PositionSet): { start: number; end: number } | undefined {
  const limit = Math.min(text.length, end + 16);
  let pos = end;
  while (pos < limit && !(pos > end && bounds.has(pos))) {
    const w = GENERIC_FORWARD.longestAt(text, pos, limit);
    if (!w) break;
    pos = w.end;
    if (isHead(text.slice(w.start, w.end))) break;
  }
  // 169家国家高新区: where the lexicon stops before a head noun, the head closes the phrase.
  const head = pos > end && !isHead(text.slice(end, pos)) ? headEndAt(text, pos, limit) : -1;
  if (head > 0) pos = head;
  if (pos <= end) return undefined;
  const m = LEVEL.exec(text.slice(end, pos));
  return { start: m && m[0].length < pos - end ? end + m[0].length : end, end: pos };
}

// The opening quote of a closing one (” → “, 」 → 「, ’ → ‘), by code.
const openQuoteOf = (c: number): string | undefined => (c === 0x201d ? '“' : c === 0x300d ? '「' : c === 0x2019 ? '‘' : undefined);

/**
 * The indicator read from the lexicon of common nouns just before `end` (研发平台312个 where
 * the clause before it is a whole predicate); `bounds` are names' edges it does not cross.
 */
export function metricBefore(text: string, end: number, bounds: PositionSet): { start: number; end: number } | undefined {
  const floor = Math.max(0, end - 16 - 4);
  let pos = end;
  let heads = 0;
  while (pos > floor && !bounds.has(pos)) {
    const open = openQuoteOf(text.charCodeAt(pos - 1));
    if (open !== undefined) {
      const at = text.lastIndexOf(open, pos - 1);
      if (at < 0 || pos - at > 12 || pos === end) break;
      pos = at;
      continue;
    }
    const w = GENERIC.longestEndingAt(text, pos, floor);
    if (!w) break;
    const word = text.slice(w.start, w.end);
    const stop = STOPS.longestEndingAt(text, pos, floor);
    // A verb that is also a noun (转化, 投资) opens the phrase only where nothing longer reads as a noun.
    if (stop && stop.end - stop.start > w.end - w.start) break;
    if (isHead(word)) {
      if (heads > 0) break;
      heads++;
    }
    pos = w.start;
  }
  if (pos >= end) return undefined;
  const m = LEVEL.exec(text.slice(pos, end));
  return { start: m && m[0].length < end - pos ? pos + m[0].length : pos, end };
}
