/**
 * The indicator a figure measures (`metric`), as the text names it: the whole noun phrase of
 * its clause before the number (完成全社会固定资产投资740亿元 → 全社会固定资产投资), with
 * the subject, the time phrase, lead verbs (实现, 完成) and the relational words between it and
 * the number (达, 同比增长, 占比) taken off. Where nothing is left the indicator is after the
 * number (1000万元专项资金), or the figure takes the metric of the figure before it (see attribute.ts).
 */
import { GENERIC, STOPS } from '../entities/lexicon.js';
import { isHead, lastHeadEndIn } from './heads.js';
import { LEVEL, metricAfter, metricBefore, phraseAfter, verbEndAt } from './phrases.js';
import { endsInFunctionWord, hasWordIn, isSpaceCode, quotedPhraseStart } from './chars.js';
import { Trie } from '../entities/trie.js';
import { RELATIONS, type Relation } from './measure.js';
import { isSharePhrase, shareVerbIn } from './share.js';
import { awardBefore, isGrantingWord, isScopePhrase } from './grants.js';
import type { PositionSet } from './sorted.js';
import { isClauseBreakAt } from './segments.js';

// Words that open a clause before its indicator: topic words (pronouns too: 我们实现营收5亿元), lead verbs, time adverbs.
// With the time a project's figures hold from: 建成后, 达产后 (once built, once at capacity).
const LEAD_WORDS = `建成后 建成後 投产后 投產後 达产后 達產後 满产后 滿產後 竣工后 竣工後 完工后 完工後 投用后 投用後 落地后 落地後 运营后 營運後 新建 引进 引進 培育 给予 給予 予以 发放 發放 拨付 撥付 兑现 兌現 每人 每家 每个 每個 每项 每項 我们 我們 他们 他們 她们 她們 咱们 咱們 大家 我国 我國 全国 全國 全球 全世界 国内 國內 其中 其 该公司 該公司 公司 计划 計劃 計畫 计画 全区 全區 涉及 进一步 進一步 全市 全省 全县 全年 园区 園區 该区 該區 本区 該園區 该园区 区内 區內 全园区 实现 實現 完成 累计 累計 共 共有 已 已经 已經 已有 还 還 又 也 并 並 预计 預計 预估 預估 估计 估計 可望 有望 将 將 可 同比 的 了 据统计 據統計 据初步统计 统计显示 目前 现有 現有 今年 继续 繼續 另外 此外 同时 同時 而 则 則 但 整体 整體 合计 合計 总计 總計 约 約 为 為 达 達 在 以 于 於 截至 截止 即 再 更 等地的 等地 等 及 和 与 與 、 —— — ： : 力争 力爭 争取 爭取 确保 確保 预计 預計 预估 預估 陆续 陸續 尚 尚有 仍 仍有 先后 先後 相继 相繼 每月 每年 足足 又有 还有 還有`;
const LEADS = new Trie<true>('forward');
for (const w of LEAD_WORDS.split(/\s+/)) if (w) LEADS.set(w, true);

// A comparison with a base that is no date, closing the clause before the figure (高于全市平均水平).
const ABOVE_BASE = /(?:高于|低于|快于|慢于|高出|低出|超出|領先|领先|高於|低於|快於|慢於)[^，,；;。\d]{1,10}$/;
const MAX_ABOVE = 12; // the longest ABOVE_BASE reads: its word and ten characters of base
// Before a base date: 比上年, 较去年同期, 與2005年, 是2005年的.
const COMPARISON_MARKERS = new Set(['比', '较', '較', '与', '與', '同', '是', '由', '相比', '对比', '對比']);

// A clause longer than this has run into a whole predicate; the noun lexicon reads it instead.
const MAX_METRIC = 18;
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

