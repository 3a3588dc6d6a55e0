/**
 * The indicator a figure measures (`metric`), as the text names it: the whole noun phrase of
 * its clause before the number (完成全社会固定资产投资740亿元 → 全社会固定资产投资), with
 * the subject, the time phrase, lead verbs (实现, 完成) and the relational words between it and
 * the number (达, 同比增长, 占比) taken off. Where nothing is left the indicator is after the
 * number (1000万元专项资金), or the figure takes the metric of the figure before it (see attribute.ts).
 */
import { GENERIC, STOPS } from '../entities/lexicon.js';
import { ASPECT, CONTINUES_BEFORE, LEAD_OPENS_WORD, LEADS, MAX_METRIC, OWNER_VERBS, lastCutAtOrBefore, ownerBefore, predicateEndIn, predicateIn, previousClausePhrase, verbEndIn, type MetricLimits } from './clauseOpening.js';
import { lastHeadEndIn } from './heads.js';
import { LEVEL, metricAfter, metricBefore, phraseAfter, verbEndAt } from './phrases.js';
import { endsInFunctionWord, hasWordIn, isSpaceCode, quotedPhraseStart } from './chars.js';
import { Trie } from '../entities/trie.js';
import { RELATIONS, type Relation } from './measure.js';
import { isSharePhrase, shareVerbIn } from './share.js';
import { awardBefore, isGrantingWord, isScopePhrase } from './grants.js';
import type { PositionSet } from './sorted.js';

export type { MetricLimits } from './clauseOpening.js';
import { isClauseBreakAt } from './segments.js';

// A comparison with a base that is no date, closing the clause before the figure (高于全市平均水平).
const ABOVE_BASE = /(?:高于|低于|快于|慢于|高出|低出|超出|領先|领先|高於|低於|快於|慢於)[^，,；;。\d]{1,10}$/;
const MAX_ABOVE = 12; // the longest ABOVE_BASE reads: its word and ten characters of base
// Before a base date: 比上年, 较去年同期, 與2005年, 是2005年的.
const COMPARISON_MARKERS = new Set(['比', '较', '較', '与', '與', '同', '是', '由', '相比', '对比', '對比']);

// Leads that count one of something (每个项目, 每家企业): with their noun, how far a grant reaches.
const PER_ONE: ReadonlySet<string> = new Set(['每人', '每家', '每个', '每個', '每项', '每項']);
// The most unknown characters between a verb and the noun lexicon's reading that still belong to the indicator.
const MAX_BETWEEN = 2;
// Past this length a clause that the noun lexicon can read is read by it (its reading is a suffix of the clause).
const LONG_METRIC = 10;
// Verbs that take the figure as their object (最高给予20万元的奖励, 撥出2億港元營運資金), both scripts.
const VERBS_BEFORE = new Trie<true>('backward');
for (const w of '给予 給予 挑战 挑戰 拨出 撥出 批出 释出 釋出 设立 設立 引进 引進 带动 帶動 吸引 创造 創造 提供 发放 發放 兑现 兌現'.split(' ')) VERBS_BEFORE.set(w, true);

/** What the text around a figure says about its indicator; offsets are normalised. */
export interface MetricReading {
  /** A rate named between the indicator and the number (增速提高3.5个百分点): the figure is of the indicator's rate. */
  rateWord?: { start: number; end: number };
  /** What holds the indicator where it is no name (电子信息领域, 中关村国高新企业): it is written before the metric. */
  owner?: { start: number; end: number };
  /** The indicator is named after the figure (1000万元专项资金): the figure counts or sizes that thing. */
  after?: boolean;
  /** Where the indicator stands, when the text names one for this figure. */
  span?: { start: number; end: number };
  /** Growth, share and glue words found between the indicator and the number. */
  relations: Set<Relation>;
  /** The base date a comparison names (比上年, 较去年同期), normalised start and end. */
  comparedTo?: { start: number; end: number };
}

