/**
 * Whether a figure is what happened (`actual`) or what is planned or expected: a word of aim
 * (力争, 目标, 计划, 确保, 拟) makes it a `target`, a word of expectation (预计, 预估, 将, 有望)
 * a `forecast`. The word governs the rest of its sentence, until a word of fact (已, 已经, 实现了)
 * opens a later clause.
 */
import type { FigureStatus } from '../models/figure.js';
import { breaksOf, clauseStartIn, type Breaks } from './segments.js';
import { lowerBound } from './sorted.js';

const TARGET_WORDS = ['力争', '目标', '目標', '计划', '計畫', '计画', '計劃', '确保', '確保', '争取', '爭取', '拟', '擬', '规划', '規劃', '挑战', '挑戰'];
const FORECAST_WORDS = ['预计', '預計', '预估', '預估', '估计', '估計', '预期', '預期', '有望', '可望', '将', '將', '上看'];
// 计划 names a programme where a noun's mark or a noun follows it (培育計劃共錄取146間, 火炬计划项目,
// “千人计划”的): a word of aim only before what is planned (计划投资, 计划到2025年).
const PLAN_WORDS = ['计划', '計畫', '计画', '計劃'];
const PROGRAMME_NEXT = '的，,、。；;：:”」』》）)共已中内內项項以先累';
const PROGRAMME_NEXT_UNITS = new Set([...PROGRAMME_NEXT].map((c) => c.charCodeAt(0)));
// After 占 it is the plan a share is of (占计划总投资的60.2%, 占年度计划的): progress made, no aim.
const PLAN_SHARE_BEFORE = '[占佔](?:年度|全年)?';
const PLAN_SHARE = new RegExp(`${PLAN_SHARE_BEFORE}$`);
const TARGET = new RegExp(TARGET_WORDS.map((w) => (PLAN_WORDS.includes(w) ? `(?<!${PLAN_SHARE_BEFORE})${w}(?![${PROGRAMME_NEXT}])` : w)).join('|'), 'g');
const FORECAST = new RegExp(FORECAST_WORDS.join('|'), 'g');
// A clause that opens with one of these states a fact, whatever the sentence planned before.
const FACT_OPENING = /^(?:已|已经|已經|目前已|现已|現已|实现了|實現了|完成了)/;
const AIM_OPENING = /^(?:是要|还要|還要|将要|將要|要)/;
// The first characters of both openings: a clause opening with none is neither, without a slice to test.
const OPENING_FIRST = new Set([...'已目现現实實完是还還将將要'].map((c) => c.charCodeAt(0)));
const SENTENCE_BREAKS = '。！？!?\n';
// Without sentence starts given, a sentence is read at most this far back.
const MAX_SENTENCE = 200;

function lastMatch(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) last = m.index;
  return last;
}

// The words by their first code unit: one pass over the text reads each character once and
// looks at the words only where one can start (将, 有, 上 are common; most words are not).
function byFirstUnit(words: readonly string[]): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const w of words) {
    const list = m.get(w.charCodeAt(0));
    if (list) list.push(w);
    else m.set(w.charCodeAt(0), [w]);
  }
  return m;
}
const TARGET_BY_FIRST = byFirstUnit(TARGET_WORDS);
const FORECAST_BY_FIRST = byFirstUnit(FORECAST_WORDS);
// 1 where a word of aim can start, 2 a word of expectation.
const FIRST_UNITS = new Uint8Array(0x10000);
for (const w of TARGET_WORDS) FIRST_UNITS[w.charCodeAt(0)]! |= 1;
for (const w of FORECAST_WORDS) FIRST_UNITS[w.charCodeAt(0)]! |= 2;
/** 1 at each code a word of aim or expectation starts with: a page's one pass (breaksOf) can find them for wordStarts. */
export const STATUS_FIRST_UNITS: Uint8Array = FIRST_UNITS.map((k) => (k === 0 ? 0 : 1));

function startsAt(words: readonly string[] | undefined, text: string, i: number): boolean {
  if (!words) return false;
  for (const w of words) if (text.startsWith(w, i) && !namesProgramme(text, i, w)) return true;
  return false;
}

/** Whether the word `w` at `i` is 计划 naming a programme (see PROGRAMME_NEXT) or the plan a share is of, no word of aim. */
function namesProgramme(text: string, i: number, w: string): boolean {
  if (!PLAN_WORDS.includes(w)) return false;
  return PROGRAMME_NEXT_UNITS.has(text.charCodeAt(i + w.length)) || PLAN_SHARE.test(text.slice(Math.max(0, i - 3), i));
}

