/**
 * Attribution: what each figure measures (`metric`, `measure`), whom it is about (`subject`),
 * whether it is actual or a target (`status`), and which article holds it. The period
 * (`asOf`) is set before, by attachAsOf (period.ts).
 *
 * Modules: metric.ts reads the indicator from the clause, measure.ts the relation of the
 * figure to it, subject.ts the entity in force, status.ts actual or target.
 */
import type { Article } from '../models/article.js';
import type { DateMention } from '../models/dateMention.js';
import type { Entity } from '../models/entity.js';
import type { Figure } from '../models/figure.js';
import type { ExtractionContext } from '../engine/context.js';
import { indexContaining, toNormalizedOffset } from '../engine/spans.js';
import { toOriginalSpan } from '../text/normalize.js';
import { fenbieIn, fenbieStarts, listBefore, type DistributedList } from './lists.js';
import { measureOf, type Relation } from './measure.js';
import { readMetricAt, type MetricLimits } from './metric.js';
import { pageScopes, pageSpans, type PageScopes, type PageSpans } from './scopes.js';
import { clauseEnd, clauseStartIn, cutFromIn, isSentenceBreakAt, segmentIndex } from './segments.js';
import { withoutSpaces } from './chars.js';
import { opensWithShareVerb } from './share.js';
import { rankingBefore } from './ranks.js';
import { ascendingEnds, SpanEdges } from './sorted.js';
import { indexSubjects, namedExactly, sharedZoneWord, subjectAt, subjectName, type SubjectIndex } from './subject.js';
import { indexTableSubjects, tableSubjectAt } from './tableSubject.js';

// Words that name a total of whatever the sentence counted before them.
const BARE_TOTALS: ReadonlySet<string> = new Set(['总数', '总量', '总额', '總數', '總量', '總額']);

export { readMetric } from './metric.js';
export { subjectName } from './subject.js';

/**
 * The end of the sentence after the clause holding `pos`. Figures come in order, so the end found
 * for one serves every later clause end up to it: `seen` holds a run [from, to) with no break and
 * `to` at a break (or the text's end).
 */
function sentenceEndAfter(text: string, pos: number, seen: { from: number; to: number }): number {
  let p = clauseEnd(text, pos);
  if (p >= seen.from && p <= seen.to) return seen.to;
  seen.from = p;
  while (p < text.length && !isSentenceBreakAt(text, p)) p++;
  seen.to = p;
  return p;
}


/**
 * Fills `metric`, `measure`, `subject`, `status` and `article` on each figure. A growth rate,
 * share or change with no indicator of its own (营业收入1.2万亿元，同比增长12.6%) takes the
 * metric of the figure before it in its sentence, as does the next item of a list
 * (分别为3.2亿元和1.5亿元). `dates` (optional) keep time phrases out of metrics and let a
 * date stand before a topic. Figures are returned in the same order; linear apart from binary searches.
 */
export function attributeFigures(ctx: ExtractionContext, figures: readonly Figure[], entities: readonly Entity[], articles: readonly Article[], dates: readonly DateMention[] = []): Figure[] {
  return attribute(ctx, figures, entities, articles, dates, true, pageScopes(ctx.text), pageSpans(ctx, figures, dates, entities));
}

/**
 * attributeFigures for figures the caller owns and no one else reads (attachAsOf's fresh copies):
 * each is filled in place rather than copied again. Same result, field order included. `scopes`
 * and `spans` are the page's (scopes.ts), where the caller has them from attachAsOf.
 */
export function attributeOwnFigures(
  ctx: ExtractionContext,
  figures: Figure[],
  entities: readonly Entity[],
  articles: readonly Article[],
  dates: readonly DateMention[] = [],
  scopes: PageScopes = pageScopes(ctx.text),
  spans: PageSpans = pageSpans(ctx, figures, dates, entities),
): Figure[] {
  return attribute(ctx, figures, entities, articles, dates, false, scopes, spans);
}

/** The words of a normalised span as the page writes them, spaces left out. */
function writtenAs(ctx: ExtractionContext, span: { start: number; end: number }): string {
  const o = toOriginalSpan(ctx.normalized, span.start, span.end);
  return withoutSpaces(ctx.source.slice(o.start, o.end));
}

/**
 * The name a 分别 list's item gives its figure as subject (株洲高新区 of 株洲高新区、湘潭高新区), or
 * undefined where the item is no name (工业投资、产业投资: metrics).
 */
