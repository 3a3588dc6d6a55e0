/**
 * How a clause opens before a figure's indicator, and what stands before it: the lead words a
 * reading passes over (实现, 其中, 全年), where a reading is cut, the verbs that make a clause a
 * predicate, what holds an indicator (龙头企业实现产值), and the clause before that a clause of
 * glue continues (光電產業營業額最高，約為…). Read by metric.ts.
 */
import { GENERIC, STOPS } from '../entities/lexicon.js';
import { Trie } from '../entities/trie.js';
import { endsInFunctionWord, hasWordIn, isSpaceCode } from './chars.js';
import { lastHeadEndIn } from './heads.js';
import { lowerBound, type PositionSet } from './sorted.js';

// Words that open a clause before its indicator: topic words (pronouns too: 我们实现营收5亿元), lead verbs, time adverbs.
// With the time a project's figures hold from: 建成后, 达产后 (once built, once at capacity).
const LEAD_WORDS = `建成后 建成後 投产后 投產後 达产后 達產後 满产后 滿產後 竣工后 竣工後 完工后 完工後 投用后 投用後 落地后 落地後 运营后 營運後 新建 引进 引進 培育 给予 給予 予以 发放 發放 拨付 撥付 兑现 兌現 每人 每家 每个 每個 每项 每項 我们 我們 他们 他們 她们 她們 咱们 咱們 大家 我国 我國 全国 全國 全球 全世界 国内 國內 其中 其 该公司 該公司 该项目 該項目 该企业 該企業 该基金 該基金 该中心 該中心 该平台 該平台 该市 該市 该省 該省 公司 计划 計劃 計畫 计画 全区 全區 涉及 进一步 進一步 全市 全省 全县 全年 园区 園區 该区 該區 本区 該園區 该园区 区内 區內 全园区 实现 實現 完成 累计 累計 共 共有 已 已经 已經 已有 还 還 又 也 并 並 预计 預計 预估 預估 估计 估計 可望 有望 将 將 可 同比 的 了 据统计 據統計 据初步统计 统计显示 目前 现有 現有 今年 继续 繼續 另外 此外 同时 同時 而 则 則 但 整体 整體 合计 合計 总计 總計 约 約 为 為 达 達 在 以 于 於 截至 截止 即 再 更 等地的 等地 等 及 和 与 與 、 —— — ： : 力争 力爭 争取 爭取 确保 確保 预计 預計 预估 預估 陆续 陸續 尚 尚有 仍 仍有 先后 先後 相继 相繼 每月 每年 足足 又有 还有 還有`;
export const LEADS = new Trie<true>('forward');
for (const w of LEAD_WORDS.split(/\s+/)) if (w) LEADS.set(w, true);

// Leads that open a longer word before these characters: 在孵 (incubated), 在建 (under construction),
// 在营, 在册, 在校, 在岗, 在研, 在职, 在库; 其他, 其余, 其次.
export const LEAD_OPENS_WORD: ReadonlyMap<string, ReadonlySet<number>> = new Map([
  ['在', new Set([...'孵建营營册冊校岗崗研职職库庫'].map((c) => c.charCodeAt(0)))],
  ['其', new Set([...'他它余餘次'].map((c) => c.charCodeAt(0)))],
]);

// Adverbs of aspect (已, 正在, 将 …): what follows them up to the indicator is verbs.
export const ASPECT: ReadonlySet<string> = new Set(['已', '已经', '已經', '还', '還', '又', '也', '并', '並', '将', '將', '再', '正在', '先后', '先後', '相继', '相繼', '陆续', '陸續']);
// Verbs between what holds an indicator and the indicator: 龙头企业上半年实现产值.
export const OWNER_VERBS = new Set(['实现', '實現', '完成']);
const ALIAS = /^(?:以下简称|以下簡稱|下称|下稱|简称|簡稱)/;
const MAX_OWNER = 20;

// A clause longer than this has run into a whole predicate; the noun lexicon reads it instead.
export const MAX_METRIC = 18;

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

