/**
 * Attribution: what each figure measures (`metric`, from the nouns around it in its clause),
 * whom it is about (`subject`, the zone or organisation in force), and which article holds it.
 */
import { GENERIC, GENERIC_FORWARD, STOPS } from '../entities/lexicon.js';
import { TITLES_BEFORE } from '../entities/lexicons/cues.js';
import { HEAD_NOUNS, METRIC_LEVEL_WORDS } from '../entities/lexicons/vocabulary.js';
import { Trie } from '../entities/trie.js';
import type { Article } from '../models/article.js';
import type { Entity } from '../models/entity.js';
import type { Figure } from '../models/figure.js';
import type { ExtractionContext } from '../engine/context.js';
import { indexContaining, toNormalizedOffset } from '../engine/spans.js';

// Words between an indicator and its figure: 研发平台达到17家, 科技型企业共1373家.
const LINKS = new Trie<true>('backward');
for (const w of ['达到', '达', '为', '是', '有', '共有', '共', '累计', '合计', '总计', '增至', '增长至', '提升至', '实现', '完成', '突破', '新增', '已', '已有', '已达', '共计', '分别为', '约有', '已经', '均']) LINKS.set(w, true);
const HEADS = new Set(HEAD_NOUNS);
const isHead = (word: string): boolean => HEADS.has(word) || HEAD_NOUNS.some((h) => word.endsWith(h));
const LEVEL = new RegExp(`^(?:${METRIC_LEVEL_WORDS.join('|')})`);
// A metric is a noun phrase: longer than this it has run into the clause.
const MAX_METRIC = 16;
// 、 is left out: the items of a list are no topics (威高集团、吉威医疗、大正医疗等).
const CLAUSE_BREAK = '，。；：！？,;:!?\n';
// What may open a clause before its topic: 在西部(重庆)科学城…, 目前该园区…
// 在/从/由 only where the name closes the clause (在西部(重庆)科学城，…), not 在重庆师范大学等8所高校开展….
const LOCATIVE = new Set(['在', '从', '由']);
const TOPIC_INTRO = new Set(['', '而', '则', '但', '并', '又', '也', '目前', '如今', '眼下', '同时', '此外', '近日', '近年来', '当前', '今年', '去年', '据悉', '其中']);
const PERSON_TITLE = new RegExp(`^(?:${[...TITLES_BEFORE].sort((a, b) => b.length - a.length).join('|')})`);
const OPEN_QUOTE: Readonly<Record<string, string>> = { '”': '“', '」': '「', '’': '‘' };

/** The name a figure's subject goes by: the zone a sub-area is part of, else the canonical name. */
export function subjectName(e: Entity): string {
  return e.partOf ?? e.canonical ?? e.refersTo ?? e.text;
}

/**
 * The indicator a figure measures, read from the common nouns just before it (研发平台312个,
 * 总投资约20.8亿元, 研发平台达到17家) or, where none, just after it (1000万元专项资金,
 * 17家省级科技型中小企业). `start` and `end` are normalised offsets; `countsAfter` reads the
 * right side first (三大研究集群); `bounds` are offsets (names' edges) a metric does not cross. Level words (省级, 新增) are dropped.
 *
 * @example
 * readMetric('已建成重庆市级及以上研发平台312个', 18, 22); // '研发平台'
 */
export function readMetric(text: string, start: number, end: number, countsAfter = false, bounds: ReadonlySet<number> = NO_BOUNDS): string | undefined {
  const before = () => metricBefore(text, start, bounds);
  const after = () => metricAfter(text, end, bounds);
  const metric = countsAfter ? (after() ?? before()) : (before() ?? after());
  if (!metric) return undefined;
  const trimmed = metric.replace(LEVEL, '');
  return trimmed.length > 0 ? trimmed : metric;
}

const NO_BOUNDS: ReadonlySet<number> = new Set();