/**
 * Reads the indicator of the figure at [start, end) from its clause. `countsAfter` reads the
 * right side first (三大研究集群: an N大 figure counts the noun after it).
 *
 * | clause | metric | relations |
 * | --- | --- | --- |
 * | 完成全社会固定资产投资740亿元 | 全社会固定资产投资 | filler |
 * | 社会消费品零售总额完成486.7亿元 | 社会消费品零售总额 | filler |
 * | 比上年增长10.7% | — | growth (comparedTo 上年) |
 * | 技术收入占总收入比重为26.8% | 技术收入占总收入 | share |
 * | 1000万元专项资金 | 专项资金 | — |
 */
export function readMetricAt(text: string, start: number, end: number, limits: MetricLimits, countsAfter = false, countsThings = false, ofAfter = false): MetricReading {
  const relations = new Set<Relation>();
  const reading: MetricReading = { relations };
  let floor = lastCutAtOrBefore(limits, start);
  let e = start;
  // 增速高于全市4.5个百分点, 高于全省平均水平3.4个百分点: the base compared with is no indicator.
  const aboveFrom = Math.max(floor, e - MAX_ABOVE);
  const above = ABOVE_BASE.exec(text.slice(aboveFrom, e));
  if (above) e = aboveFrom + above.index;
  // Peel relational words and comparison bases off the right end: 營業額較去年同期成長達 → 營業額.
  for (;;) {
    while (e > floor && isSpaceCode(text.charCodeAt(e - 1))) e--;
    // 地区生产总值（GDP）4012.6亿元: the indicator's short name in brackets stands between it and its number.
    // A cut at the bracket itself is the short name's own (an alias of no name found), not a name's end.
    const alias = limits.bounds.has(e) ? undefined : aliasBefore(text, e);
    if (alias !== undefined && alias > lastCutAtOrBefore(limits, alias)) {
      e = alias;
      floor = Math.min(floor, lastCutAtOrBefore(limits, e));
      continue;
    }
    const dateStart = limits.dateEndingAt.get(e);
    // 增速比上半年提高: a comparison base is peeled off even where its date ended the reading.
    if (dateStart !== undefined && e === floor && markerEndingAt(text, dateStart, 0) !== undefined) {
      reading.comparedTo ??= { start: dateStart, end: e };
      e = markerEndingAt(text, dateStart, 0)!;
      floor = lastCutAtOrBefore(limits, e);
      continue;
    }
    if (dateStart !== undefined && dateStart >= floor) {
      const marker = markerEndingAt(text, dateStart, floor);
      if (marker !== undefined) {
        reading.comparedTo ??= { start: dateStart, end: e };
        e = marker;
        continue;
      }
      break;
    }
    const r = RELATIONS.longestEndingAt(text, e, floor);
    if (!r) break;
    // 集中签约15个: a glue character that ends a longer word (签约, not 约) is that word's.
    if (r.end - r.start === 1 && r.value === 'filler' && (STOPS.longestEndingAt(text, e, floor)?.start ?? e) < r.start) break;
    relations.add(r.value);
    // 占规模以上工业总产值的比重为47.5%: the 的 before a share word belongs to it.
    if (r.value === 'share' && text.charAt(r.start - 1) === '的' && r.start - 1 > floor) {
      e = r.start - 1;
      continue;
    }
    if (RATE_WORDS.has(text.slice(r.start, r.end))) reading.rateWord ??= { start: r.start, end: r.end };
    e = r.start;
  }
  if (text.charAt(e - 1) === '的' && e - 1 >= floor && limits.dateEndingAt.has(e - 1)) {
    // 是2005年的5.2倍: the base stands before 的, and the indicator before it, even where the
    // base date's end was the reading's cut (专利授权量是2015年的3.2倍).
    const dateStart = limits.dateEndingAt.get(e - 1)!;
    const marker = markerEndingAt(text, dateStart, 0);
    if (marker !== undefined) {
      reading.comparedTo ??= { start: dateStart, end: e - 1 };
      e = marker;
      floor = Math.min(floor, lastCutAtOrBefore(limits, e));
    }
  }
  // 企业发放“科创积分贷”26.7亿元; “长三角G60科创之眼”一期项目总投资 with the name cut off by its entity.
  let s = quotedPhraseStart(text, floor, e, verbBefore);
  let verbAt: number | undefined;
  let granted = false;
  // Where a lead of one (每个, 每家) opens how far a grant reaches: 给予每个项目最高500万元的…
  let scopeFrom: number | undefined;
  for (;;) {
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    const lead = LEADS.longestAt(text, s, e);
    if (!lead) break;
    const word = text.slice(lead.start, lead.end);
    // 在孵企业, 在建项目, 在校生: 在 before a verb of one character makes a noun of the state, no lead;
    // 其他, 其余: 其 opens a word of its own.
    if (LEAD_OPENS_WORD.get(word)?.has(text.charCodeAt(lead.end))) break;
    if (OWNER_VERBS.has(word)) verbAt = lead.start;
    if (isGrantingWord(word)) granted = true;
    if (PER_ONE.has(word)) scopeFrom = lead.start;
    s = lead.end;
    // 已布局建设大科学装置, 园区已建设研发平台: after an adverb of aspect come verbs, even those that are nouns too.
    if (ASPECT.has(word)) for (let v = verbEndAt(text, s, e); v > s && e - v >= 2; v = verbEndAt(text, s, e)) s = v;
  }
  // 单个企业每年最高200万元: how far a cap reaches is no indicator.
  if (s < e && isScopePhrase(text, scopeFrom ?? s, e)) s = e;
  // 技术收入占总收入的26.8%, 占全市总量的42%: the 的 between a share phrase and its number belongs to the share.
  if (text.charAt(e - 1) === '的' && isSharePhrase(text, s, e - 1)) e--;
  const levelTrim = (from: number): number => {
    const m = LEVEL.exec(text.slice(from, e));
    return m && m[0].length < e - from ? from + m[0].length : from;
  };
  // 数字信息技术、商业航天与卫星互联、智能终端三个产业: after a list, the figure counts the noun after it.
  if (countsAfter || (floor > 0 && text.charAt(floor - 1) === '、')) {
    const after = metricAfter(text, end, limits.bounds) ?? (countsAfter ? phraseAfter(text, end) : undefined);
    if (after) {
      reading.span = after;
      reading.after = true;
      return reading;
    }
  }
  // 研发投入占销售收入的比重为15%: a share's indicator is the whole "part 占 whole" phrase, not the whole alone.
  if (e - s <= MAX_METRIC && shareVerbIn(text, s, e) >= 0) {
    relations.add('share');
    reading.span = { start: levelTrim(s), end: e };
    return reading;
  }
  // 设立1000万元专项资金, 集聚了140多家医疗器械企业, 拨出2亿港元营运资金: a verb before the figure, the indicator after it.
  let verbEnd = e;
  if (text.charAt(verbEnd - 1) === '了') verbEnd--;
  const verb = STOPS.longestEndingAt(text, verbEnd, s);
  const endsInVerb = (verb !== undefined && verb.end - verb.start >= 2 && !GENERIC.longestEndingAt(text, verbEnd, s)) || VERBS_BEFORE.longestEndingAt(text, verbEnd, s) !== undefined;
  // 支持硬科技企业发展十条措施: a count whose noun follows it up to the clause's end counts that
  // noun, whatever stands before it.
  if (countsThings && relations.size === 0) {
    // 20余场专业活动: where the lexicon stops short of the clause's end on no head noun, the
    // words to the end (but 140多家医疗器械企业人才需求 counts 医疗器械企业).
    const known = metricAfter(text, end, limits.bounds);
    const after = !known || reachesBreak(text, known.end) || lastHeadEndIn(text, known.start, known.end) === known.end ? known : phraseAfter(text, end);
    if (after && reachesBreak(text, after.end)) {
      reading.span = after;
      reading.after = true;
      return reading;
    }
  }
  if (e - s >= 2 && hasWordIn(text, s, e) && !endsInVerb && !endsInFunctionWord(text, s, e)) {
    const walked = metricBefore(text, e, limits.bounds);
    // The noun lexicon's reading wins where the clause holds a verb or a second head noun before
    // it (已建成市级及以上研发平台, 认定高校、科研院所技术合同) or runs long; the clause wins
    // where the lexicon stops at a word it does not know (全社会固定资产投资, not 资产投资).
    if (walked && walked.start > s && (e - s > LONG_METRIC || predicateIn(text, s, walked.start))) {
      // 获得私人投资: the few words between the last verb and the known noun are the indicator's.
      const verbEnd = verbEndIn(text, s, walked.start);
      const between = walked.start - verbEnd;
      reading.span = verbEnd > s && between <= MAX_BETWEEN && hasWordIn(text, verbEnd, walked.start) && !endsInFunctionWord(text, verbEnd, walked.start) ? { start: verbEnd, end: e } : walked;
      return reading;
    }
    if (e - s > MAX_METRIC) {
      // “长三角G60科创之眼”一期项目总投资: past a long quoted name, the indicator follows it.
      const close = Math.max(text.lastIndexOf('”', e - 1), text.lastIndexOf('」', e - 1));
      if (close >= s && e - close - 1 >= 2 && e - close - 1 <= MAX_METRIC) {
        reading.span = { start: levelTrim(close + 1), end: e };
        return reading;
      }
    }
    if (e - s <= MAX_METRIC) {
      reading.span = { start: levelTrim(s), end: e };
      // 电子信息领域实现总收入2465.0亿元, 積體電路產業1至9月營業額9,734億元: what holds the indicator,
      // when it is no name, belongs to it, past a verb of completion or a date.
      const afterDate = verbAt === undefined && s === floor && limits.dateEndingAt.has(s);
      const ownerEnd = afterDate ? s : verbAt;
      if (ownerEnd !== undefined) {
        const owner = ownerBefore(text, ownerEnd, limits, afterDate);
        if (owner) reading.owner = owner;
      }
      return reading;
    }
  }
  // 占苏州市3.4%的土地, 最高给予20万元的奖励, 9600多人的工作职缺: the figure sizes the noun after 的.
  if (text.charAt(end) === '的') {
    const after = phraseAfter(text, end + 1);
    if (after) {
      reading.span = after;
      reading.after = true;
      // 14.1%的增速高于全区: a rate of the indicator in force.
      const rate = RATE_WORD_LIST.find((w) => text.startsWith(w, after.start));
      if (rate && ofAfter) reading.rateWord = { start: after.start, end: after.start + rate.length };
      if (rate) reading.span = { start: after.start, end: after.start + rate.length };
      return reading;
    }
  }
  if (onlyFiller(relations)) {
    // 给予每人最高100万元安家补贴: what is granted follows the amount, known to the lexicon or not.
    const after = metricAfter(text, end, limits.bounds) ?? (countsThings || endsInVerb || granted ? phraseAfter(text, end) : undefined);
    if (after) {
      reading.span = after;
      reading.after = true;
    }
  }
  // A date opening a clause of glue (全年达到58.6亿元) stands between it and the clause before.
  const opening = limits.dateEndingAt.get(floor);
  const clauseAt = opening !== undefined && opening > 0 && limits.cutFrom(opening) === opening ? opening : floor;
  const continues = !reading.span && s >= e && onlyFiller(relations) && clauseAt > 0 && CONTINUES_BEFORE.includes(text.charAt(clauseAt - 1));
  // 给予落户奖励，最高不超过500万元: a cap with nothing of its own is of the award granted before it.
  if (continues) {
    const award = awardBefore(text, clauseAt - 1);
    if (award) {
      reading.span = award;
      return reading;
    }
  }
  // Where nothing follows either:
  // 以光電產業營業額最高，約為新台幣939.5億元 / 半導體產業其次，約為…: a clause of glue only continues the clause before it.
  if (continues && relations.size > 0) {
    const prev = previousClausePhrase(text, clauseAt - 1, limits);
    if (prev) {
      reading.span = prev;
      return reading;
    }
  }
  return reading;
}