/** Where a metric may start, and the base dates a comparison may name. */
export interface MetricLimits {
  /**
   * A metric never reaches left past a clause start, 、, a name's or a date's end or the previous
   * figure's end. The text's own cuts: for an offset (0 to the text's length), the last at or
   * before it, or 0 (cutFromIn).
   */
  cutFrom: (pos: number) => number;
  /** The cuts of names, dates and figures (their ends), ascending. */
  spanCuts: readonly number[];
  /** Dates by their end offset → start offset (normalised). */
  dateEndingAt: ReadonlyMap<number, number>;
  /** Names' edges (starts and ends) the lexicon reading does not cross. */
  bounds: PositionSet;
}

function lastCutAtOrBefore(limits: MetricLimits, pos: number): number {
  if (pos < 0) return 0;
  const textCut = limits.cutFrom(pos);
  const spans = limits.spanCuts;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? Math.max(textCut, spans[lo - 1]!) : textCut;
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
    s = lead.end;
    // 已布局建设大科学装置, 园区已建设研发平台: after an adverb of aspect come verbs, even those that are nouns too.
    if (ASPECT.has(word)) for (let v = verbEndAt(text, s, e); v > s && e - v >= 2; v = verbEndAt(text, s, e)) s = v;
  }
  // 单个企业每年最高200万元: how far a cap reaches is no indicator.
  if (s < e && isScopePhrase(text, s, e)) s = e;
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
      reading.span = walked;
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
  const open = text.lastIndexOf(close === 0x29 ? '(' : '（', e - 1);
  if (open <= 0 || e - open - 2 > MAX_ALIAS || !ALIAS_TEXT.test(text.slice(open + 1, e - 1))) return undefined;
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

// Leads that open a longer word before these characters: 在孵 (incubated), 在建 (under construction),
// 在营, 在册, 在校, 在岗, 在研, 在职, 在库; 其他, 其余, 其次.
const LEAD_OPENS_WORD: ReadonlyMap<string, ReadonlySet<number>> = new Map([
  ['在', new Set([...'孵建营營册冊校岗崗研职職库庫'].map((c) => c.charCodeAt(0)))],
  ['其', new Set([...'他它余餘次'].map((c) => c.charCodeAt(0)))],
]);
// Adverbs of aspect (已, 正在, 将 …): what follows them up to the indicator is verbs.
const ASPECT: ReadonlySet<string> = new Set(['已', '已经', '已經', '还', '還', '又', '也', '并', '並', '将', '將', '再', '正在', '先后', '先後', '相继', '相繼', '陆续', '陸續']);
// Verbs between what holds an indicator and the indicator: 龙头企业上半年实现产值.
const OWNER_VERBS = new Set(['实现', '實現', '完成']);
const ALIAS = /^(?:以下简称|以下簡稱|下称|下稱|简称|簡稱)/;
const MAX_OWNER = 20;

/**
 * What holds the indicator, written before its verb: a population (10家龙头企业上半年实现产值 →
 * 龙头企业), a field (其中，电子信息领域实现总收入), or the alias a parenthesis gives it
 * ((以下简称中关村国高新企业)实现总收入); with `wholeClause`, before a date that splits it from the
 * indicator (其中，積體電路產業1至9月營業額). Undefined where a name (the subject) stands there.
 */
function ownerBefore(text: string, verbAt: number, limits: MetricLimits, wholeClause = false): { start: number; end: number } | undefined {
  let p = verbAt;
  while (p > 0 && isSpaceCode(text.charCodeAt(p - 1))) p--;
  const dateStart = limits.dateEndingAt.get(p);
  if (dateStart !== undefined) p = dateStart;
  if (text.charAt(p - 1) === ')' || text.charAt(p - 1) === '）') {
    const near = Math.max(0, p - 40);
    const open = Math.max(text.lastIndexOf('(', p - 1), text.lastIndexOf('（', p - 1));
    if (open < near) return undefined;
    const inner = open >= 0 ? text.slice(open + 1, p - 1) : '';
    const alias = ALIAS.exec(inner);
    return alias && inner.length > alias[0].length ? { start: open + 1 + alias[0].length, end: p - 1 } : undefined;
  }
  if (limits.bounds.has(p)) return undefined;
  let s = lastCutAtOrBefore(limits, p);
  // Before a date, only a clause's whole opening is an owner: 3大科学园区101年营业额 is the parks'
  // (a counted subject), 营业额应可挑战99年历史高点 a predicate's object.
  if (wholeClause && (s !== limits.cutFrom(p) || predicateIn(text, s, p))) return undefined;
  for (let lead = LEADS.longestAt(text, s, p); lead; lead = LEADS.longestAt(text, s, p)) s = lead.end;
  if (p - s < 2 || p - s > MAX_OWNER || !hasWordIn(text, s, p) || endsInFunctionWord(text, s, p)) return undefined;
  return { start: s, end: p };
}

