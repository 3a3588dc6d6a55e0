/**
 * The entity a figure is about (`subject`): a company or zone named in its clause, else the
 * company its sentence is about, else the zone of its paragraph, else the article's zone.
 * A new company or zone opening a clause becomes the topic; 全区, 该区, 园区 turn back to the
 * zone; 公司, 该公司 to the company of the paragraph. A name introduced by 其中 or in
 * parentheses (兰州高新区292亿元) holds only for its own clause.
 */
import { PLACES } from '../entities/lexicon.js';
import { TITLES_BEFORE } from '../entities/lexicons/cues.js';
import type { Article } from '../models/article.js';
import type { Entity } from '../models/entity.js';
import type { ExtractionContext } from '../engine/context.js';
import { toNormalizedOffset } from '../engine/spans.js';
import { toOriginalSpan } from '../text/normalize.js';
import { unitsOf } from '../knowledge/codeUnits.js';
import { isSpaceCode, withoutSpaces } from './chars.js';
import { mergeByStart, sortByStart } from './sorted.js';
import { breaksOf, clauseStartIn, segmentIndex, type Breaks, type Segments } from './segments.js';

/** The name a figure's subject goes by: the zone a sub-area is part of, else the canonical name. */
export function subjectName(e: Entity): string {
  return e.partOf ?? e.canonical ?? e.refersTo ?? e.text;
}