// The longest short name in brackets after an indicator (GDP, R&D, 研发经费): a word, no number.
const MAX_ALIAS = 8;
const ALIAS_TEXT = /^[A-Za-z&\u4e00-\u9fff]+$/;

/** Where the bracketed short name ending at `e` opens, where one does and a word stands before it; else undefined. */
function aliasBefore(text: string, e: number): number | undefined {
  const close = text.charCodeAt(e - 1);
  if (close !== 0x29 && close !== 0xff09) return undefined;
  // Looked for no further back than the longest name: a search of the whole text before every
  // closing bracket would cost a pass per figure.
  const openCode = close === 0x29 ? 0x28 : 0xff08;
  let open = e - 2;
  while (open > 0 && e - open - 2 < MAX_ALIAS && text.charCodeAt(open) !== openCode) open--;
  if (open <= 0 || text.charCodeAt(open) !== openCode || !ALIAS_TEXT.test(text.slice(open + 1, e - 1))) return undefined;
  return hasWordIn(text, open - 1, open) ? open : undefined;
}

const reachesBreak = (text: string, at: number): boolean => at === text.length || isClauseBreakAt(text, at);

// Nouns of a rate: a change of one (增速提高0.5个百分点) measures the indicator's rate.
const RATE_WORD_LIST = ['增速', '增幅', '降幅', '增长率', '增長率', '增长速度', '成长率', '年增率'];
const RATE_WORDS = new Set(RATE_WORD_LIST);