/**
 * Every start of a word of aim or expectation in a text, overlaps included, found once per text:
 * a sentence holding none is decided without scanning it again for each of its figures.
 *
 * | text | target | forecast |
 * | --- | --- | --- |
 * | 预计将力争 | 3 | 0, 2 |
 * | 计划计划 | 0, 2 | — |
 *
 * `candidates` (ascending) are the offsets to read, where the caller found them (breaksOf with STATUS_FIRST_UNITS).
 */
export function wordStarts(text: string, candidates?: readonly number[]): { target: number[]; forecast: number[] } {
  const target: number[] = [];
  const forecast: number[] = [];
  const at = (i: number): void => {
    const code = text.charCodeAt(i);
    const kinds = FIRST_UNITS[code]!;
    if (kinds === 0) return;
    if ((kinds & 1) !== 0 && startsAt(TARGET_BY_FIRST.get(code), text, i)) target.push(i);
    if ((kinds & 2) !== 0 && startsAt(FORECAST_BY_FIRST.get(code), text, i)) forecast.push(i);
  };
  // Where the page's pass found the first characters (STATUS_FIRST_UNITS), only those are read.
  if (candidates) for (const i of candidates) at(i);
  else for (let i = 0; i < text.length; i++) at(i);
  return { target, forecast };
}


/** Whether a start in the sorted `starts` lies in [from, to). */
function anyIn(starts: readonly number[], from: number, to: number): boolean {
  const lo = lowerBound(starts, from);
  return lo < starts.length && starts[lo]! < to;
}

/**
 * The status of the figure starting at normalised `start`, read from its sentence (starting at
 * `sentenceFrom` where the caller knows it) up to it.
 *
 * | sentence | status |
 * | --- | --- |
 * | 2013年，营业总收入实现4251亿元 | actual |
 * | 预计到2020年，光谷企业总收入将达到3万亿元 | forecast |
 * | 力争到2025年，高新技术企业达到500家 | target |
 * | 南科预计今年招商30家廠商，已核准進駐25家 | forecast, then actual |
 * | 计划新增总投资120亿元 | target |
 * | 培育計劃共錄取146間初創企業 | actual |
 * | 已完成投资11.2亿元，占计划总投资的60.2% | actual |
 * | 占年度计划投资的85% | actual |
 * | 是要集聚1000家企业 | target |
 */
export function statusAt(text: string, start: number, sentenceFrom?: number): FigureStatus {
  return statusReader(text)(start, sentenceFrom);
}

/**
 * `statusAt` for many figures of one text: the words of aim and expectation are found once, when
 * the reader is made. (Not a cache keyed by the text: comparing a long text with another string
 * of the same content costs its length, on every figure.)
 *
 * @example
 * const status = statusReader(text);
 * figures.map((f) => status(f.start));
 */
export function statusReader(text: string, breaks?: Breaks): StatusReader {
  // Found on the first question: the period stage asks only for the few figures a date frames
  // across sentences, often none.
  let words: { target: number[]; forecast: number[] } | undefined;
  let pass = breaks;
  return (start, sentenceFrom) => {
    pass ??= breaksOf(text, STATUS_FIRST_UNITS);
    const watched = pass.watched?.table === STATUS_FIRST_UNITS ? pass.watched.at : undefined;
    words ??= wordStarts(text, watched);
    return statusIn(text, pass, words, start, sentenceFrom);
  };
}

/** The status of the figure at a normalised start, its sentence's start given where known (see statusReader). */
export type StatusReader = (start: number, sentenceFrom?: number) => FigureStatus;

function statusIn(text: string, breaks: Breaks, words: { target: number[]; forecast: number[] }, start: number, sentenceFrom: number | undefined): FigureStatus {
  let from = start;
  if (sentenceFrom !== undefined) from = Math.max(sentenceFrom, start - MAX_SENTENCE);
  else while (from > 0 && start - from < MAX_SENTENCE && !SENTENCE_BREAKS.includes(text.charAt(from - 1))) from--;
  const clause = clauseStartIn(breaks, start);
  if (clause < start && OPENING_FIRST.has(text.charCodeAt(clause))) {
    const clauseText = text.slice(clause, start);
    if (FACT_OPENING.test(clauseText)) return 'actual';
    // 要 opening a clause is an aim: 是要集聚1000家企业.
    if (AIM_OPENING.test(clauseText)) return 'target';
  }
  // A match in the sentence starts at a word's start inside it: where there is none, there is no match.
  const hasTarget = anyIn(words.target, from, start);
  const hasForecast = anyIn(words.forecast, from, start);
  if (!hasTarget && !hasForecast) return 'actual';
  const before = text.slice(from, start);
  const target = hasTarget ? lastMatch(TARGET, before) : -1;
  const forecast = hasForecast ? lastMatch(FORECAST, before) : -1;
  if (target < 0 && forecast < 0) return 'actual';
  return target > forecast ? 'target' : 'forecast';
}