function metricBefore(text: string, start: number, bounds: ReadonlySet<number>): string | undefined {
  const floor = Math.max(0, start - MAX_METRIC - 4);
  let end = start;
  while (end > floor && (text[end - 1] === ' ' || text[end - 1] === '\u3000')) end--;
  for (let link = LINKS.longestEndingAt(text, end, floor); link; link = LINKS.longestEndingAt(text, end, floor)) end = link.start;
  let pos = end;
  let heads = 0;
  while (pos > floor && !bounds.has(pos)) {
    const ch = text.charAt(pos - 1);
    const open = OPEN_QUOTE[ch];
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
  return pos < end && end - pos <= MAX_METRIC ? text.slice(pos, end) : undefined;
}

function metricAfter(text: string, end: number, bounds: ReadonlySet<number>): string | undefined {
  const limit = Math.min(text.length, end + MAX_METRIC);
  let pos = end;
  while (pos < limit && !(pos > end && bounds.has(pos))) {
    const w = GENERIC_FORWARD.longestAt(text, pos, limit);
    if (!w) break;
    pos = w.end;
    const word = text.slice(w.start, w.end);
    if (isHead(word)) break;
  }
  return pos > end ? text.slice(end, pos) : undefined;
}

/** Entities that open a clause (its topic), in normalised offsets, sorted. */
interface Topic {
  start: number;
  end: number;
  entity: Entity;
}

function clauseStart(text: string, pos: number): number {
  let p = pos;
  const floor = Math.max(0, pos - 12);
  while (p > floor && !CLAUSE_BREAK.includes(text.charAt(p - 1))) p--;
  return p === floor && floor > 0 && !CLAUSE_BREAK.includes(text.charAt(p - 1)) ? -1 : p;
}

function findTopics(ctx: ExtractionContext, entities: readonly Entity[]): Topic[] {
  const text = ctx.text;
  const topics: Topic[] = [];
  for (const e of entities) {
    if (e.type !== 'zone' && e.type !== 'organization') continue;
    const start = toNormalizedOffset(ctx.normalized, e.start);
    const end = toNormalizedOffset(ctx.normalized, e.end);
    const from = clauseStart(text, start);
    if (from < 0) continue;
    const intro = text.slice(from, start).replace(/^[”」’"\s]+/, '').trim();
    const closesClause = end >= text.length || CLAUSE_BREAK.includes(text.charAt(end));
    if (!TOPIC_INTRO.has(intro) && !(LOCATIVE.has(intro) && closesClause)) continue;
    // 北京大学数学科学学院副院长…李若: an organisation before a person's title is no topic.
    if (PERSON_TITLE.test(text.slice(end, end + 6))) continue;
    topics.push({ start, end, entity: e });
  }
  return topics;
}

/**
 * Fills `metric`, `subject` and `article` on each figure. The subject is the topic in force:
 * the latest zone or organisation opening a clause before the figure in its article (金凤实验室
 * for 总投资约20.8亿元), a name just after the figure (100平方公里的成渝综合性科学中心), else the
 * article's zone. Figures are returned in the same order; linear apart from binary searches.
 */
export function attributeFigures(ctx: ExtractionContext, figures: readonly Figure[], entities: readonly Entity[], articles: readonly Article[]): Figure[] {
  const text = ctx.text;
  const topics = findTopics(ctx, entities);
  const zoneByArticle = firstZoneMentions(entities, articles);
  const entityStarts = entities.map((e) => toNormalizedOffset(ctx.normalized, e.start));
  // A metric never reaches into a name: 星河实验室总投资 measures 总投资 of 星河实验室.
  const bounds = new Set<number>(entityStarts);
  for (const e of entities) bounds.add(toNormalizedOffset(ctx.normalized, e.end));
  let t = 0;
  return figures.map((f) => {
    const start = toNormalizedOffset(ctx.normalized, f.start);
    const end = toNormalizedOffset(ctx.normalized, f.end);
    const out: Figure = { ...f };
    // 三大研究集群: an N大 figure counts the noun after it.
    const metric = readMetric(text, start, end, f.unitText === '大', bounds);
    if (metric) out.metric = metric;
    const index = indexContaining(articles, f.start);
    if (index >= 0) out.article = index;
    const floor = index >= 0 ? toNormalizedOffset(ctx.normalized, articles[index]!.start) : 0;
    while (t < topics.length && topics[t]!.start < start) t++;
    const topic = t > 0 && topics[t - 1]!.start >= floor ? topics[t - 1]!.entity : undefined;
    const after = nameAfter(text, end, entities, entityStarts);
    const subject = after ?? topic ?? (index >= 0 ? zoneByArticle[index] : undefined);
    if (subject) out.subject = subjectName(subject);
    return out;
  });
}

/** Each article's first mention of the zone it is about; one pass over both sorted lists. */
function firstZoneMentions(entities: readonly Entity[], articles: readonly Article[]): Array<Entity | undefined> {
  const found: Array<Entity | undefined> = articles.map(() => undefined);
  let i = 0;
  for (const e of entities) {
    if (e.type !== 'zone') continue;
    while (i < articles.length && articles[i]!.end <= e.start) i++;
    const a = articles[i];
    if (a && found[i] === undefined && e.start >= a.start && e.end <= a.end && e.text === a.zone) found[i] = e;
  }
  return found;
}

/** 100平方公里的成渝综合性科学中心: a zone or organisation right after the figure and 的 is what it measures. */
function nameAfter(text: string, end: number, entities: readonly Entity[], starts: readonly number[]): Entity | undefined {
  if (text.charAt(end) !== '的') return undefined;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < end + 1) lo = mid + 1;
    else hi = mid;
  }
  const e = entities[lo];
  return e && starts[lo] === end + 1 && (e.type === 'zone' || e.type === 'organization') ? e : undefined;
}