// What may open a clause before its topic: 而, 目前, 据统计 … (dates and places are taken off first).
const TOPIC_INTRO = new Set(['', '而', '则', '但', '并', '又', '也', '目前', '如今', '眼下', '同时', '此外', '另外', '近日', '近年来', '当前', '今年', '去年', '据悉', '据统计', '据初步统计', '统计显示', '数据显示', '其中', '看', '在', '从', '由', '于', '截至', '截止']);
// 在/从/由 open a topic only where the name closes the clause (在西部(重庆)科学城，…), not 在重庆师范大学等8所高校开展….
const LOCATIVE = new Set(['在', '从', '由', '于']);
// 园区内的中联重科…, 位于麓谷的某某公司…: where a body stands, said before its name, keeps it the topic.
const PLACED_INTRO = /^(?:(?:园区|区|辖区|高新区|开发区)内的|(?:位于|落户|入驻)[\u4e00-\u9fff]{1,12}的)$/;
const LOCAL_INTRO = new Set(['其中']);
const PERSON_TITLE = new RegExp(`^(?:相关)?(?:${[...TITLES_BEFORE].sort((a, b) => b.length - a.length).join('|')})`);
// Words for people that are counted as a body's population (华为武汉研究所员工超过1万人), not a post
// held by someone who speaks for it: after them the body is still the topic.
const POPULATION = /^(?:员工|員工|职工|職工|学生|學生|居民|市民|村民|研究生|本科生|工作人员|工作人員|技术员|技術員|科学家|科學家|工程师|工程師|专家|專家|教师|教師|医生|醫生)/;
// A body that reports figures (发布, 表示) is their source, not what they measure.
const REPORTS = /^(?:相关负责人|有关负责人)?(?:发布|印发|公布|表示|介绍|指出|称|显示|透露|宣布|举行|舉行|表明|统计|預估|预估|估计|說|说)/;
// A news agency's dateline: 新华社北京10月17日电(记者…), 每日甘肃网兰州讯.
const DATELINE = /^[^，,。：:]{0,14}(?:讯|訊|(?:电|電)(?:[(（\s\u3000]|$)|消息[(（])/;
const PERSON_GAP = 8;
const COMPANY = /公司|集团|集團|股份|企业|企業|银行|銀行|工厂|工廠/;
// Back references opening a clause.
const ZONE_BACK = /^(?:全区|全區|该区|該區|本区|本區|园区|園區|该园区|該園區|全园区|区内|區內|高新区|高新區|开发区|開發區|自创区|自創區|示范区|示範區|该高新区|該高新區|科学城|科學城)/;
const BARE_BACK = new Set('全区 全區 该区 該區 本区 本區 园区 園區 该园区 該園區 高新区 高新區 开发区 開發區 自创区 自創區 示范区 示範區 该高新区 該高新區 科学城 科學城 全园区 该市 本市 全市 公司 该公司 該公司'.split(' '));
const COMPANY_BACK = /^(?:公司|该公司|該公司|该企业|該企業|企业|企業|其)/;
const COMPANY_BACK_IN_SENTENCE = /(?:^|[，,；;：:])[\s“”]*(?:今年|去年|明年|目前|同时|同時|此外|另外)?(?:该公司|該公司|公司)/;
const CLAUSE_BREAK = '，,；;：:。！？!?\n（(）)、';
const OPEN_QUOTES = /^[”」’"\s“「‘—–\-]+/;
const QUOTE_CODES = unitsOf('”」’"“「‘—–-');
// Most phrases open with a word: the replace runs only where a quote, dash or space comes first.
const withoutOpenQuotes = (s: string): string => (s.length > 0 && (QUOTE_CODES[s.charCodeAt(0)] === 1 || isSpaceCode(s.charCodeAt(0))) ? s.replace(OPEN_QUOTES, '') : s);
// A name right before its figure, with only these between: 兰州高新区292亿元, 京东方为1.2亿元.
const ADJACENT_GAP = /^(?:为|為|达|達|有|共|约|約|)$/;

interface Topic {
  start: number;
  end: number;
  entity: Entity;
  scope: 'clause' | 'sentence' | 'paragraph';
}

/** Where the figures' subjects come from, prepared once per report. */
export interface SubjectIndex {
  topics: Topic[];
  /** For each topic, the index of the latest zone topic (not clause-bound) at or before it, or -1. */
  lastZone: number[];
  /** Every zone or organisation, normalised starts and ends, sorted by start. */
  named: Array<{ start: number; end: number; entity: Entity }>;
  /** Every zone, organisation or titled work, which a figure before it may describe; sorted by start. */
  described: Array<{ start: number; end: number; entity: Entity }>;
  sentences: Segments;
  paragraphs: Segments;
  breaks: Breaks;
  /** Each article's zone entity (its first mention of the zone it names), by article index. */
  articleZones: Array<Entity | undefined>;
}

function introOf(text: string, from: number, to: number, spans: ReadonlyArray<{ start: number; end: number }>): string {
  let intro = '';
  let p = from;
  // Spans are sorted by start: begin at the first that can reach into [from, to).
  let k = lastBefore(spans, from);
  if (k < 0) k = 0;
  for (; k < spans.length && spans[k]!.start < to; k++) {
    const s = spans[k]!;
    if (s.end <= from) continue;
    if (s.start > p) intro += text.slice(p, s.start);
    p = Math.max(p, s.end);
  }
  if (p < to) intro += text.slice(p, to);
  // Most names open their clause: nothing before them to clean.
  if (intro === '') return intro;
  // ——京东方上半年产值…: a dash pair opens a new statement as a comma does.
  const dash = intro.lastIndexOf('——');
  if (dash >= 0) intro = intro.slice(dash + 2);
  return withoutSpaces(withoutOpenQuotes(intro));
}

/**
 * Indexes the names that can be subjects. `dateSpans` are the normalised spans of dates, which
 * may stand before a topic (2020年兰白自创区…); `breaks` are the text's and `norm` the entities'
 * normalised spans, where the caller has them.
 */
export function indexSubjects(
  ctx: ExtractionContext,
  entities: readonly Entity[],
  articles: readonly Article[],
  dateSpans: ReadonlyArray<{ start: number; end: number }>,
  breaks: Breaks = breaksOf(ctx.text),
  norm: ReadonlyArray<{ start: number; end: number; entity: Entity }> = entities.map((e) => ({ start: toNormalizedOffset(ctx.normalized, e.start), end: toNormalizedOffset(ctx.normalized, e.end), entity: e })),
): SubjectIndex {
  const text = ctx.text;
  // Places, persons and what a figure may describe, in one pass over the names.
  const places: typeof norm[number][] = [];
  const persons: typeof norm[number][] = [];
  const described: SubjectIndex['described'] = [];
  for (const o of norm) {
    const type = o.entity.type;
    if (type === 'place') places.push(o);
    else if (type === 'person') persons.push(o);
    else if (type === 'zone' || type === 'organization' || type === 'work') described.push(o);
  }
  const skippable = mergeByStart(dateSpans, places);
  const topics: Topic[] = [];
  const named: SubjectIndex['named'] = [];
  // Read only for places: made on the first.
  let nameStarts: Set<number> | undefined;
  // A person named within a few characters after a body (its title between) speaks for it.
  const personWithin = (end: number): boolean => {
    const next = persons[lastBefore(persons, end) + 1]?.start;
    return next !== undefined && next - end <= PERSON_GAP && !/[，,。；;]/.test(text.slice(end, next));
  };
  const candidates = mergeByStart(norm, collectives(ctx, breaks.marks));
  let partnerAt = -1;
  for (let ci = 0; ci < candidates.length; ci++) {
    let n = candidates[ci]!;
    if (n.start === partnerAt) continue;
    // 台积电及联电也相继在南科扩厂: two names joined by 及/和/与 are one topic, named as written.
    const partner = candidates[ci + 1];
    if (partner && partner.start === n.end + 1 && PAIR_JOIN.includes(text.charAt(n.end)) && partner.entity.type === n.entity.type && (n.entity.type === 'organization' || n.entity.type === 'zone')) {
      const o = { start: n.entity.start, end: partner.entity.end };
      n = { start: n.start, end: partner.end, entity: { text: ctx.source.slice(o.start, o.end), start: o.start, end: o.end, type: n.entity.type } };
      partnerAt = partner.start;
    }
    const { entity: e, start, end } = n;
    if (e.type !== 'zone' && e.type !== 'organization' && e.type !== 'place') continue;
    // A bare back reference (全区, 高新区) the entities left unresolved is no name: the zone in force stands for it.
    // Resolved or not, it is no name either: its clause's scope (其中, parentheses) is known here, not to coreference.
    if (BARE_BACK.has(e.text)) continue;
    if (e.type !== 'place') named.push(n);
    const from = clauseStartIn(breaks, start);
    const intro = introOf(text, from, start, skippable);
    if (!TOPIC_INTRO.has(intro) && !PLACED_INTRO.test(intro)) continue;
    const next = text.slice(end, end + 8);
    const closesClause = end >= text.length || CLAUSE_BREAK.includes(text.charAt(end));
    if (LOCATIVE.has(intro) && !closesClause) continue;
    const company = e.type === 'organization' && COMPANY.test(e.text);
    if (e.type === 'place') {
      // A place opening a clause is its topic (广东的孵化器数量, 香港有1家, 江苏紧随其后), unless it
      // only qualifies a name or a list after it (武汉市东湖高新区, 兰州、白银高新区).
      if (/^[、和与與及]/.test(next) || (nameStarts ??= new Set(norm.map((o) => o.start))).has(end) || /^(?:市委|省委|区委|市政府|省政府)/.test(text.slice(start + e.text.length - 1, start + e.text.length + 2))) continue;
      topics.push({ start: n.start, end: n.end, entity: n.entity, scope: 'sentence' });
      continue;
    }
    // An official's body (…管委会主任, 国科会副主委贺陈弘, 国科会表示) and a news agency
    // (新华社北京10月17日电) are the source; a company's officer speaks for the company.
    if (!company && ((PERSON_TITLE.test(next) && !POPULATION.test(next)) || REPORTS.test(next) || DATELINE.test(text.slice(end, end + 16)) || personWithin(end))) continue;
    // 英特尔、戴尔、京东方等10家…: the items of a list are no topic.
    if (/^[、等]/.test(next) || text.charAt(start - 1) === '、') continue;
    // 其中，中新合作区80平方公里: a part named after 其中 (in its clause or just before it) holds for its clause only.
    const local = LOCAL_INTRO.has(intro) || /其中[，,：:]$/.test(text.slice(Math.max(0, from - 3), from)) || (from > 0 && '（('.includes(text.charAt(from - 1)));
    topics.push({ start: n.start, end: n.end, entity: n.entity, scope: local ? 'clause' : e.type === 'zone' ? 'paragraph' : 'sentence' });
  }
  sortByStart(topics);
  const lastZone: number[] = [];
  topics.forEach((t, i) => lastZone.push(t.entity.type === 'zone' && t.scope !== 'clause' ? i : (lastZone[i - 1] ?? -1)));
  return { topics, lastZone, named, described, sentences: breaks.sentences, paragraphs: breaks.paragraphs, breaks, articleZones: firstZoneMentions(ctx.source, entities, articles) };
}

// 3大科学园区, 两个园区, 各高新区: a class of zones counted or taken together is a subject as written.
// The count is bounded so a long run of numerals costs linear time.
const COLLECTIVE = /(?:[0-9]{1,4}|[一二三四五六七八九十两兩]{1,4})(?:大|个|個|家|座)?(?:科学工业园区|科學工業園區|科学园区|科學園區|高新区|高新區|园区|園區|开发区|開發區|自创区|自創區|科学城|科學城)|各(?:高新区|高新區|园区|園區|开发区|開發區)/y;
// Every class word, and so every match, ends in 区, 區 or 城; a match (four numerals, a classifier,
// 科学工业园区) opens two to ten characters before that last one, with one of these.
const COLLECTIVE_LAST_CODES = unitsOf('区區城');
const COLLECTIVE_FIRST = unitsOf('0123456789一二三四五六七八九十两兩各');
const COLLECTIVE_REACH = 10;
const PAIR_JOIN = '及和与與';

/**
 * The collective names of zones (3大科学园区), as entities of their own, normalised spans.
 * `marks` are the page's (Breaks.marks): where 区, 區 and 城 stand, among others.
 */
function collectives(ctx: ExtractionContext, marks: readonly number[]): Array<{ start: number; end: number; entity: Entity }> {
  const out: Array<{ start: number; end: number; entity: Entity }> = [];
  const text = ctx.text;
  // The expression is tried only where a match can open (see COLLECTIVE_LAST_CODES), not at every offset of the page.
  let from: number[] | undefined;
  for (const at of marks) {
    if (COLLECTIVE_LAST_CODES[text.charCodeAt(at)] !== 1) continue;
    for (let p = Math.max(0, at - COLLECTIVE_REACH); p < at - 1; p++) if (COLLECTIVE_FIRST[text.charCodeAt(p)] === 1) (from ??= []).push(p);
  }
  if (!from) return out;
  from.sort((a, b) => a - b);
  // Tried in order, past the end of the last match, as a scan of the whole text would find them.
  let after = 0;
  for (const p of from) {
    if (p < after) continue;
    COLLECTIVE.lastIndex = p;
    const m = COLLECTIVE.exec(text);
    if (!m) continue;
    after = p + m[0].length;
    const o = toOriginalSpan(ctx.normalized, p, after);
    out.push({ start: p, end: after, entity: { text: ctx.source.slice(o.start, o.end), start: o.start, end: o.end, type: 'zone' } });
  }
  return out;
}

/**
 * Each article's first mention of the zone it is about; one pass over both sorted lists. A zone
 * first named as one item of a list (甲园、乙园同时开园) shares the article with the others: the
 * article then has no one zone to lend its figures.
 */
function firstZoneMentions(source: string, entities: readonly Entity[], articles: readonly Article[]): Array<Entity | undefined> {
  const found: Array<Entity | null | undefined> = articles.map(() => undefined);
  let i = 0;
  for (const e of entities) {
    if (e.type !== 'zone') continue;
    while (i < articles.length && articles[i]!.end <= e.start) i++;
    const a = articles[i];
    if (a && found[i] === undefined && e.start >= a.start && e.end <= a.end && e.text === a.zone) found[i] = inList(source, e) ? null : e;
  }
  return found.map((f) => f ?? undefined);
}

const LIST_JOIN = /[、和与與及]/;
function inList(source: string, e: Entity): boolean {
  return LIST_JOIN.test(source.charAt(e.end)) || source.charAt(e.start - 1) === '、';
}

/**
 * The zone or organisation named exactly at [start, end) (normalised; spaces around it aside), if
 * any: an item of a 分别 list that is a name (株洲高新区、湘潭高新区分别达到2100亿元和1500亿元)
 * is the subject of its figure, not its metric.
 */
export function namedExactly(index: SubjectIndex, text: string, start: number, end: number): Entity | undefined {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  const n = index.named[lastBefore(index.named, s) + 1];
  return n && n.start === s && n.end === e && (n.entity.type === 'zone' || n.entity.type === 'organization') ? n.entity : undefined;
}

/**
 * Where a place item of a list shares the zone word of the list's last item (兰州、白银高新区:
 * 兰州 is 兰州高新区), the zone word's span in the last item (normalised); else undefined.
 *
 * | list | item | shared |
 * | --- | --- | --- |
 * | 兰州、白银高新区 | 兰州 | 高新区 |
 * | 长沙、株洲、湘潭高新区 | 株洲 | 高新区 |
 * | 兰州、白银高新区 | 白银高新区 | — (a name of its own) |
 * | 企业、高校 | 企业 | — (no place, no zone) |
 */
export function sharedZoneWord(index: SubjectIndex, text: string, item: { start: number; end: number }, last: { start: number; end: number }): { start: number; end: number } | undefined {
  const zone = namedExactly(index, text, last.start, last.end);
  if (zone?.type !== 'zone' || PLACES.longestAt(text, item.start, item.end)?.end !== item.end) return undefined;
  const place = PLACES.longestAt(text, last.start, last.end);
  return place && last.end - place.end >= 2 ? { start: place.end, end: last.end } : undefined;
}

function lastBefore<T extends { start: number }>(list: readonly T[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The subject of the figure at normalised [start, end), in article `article` starting at
 * normalised `articleStart`; `sentenceStart` is where its sentence starts, where the caller knows it.
 *
 * | text | subject |
 * | --- | --- |
 * | 武汉光迅科技股份有限公司董事长黄宣泽表示，公司研发人员超过1500名 | the company |
 * | 京东方上半年产值同比增长67.59%，英特尔同比增长14.14% | 京东方, then 英特尔 |
 * | 苏州工业园区…，其中，中新合作区80平方公里，下辖四个街道 | 中新合作区 for 80平方公里 only |
 * | 420亿元（兰州高新区292亿元、白银高新区128亿元） | each its zone |
 * | 2012年，园区实现地区生产总值1738亿元 | the article's zone |
 */
export function subjectAt(
  ctx: ExtractionContext,
  index: SubjectIndex,
  start: number,
  end: number,
  article: number,
  articleStart: number,
  sentenceStart: number = index.sentences.starts[segmentIndex(index.sentences, start)] ?? 0,
): Entity | undefined {
  const text = ctx.text;
  const after = nameAfter(text, end, index.described);
  if (after) return after;
  // 在全国169家高新区中, 我国万余家孵化载体: a figure of the whole country is no zone's nor company's.
  if (NATION_LAST.has(text.charAt(start - 1)) && NATION_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return undefined;
  const clause = clauseStartIn(index.breaks, start);
  const paragraphStart = index.paragraphs.starts[segmentIndex(index.paragraphs, start)] ?? 0;
  // A name right before the figure (兰州高新区292亿元).
  const n = lastBefore(index.named, start);
  if (n >= 0) {
    const near = index.named[n]!;
    if (near.end <= start && near.start >= clause && ADJACENT_GAP.test(text.slice(near.end, start))) return near.entity;
  }
  // Read on the first topic other than a zone: most figures meet none.
  let backs: { zone: boolean; company: boolean } | undefined;
  let zone: Entity | undefined;
  for (let t = lastBefore(index.topics, start); t >= 0; t--) {
    const topic = index.topics[t]!;
    if (topic.start < articleStart) break;
    const inClause = topic.start >= clause;
    const inSentence = topic.start >= sentenceStart;
    const inParagraph = topic.start >= paragraphStart;
    if (!inParagraph) {
      // Before the paragraph only a zone still counts: the latest one, found at once.
      const zi = index.lastZone[t] ?? -1;
      const z = zi >= 0 ? index.topics[zi] : undefined;
      if (z && z.start >= articleStart) zone ??= z.entity;
      break;
    }
    if (topic.scope === 'clause' && !inClause) continue;
    if (topic.entity.type !== 'zone') {
      backs ??= backReferences(text, clause, start, sentenceStart);
      if (backs.zone && !inClause) continue;
      if (inSentence || (backs.company && topic.entity.type === 'organization')) return topic.entity;
      continue;
    }
    if (topic.scope === 'clause' || inParagraph) return topic.entity;
    zone ??= topic.entity;
  }
  if (article >= 0 && index.articleZones[article]) return index.articleZones[article];
  return zone;
}

/** Whether the clause before `start` opens with a back reference to the zone (全区, 园区) or to a company (公司, 该公司, also opening a clause of the sentence after a time word). */
function backReferences(text: string, clause: number, start: number, sentenceStart: number): { zone: boolean; company: boolean } {
  const clauseText = withoutOpenQuotes(text.slice(clause, start));
  if (COMPANY_BACK.test(clauseText)) return { zone: ZONE_BACK.test(clauseText), company: true };
  const sentenceBefore = text.slice(Math.max(sentenceStart, start - 120), start);
  // Every match of COMPANY_BACK_IN_SENTENCE holds 公司: most sentences are not searched.
  return { zone: ZONE_BACK.test(clauseText), company: sentenceBefore.includes('公司') && COMPANY_BACK_IN_SENTENCE.test(sentenceBefore) };
}

const NATION_BEFORE = /(?:全国|全國|我国|我國|全球|全世界|国内|國內)(?:共有|共|有)?$/;
// What a match ends with: most figures follow none of these, and are decided without a slice.
const NATION_LAST = new Set([...'国國球界内內有共']);
// After a figure: 的, or a short noun and 的 (10万元资助的), then maybe an opening quote.
const DESCRIBES = /^[\u4e00-\u9fff]{0,3}的[「“"『]?/;

/**
 * What a figure describes: a zone, organisation or titled work right after it and 的
 * (100平方公里的成渝综合性科学中心, 10万元资助的「创意微型基金」).
 */
function nameAfter(text: string, end: number, described: SubjectIndex['described']): Entity | undefined {
  // The match holds 的 among its first four characters: most figures are followed by none.
  let of = false;
  for (let k = end; k < end + 4 && !of; k++) of = text.charAt(k) === '的';
  if (!of) return undefined;
  const m = DESCRIBES.exec(text.slice(end, end + 6));
  if (!m) return undefined;
  const at = end + m[0].length;
  const n = described[lastBefore(described, at) + 1];
  return n && n.start === at ? n.entity : undefined;
}