/** The last cut (the text's or a name's, a date's or a figure's end) at or before `pos`, or 0. */
export function lastCutAtOrBefore(limits: MetricLimits, pos: number): number {
  if (pos < 0) return 0;
  const textCut = limits.cutFrom(pos);
  const spans = limits.spanCuts;
  // Offsets are integers: the first cut past `pos` is the first at or after pos + 1.
  const lo = lowerBound(spans, pos + 1);
  return lo > 0 ? Math.max(textCut, spans[lo - 1]!) : textCut;
}

/**
 * What holds the indicator, written before its verb: a population (10家龙头企业上半年实现产值 →
 * 龙头企业), a field (其中，电子信息领域实现总收入), or the alias a parenthesis gives it
 * ((以下简称中关村国高新企业)实现总收入); with `wholeClause`, before a date that splits it from the
 * indicator (其中，積體電路產業1至9月營業額). Undefined where a name (the subject) stands there.
 */
export function ownerBefore(text: string, verbAt: number, limits: MetricLimits, wholeClause = false): { start: number; end: number } | undefined {
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

export const CONTINUES_BEFORE = '，,';
// Ranking words closing a clause before its figure: 光電產業營業額最高，約為…
// Or words of its trend (技术合同成交额再创新高，达到356.8亿元; 研发经费支出增长较快，全年达到…).
const RANKED = /(?:最高|最多|最大|其次|次之|居首|居次|第一|第二|第三|再创新高|再創新高|创新高|創新高|创历史新高|創歷史新高|增长较快|增長較快|较快增长|較快增長|稳步增长|穩步增長|持续增长|持續增長|稳中有升|穩中有升|大幅增长|大幅增長)$/;

/** The indicator of the clause ending at `end` (its break), where it names one and ranks it or nothing else. */
export function previousClausePhrase(text: string, end: number, limits: MetricLimits): { start: number; end: number } | undefined {
  let e = end;
  const m = RANKED.exec(text.slice(Math.max(0, e - 5), e));
  if (m) e -= m[0].length;
  let s = lastCutAtOrBefore(limits, e);
  for (let lead = LEADS.longestAt(text, s, e); lead; lead = LEADS.longestAt(text, s, e)) s = lead.end;
  if (e - s < 2 || !hasWordIn(text, s, e) || endsInFunctionWord(text, s, e)) return undefined;
  // A whole clause holds no verb; head nouns inside it are one compound (技术合同成交额再创新高，…).
  if (e - s <= MAX_METRIC && verbEndIn(text, s, e) < 0) return { start: s, end: e };
  // 园区计划扩大孵化器的总面积，期望扩大至5万平方米: past a predicate, the object the clause closes on.
  // The last 的 of the clause, looked for within it only.
  let at = e - 1;
  while (at >= s && text.charAt(at) !== '的') at--;
  if (at < s) return undefined;
  const of = at + 1;
  return e - of >= 2 && e - of <= MAX_METRIC && hasWordIn(text, of, e) && !predicateIn(text, of, e) ? { start: of, end: e } : undefined;
}

/** A verb of two or more characters, or a head noun, in text[from, to): the phrase after it is the indicator. */
export function predicateIn(text: string, from: number, to: number): boolean {
  return predicateEndIn(text, from, to) >= 0;
}

/** Where the last verb of two or more characters or head noun in text[from, to) ends, or -1. */
export function predicateEndIn(text: string, from: number, to: number): number {
  return Math.max(verbEndIn(text, from, to), lastHeadEndIn(text, from, to));
}

/** Where the last verb of two or more characters in text[from, to) ends, or -1. */
export function verbEndIn(text: string, from: number, to: number): number {
  for (let p = to; p >= from + 2; p--) {
    const w = STOPS.longestEndingAt(text, p, from);
    // A verb that is also a noun of indicators (研发, 投资, 孵化) is no predicate here.
    if (w && w.end - w.start >= 2 && GENERIC.longestEndingAt(text, p, w.start)?.start !== w.start) return p;
  }
  return -1;
}
