/**
 * Noun phrases around a figure: the level words an indicator may open with (市级及以上), and
 * the indicator named after a figure (1000万元专项资金, 169家国家高新区), read by metric.ts.
 */
import { GENERIC_FORWARD } from '../entities/lexicon.js';
import { METRIC_LEVEL_WORDS } from '../entities/lexicons/vocabulary.js';
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

/**
 * The words after a count, where the lexicon knows none: up to the last head noun within reach
 * (10家已投产的电子信息重大项目龙头企业), else up to the next break or 的 (100余项国内领先产品, 14家光電廠商).
 */
export function phraseAfter(text: string, end: number): { start: number; end: number } | undefined {
  let p = end;
  while (p < text.length && p - end < MAX_HEADED_AFTER && !PHRASE_END.test(text.slice(p, p + 2))) p++;
  const reach = text.slice(end, p);
  const last = lastHeadEndIn(text, end, p);
  const headEnd = last < 0 ? -1 : last - end;
  if (headEnd >= 2) return { start: end, end: end + headEnd };
  const of = reach.indexOf('的');
  const len = of >= 0 ? of : reach.length;
  if (len < 2 || len >= MAX_AFTER || !hasWordIn(reach, 0, len)) return undefined;
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