const CONTINUES_BEFORE = '，,';
// Ranking words closing a clause before its figure: 光電產業營業額最高，約為…
// Or words of its trend (技术合同成交额再创新高，达到356.8亿元; 研发经费支出增长较快，全年达到…).
const RANKED = /(?:最高|最多|最大|其次|次之|居首|居次|第一|第二|第三|再创新高|再創新高|创新高|創新高|创历史新高|創歷史新高|增长较快|增長較快|较快增长|較快增長|稳步增长|穩步增長|持续增长|持續增長|稳中有升|穩中有升|大幅增长|大幅增長)$/;

/** The indicator of the clause ending at `end` (its break), where it names one and ranks it or nothing else. */
function previousClausePhrase(text: string, end: number, limits: MetricLimits): { start: number; end: number } | undefined {
  let e = end;
  const m = RANKED.exec(text.slice(Math.max(0, e - 5), e));
  if (m) e -= m[0].length;
  let s = lastCutAtOrBefore(limits, e);
  for (let lead = LEADS.longestAt(text, s, e); lead; lead = LEADS.longestAt(text, s, e)) s = lead.end;
  if (e - s < 2 || !hasWordIn(text, s, e) || endsInFunctionWord(text, s, e)) return undefined;
  // A whole clause holds no verb; head nouns inside it are one compound (技术合同成交额再创新高，…).
  if (e - s <= MAX_METRIC && verbEndIn(text, s, e) < 0) return { start: s, end: e };
  // 擴大共用工作空間的總面積，期望擴大至12萬平方呎: past a predicate, the object the clause closes on.
  const of = text.lastIndexOf('的', e - 1) + 1;
  return of > s && e - of >= 2 && e - of <= MAX_METRIC && hasWordIn(text, of, e) && !predicateIn(text, of, e) ? { start: of, end: e } : undefined;
}

// A verb (or a head noun) before a quoted name in text[from, quote): the name is its object, with
// the words between them. Where the last one ends (see quotedPhraseStart), or -1.
const verbBefore = (text: string, from: number, quote: number): number => (VERBS_BEFORE.longestEndingAt(text, quote, from) !== undefined ? quote : predicateEndIn(text, from, quote));

/** A verb of two or more characters, or a head noun, in text[from, to): the phrase after it is the indicator. */
function predicateIn(text: string, from: number, to: number): boolean {
  return predicateEndIn(text, from, to) >= 0;
}

/** Where the last verb of two or more characters or head noun in text[from, to) ends, or -1. */
function predicateEndIn(text: string, from: number, to: number): number {
  return Math.max(verbEndIn(text, from, to), lastHeadEndIn(text, from, to));
}

/** Where the last verb of two or more characters in text[from, to) ends, or -1. */
function verbEndIn(text: string, from: number, to: number): number {
  for (let p = to; p >= from + 2; p--) {
    const w = STOPS.longestEndingAt(text, p, from);
    // A verb that is also a noun of indicators (研发, 投资, 孵化) is no predicate here.
    if (w && w.end - w.start >= 2 && GENERIC.longestEndingAt(text, p, w.start)?.start !== w.start) return p;
  }
  return -1;
}

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