function itemName(ctx: ExtractionContext, subjects: SubjectIndex, item: { start: number; end: number }, last: { start: number; end: number } | string | undefined): string | undefined {
  const named = namedExactly(subjects, ctx.text, item.start, item.end);
  if (named) return subjectName(named);
  // 兰州、白银高新区…分别上升5位和1位: a place before the last item shares its zone word (兰州高新区).
  const shared = typeof last === 'object' ? sharedZoneWord(subjects, ctx.text, item, last) : undefined;
  return shared ? writtenAs(ctx, item) + writtenAs(ctx, shared) : undefined;
}

function attribute(ctx: ExtractionContext, figures: readonly Figure[], entities: readonly Entity[], articles: readonly Article[], dates: readonly DateMention[], copy: boolean, scopes: PageScopes, spans: PageSpans): Figure[] {
  const text = ctx.text;
  const n = (original: number) => toNormalizedOffset(ctx.normalized, original);
  const dateSpans = spans.dates;
  const figureSpans = spans.figures;
  // Names, dates and figures each come sorted and apart: their ends are merged, not sorted.
  const spanCuts = ascendingEnds([spans.entities, dateSpans, figureSpans]);
  const bounds = new SpanEdges(spans.entities);
  const dateEndingAt = new Map<number, number>();
  for (const d of dateSpans) dateEndingAt.set(d.end, d.start);
  // The text's own cuts come from the page's one pass (cutFromIn).
  const breaks = scopes.breaks;
  const limits: MetricLimits = { cutFrom: (pos) => cutFromIn(breaks, pos), spanCuts, dateEndingAt, bounds };
  const subjects = indexSubjects(ctx, entities, articles, dateSpans, scopes.breaks, spans.entities);
  const tableSubjects = indexTableSubjects(text, subjects.named);
  const sentenceIndex = scopes.sentences;
  const statusOf = scopes.status;
  // A count of things named after it (两个主导产业) takes a period only from its own sentence:
  // its period was carried when no date of its text stands in its sentence before it.
  const carriedFromEarlierSentence = (f: Figure, start: number, from: number): boolean => {
    let lo = 0;
    let hi = dateSpans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (dateSpans[mid]!.start < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < dateSpans.length && dateSpans[k]!.end <= start; k++) if (dates[k]!.text === f.asOf?.text) return false;
    return true;
  };
  let list: (Omit<DistributedList, 'items'> & { items: Array<{ start: number; end: number } | string>; metrics?: boolean; relations?: ReadonlySet<Relation> }) | undefined;
  // The last figure of the sentence, and its last level: a growth or share takes the level's
  // metric (…436家，占全省35.48%，比2019年增长17.52% → 高新技术企业), a change the figure's before it.
  let previous: { sentence: number; metric: string; after: boolean } | undefined;
  let level: { sentence: number; metric: string; after: boolean } | undefined;
  const levels: { sentence: number; items: string[] } = { sentence: -1, items: [] };
  const sentenceSeen = { from: -1, to: -1 };
  // Each article's normalised start, converted on its first figure.
  const articleStarts: number[] = [];
  const fenbie = fenbieStarts(text, scopes.breaks.marks);
  return figures.map((f, i) => {
    const { start, end } = figureSpans[i]!;
    // Filled in place only for attributeOwnFigures: its figures were built for this call.
    const out: Figure = copy ? { ...f } : (f as Figure);
    const sentence = segmentIndex(sentenceIndex, start);
    const sentenceStart = sentenceIndex.starts[sentence] ?? 0;
    const reading = readMetricAt(text, start, end, limits, f.unitText === '大', f.kind === 'count', f.kind === 'percent' || f.kind === 'percentagePoint');
    let metric: string | undefined;
    if (list && start >= list.end) list = undefined;
    if (!list) {
      const from = clauseStartIn(scopes.breaks, start);
      // A list needs 分别 before its first figure, in its clause.
      if (fenbieIn(fenbie, from, start)) list = listBefore(text, from, start, sentenceEndAfter(text, start, sentenceSeen));
    }
    // 营业收入893.4亿元，净利润141.1亿元，分别增长7.4%和9.9%: the list is the metrics before it.
    if (!list && levels.sentence === sentence && fenbieIn(fenbie, clauseStartIn(scopes.breaks, start), start)) {
      const clauseStop = clauseEnd(text, start);
      let k = 0;
      for (let j = i; j < figures.length && figureSpans[j]!.start < clauseStop; j++) k++;
      if (k >= 2 && levels.items.length >= k) list = { items: levels.items.slice(-k), next: 0, end: clauseStop, metrics: true };
    }
    const item = list?.items[list.next];
    // 株洲高新区、湘潭高新区分别达到2100亿元和1500亿元: a list of names gives each figure its subject;
    // its metric is read as if there were no list.
    const itemSubject = list && !list.metrics && item !== undefined && typeof item !== 'string' ? itemName(ctx, subjects, item, list.items[list.items.length - 1]) : undefined;
    if (list && itemSubject !== undefined) list.next++;
    // A table's cell has its metric from its headers (tableFigures): the text around it is its row.
    if (f.metric !== undefined) metric = f.metric;
    else if (list && item && itemSubject === undefined) {
      // 工业投资、产业投资分别为6.8亿元和7.4亿元: each figure its item.
      list.next++;
      if (typeof item === 'string') metric = item;
      else metric = writtenAs(ctx, item);
    } else if (reading.span) {
      metric = writtenAs(ctx, reading.span);
      if (reading.owner) metric = writtenAs(ctx, reading.owner) + metric;
      // 高新技术企业436家，占全省35.48%: a share of a whole names its part before it, the level's
      // metric; 新认定高新技术企业612家，总数突破5100家: a bare total is the total of that metric.
      // 数字经济核心产业增加值同比增长11.2%，占GDP比重…: with no level before it, the growth's indicator is the part.
      const part = level?.sentence === sentence ? level.metric : previous?.sentence === sentence ? previous.metric : undefined;
      if (part !== undefined && (opensWithShareVerb(text, reading.span.start) || BARE_TOTALS.has(metric)) && !part.includes(metric)) metric = part + metric;
    } else {
      // A list item (…、白银高新区15.6%) takes the figure's before it; a growth or share the level's.
      const relational = reading.relations.has('growth') || reading.relations.has('share');
      let from: { sentence: number; metric: string } | undefined = !relational || f.kind === 'percentagePoint' || !level || level.sentence !== sentence ? previous : level;
      // 3家生物科技、…、總計46家: what a count before named after itself is no metric of the next.
      if (from === previous && previous?.after && !relational) from = undefined;
      // 总收入…，增速提高3.5个百分点 → 总收入增速.
      // The rate word as the page writes it (成長率 on a Traditional page), as every metric is.
      if (from && from.sentence === sentence) metric = reading.rateWord ? from.metric + writtenAs(ctx, reading.rateWord) : from.metric;
      // …中排名第38位，较上年提升5位: a move of places is a move in the ranking its sentence names.
      const ranking = relational ? rankingBefore(text, sentenceStart, start, f.unit) : undefined;
      if (ranking) metric = writtenAs(ctx, ranking);
    }
    if (metric) {
      out.metric = metric;
      // 分别增长7.4%和9.9%: the items after the first share its relation (growth).
      if (list && item) {
        if (list.next === 1) list.relations = reading.relations;
        else if (list.relations) for (const r of list.relations) reading.relations.add(r);
      }
      out.measure = f.measure ?? measureOf(f.kind, reading.relations, reading.span ? metric : undefined);
      if (!reading.rateWord || reading.span) previous = { sentence, metric, after: reading.after === true };
      if (out.measure === 'level') {
        level = { sentence, metric, after: false };
        if (levels.sentence !== sentence) levels.items = [];
        levels.sentence = sentence;
        levels.items.push(metric);
      }
    }
    out.status = statusOf(start, sentenceStart);
    if (out.asOf && reading.after && carriedFromEarlierSentence(out, start, sentenceStart)) delete out.asOf;
    // 三大产业集群, 今年3大科学园区营业额…: N大 names a standing set of kinds, true of no one period.
    if (out.asOf && f.unitText === '大') delete out.asOf;
    const index = indexContaining(articles, f.start);
    if (index >= 0) out.article = index;
    const articleStart = index >= 0 ? (articleStarts[index] ??= n(articles[index]!.start)) : 0;
    // A table's cell is about its row's name or its caption's, not the prose around it.
    const tableSubject = tableSubjectAt(tableSubjects, start);
    const subject = tableSubject === undefined ? subjectAt(ctx, subjects, start, end, index, articleStart, sentenceStart) : undefined;
    if (tableSubject !== undefined) out.subject = tableSubject;
    else if (itemSubject !== undefined) out.subject = itemSubject;
    else if (subject) out.subject = subjectName(subject);
    // 截至今年9月，常州高新区…。星河实验室总投资约12.5亿元: a company or body named in a later
    // sentence starts its own statement; the zone's period does not carry to it.
    if (out.asOf && subject?.type === 'organization' && n(subject.start) >= sentenceStart && carriedFromEarlierSentence(out, start, sentenceStart)) delete out.asOf;
    return out;
  });
}