/** Whether every relation read is glue (true of none). */
function onlyFiller(relations: ReadonlySet<Relation>): boolean {
  for (const r of relations) if (r !== 'filler') return false;
  return true;
}

// A verb (or a head noun) before a quoted name in text[from, quote): the name is its object, with
// the words between them. Where the last one ends (see quotedPhraseStart), or -1.
const verbBefore = (text: string, from: number, quote: number): number => (VERBS_BEFORE.longestEndingAt(text, quote, from) !== undefined ? quote : predicateEndIn(text, from, quote));

function markerEndingAt(text: string, pos: number, floor: number): number | undefined {
  for (const len of [2, 1]) {
    if (pos - len < floor) continue;
    if (COMPARISON_MARKERS.has(text.slice(pos - len, pos))) return pos - len;
  }
  return undefined;
}

const NO_LIMITS: MetricLimits = { cutFrom: () => 0, spanCuts: [], dateEndingAt: new Map(), bounds: new Set() };

/**
 * The indicator a figure at [start, end) of `text` measures, on its own (no names or dates
 * known): the clause before it, else the nouns after it.
 *
 * @example
 * readMetric('已建成重庆市级及以上研发平台312个', 14, 18); // '研发平台'
 */
export function readMetric(text: string, start: number, end: number, countsAfter = false, bounds: PositionSet = NO_LIMITS.bounds): string | undefined {
  const cutFrom = new Array<number>(Math.max(text.length, start) + 1);
  let cut = 0;
  for (let i = 0; i < cutFrom.length; i++) {
    cutFrom[i] = cut;
    if (i < start && '，,；;：:。！？!?\n、'.includes(text.charAt(i))) cut = i + 1;
  }
  const r = readMetricAt(text, start, end, { ...NO_LIMITS, cutFrom: (pos) => cutFrom[Math.min(pos, cutFrom.length - 1)]!, bounds }, countsAfter);
  return r.span ? text.slice(r.span.start, r.span.end) : undefined;
}
