/**
 * Scores every corpus page once for figures, dates, entities, articles and attribution, as
 * ../shared/spec/EXTRACTION.md defines it, and sums the pages into totals. The ratchet tests
 * compare these numbers with tests/corpus/floors.json.
 */
import type { Article, DateMention, Entity, Figure, Report } from '@gaoxin/core';
import { parseReport } from '@gaoxin/core';
import { accepts, placeGold, scoreMentions, type GoldMention, type Score } from '../scoring/score.js';
import { goldFiles, loadGold, type GoldFile } from '../support/corpus.js';

interface GoldAsOf {
  from: string;
  to: string;
}

interface GoldAttribution {
  metric: string | null;
  subject: string | null;
  asOf: GoldAsOf | null;
}

interface GoldArticle {
  title: string | null;
  subtitle: string | null;
  zone: string | null;
  authors: Array<{ name: string; role: string }>;
}

/** How many gold figures with an attribution got each part right (a figure not found gets none). */
export interface AttributionScore {
  total: number;
  metric: number;
  subject: number;
  period: number;
  all: number;
  /** Per gold figure: what was expected and what came out, for the printed diagnostics. */
  misses: Array<{ text: string; gold: GoldAttribution; got: { metric?: string; subject?: string; asOf?: GoldAsOf } | undefined }>;
}

export interface ArticleScore {
  /** Gold titles, subtitles, authors and zones in all. */
  items: number;
  missing: string[];
}

export interface PageScores {
  name: string;
  source: string;
  /** Pages in Traditional script are scored apart too (issue: Traditional within 0.05 of Simplified). */
  script: 'simplified' | 'traditional';
  figures: Score;
  dates: Score;
  entities?: Score;
  articles?: ArticleScore;
  attribution?: AttributionScore;
}

function figureMatches(gold: GoldMention, f: Figure): boolean {
  return accepts(gold.kind, f.kind) && accepts(gold.value, f.value) && accepts(gold.unit, f.unit) && accepts(gold.approx, f.approx);
}

// Strict: the span already matched; grain, from and to must all be right (a vague gold date has no from/to).
function dateMatches(gold: GoldMention, d: DateMention): boolean {
  return accepts(gold.grain, d.grain) && accepts(gold.from, d.from) && accepts(gold.to, d.to);
}

function entityMatches(gold: GoldMention, e: Entity): boolean {
  return gold.type === e.type;
}

// Brackets and spaces vary between pages (西部（重庆）科学城, 西部(重庆)科学城); names do not.
function foldName(s: string): string {
  return s.replace(/[（]/g, '(').replace(/[）]/g, ')').replace(/\s+/g, '');
}

/** A metric matches when one contains the other; a null gold metric wants none. */
export function metricMatches(gold: string | null, got: string | undefined): boolean {
  if (gold === null) return got === undefined;
  if (got === undefined) return false;
  const g = foldName(gold);
  const p = foldName(got);
  return g.includes(p) || p.includes(g);
}

// A zone's long and short forms name the same thing: 长春高新技术产业开发区 is 长春高新区.
const ZONE_FORMS: ReadonlyArray<[RegExp, string]> = [
  [/高新技术产业开发区|高新技术产业园区|高新技术开发区|高新技术产业开发区管委会/g, '高新区'],
  [/经济技术开发区/g, '经开区'],
  [/科学工业园区/g, '科学园区'],
];

function shortForm(name: string): string {
  let s = foldName(name);
  for (const [re, to] of ZONE_FORMS) s = s.replace(re, to);
  return s;
}

/**
 * The names a subject goes by on its page: as written, its short form, and every name the
 * page's entities tie to it (an alias's canonical name, a back reference's target, a sub-area's zone).
 */
function namesOf(name: string, entities: readonly Entity[]): Set<string> {
  const names = new Set([shortForm(name)]);
  for (const e of entities) {
    const forms = [e.text, e.canonical, e.refersTo].filter((x): x is string => x !== undefined);
    if (forms.some((f) => foldName(f) === foldName(name))) for (const f of forms) names.add(shortForm(f));
  }
  return names;
}

/** A subject matches when the names agree once short forms are resolved through the page's entities. */
export function subjectMatches(gold: string | null, got: string | undefined, entities: readonly Entity[] = []): boolean {
  if (gold === null || got === undefined) return gold === null && got === undefined;
  const goldNames = namesOf(gold, entities);
  for (const n of namesOf(got, entities)) if (goldNames.has(n)) return true;
  return false;
}

/** A period matches when the interval is the same; a null gold period wants none. */
export function periodMatches(gold: GoldAsOf | null, got: Figure['asOf']): boolean {
  if (gold === null) return got === undefined || (got.from === undefined && got.to === undefined);
  return got !== undefined && got.from === gold.from && got.to === gold.to;
}

function scoreAttribution(source: string, goldFigures: GoldMention[], figures: Figure[], entities: readonly Entity[]): AttributionScore | undefined {
  const placed = placeGold(source, goldFigures);
  const withAttribution = placed.filter((p) => p.gold.attribution !== undefined);
  if (withAttribution.length === 0) return undefined;
  const bySpan = new Map(figures.map((f) => [`${f.start}:${f.end}`, f]));
  const s: AttributionScore = { total: 0, metric: 0, subject: 0, period: 0, all: 0, misses: [] };
  for (const p of withAttribution) {
    const gold = p.gold.attribution as GoldAttribution;
    const f = bySpan.get(`${p.start}:${p.end}`);
    s.total++;
    const m = f !== undefined && metricMatches(gold.metric, f.metric);
    const sub = f !== undefined && subjectMatches(gold.subject, f.subject, entities);
    const per = f !== undefined && periodMatches(gold.asOf, f.asOf);
    if (m) s.metric++;
    if (sub) s.subject++;
    if (per) s.period++;
    if (m && sub && per) s.all++;
    else {
      const got = f && {
        ...(f.metric !== undefined ? { metric: f.metric } : {}),
        ...(f.subject !== undefined ? { subject: f.subject } : {}),
        ...(f.asOf?.from !== undefined && f.asOf.to !== undefined ? { asOf: { from: f.asOf.from, to: f.asOf.to } } : {}),
      };
      s.misses.push({ text: p.gold.text, gold, got });
    }
  }
  return s;
}

function scoreArticles(golds: GoldArticle[], articles: Article[]): ArticleScore {
  const missing: string[] = [];
  let items = 0;
  const titles = new Set(articles.flatMap((a) => [a.kicker, a.title, a.subtitle]).filter((t): t is string => t !== undefined));
  const authors = new Set(articles.flatMap((a) => a.authors.map((x) => `${x.name}/${x.role}`)));
  const zones = new Set(articles.map((a) => a.zone));
  for (const g of golds) {
    for (const t of [g.title, g.subtitle]) {
      if (t === null) continue;
      items++;
      if (!titles.has(t)) missing.push(`title ${t}`);
    }
    for (const a of g.authors) {
      items++;
      if (!authors.has(`${a.name}/${a.role}`)) missing.push(`author ${a.name}/${a.role}`);
    }
    if (g.zone !== null) {
      items++;
      if (!zones.has(g.zone)) missing.push(`zone ${g.zone}`);
    }
  }
  return { items, missing };
}

// Characters that exist only in Traditional script and are common in these reports.
const TRADITIONAL_ONLY = /[區經濟發產業與們億萬術營將學園價達為這實際關]/g;

function scriptOf(source: string): PageScores['script'] {
  return (source.match(TRADITIONAL_ONLY)?.length ?? 0) >= 10 ? 'traditional' : 'simplified';
}

/** Scores one page; the report is parsed once with the gold's reference date. */
export function scorePage(goldName: string): PageScores {
  const { gold, source } = loadGold(goldName);
  const report: Report = parseReport(source, { referenceDate: gold.referenceDate });
  const g = gold as GoldFile & { articles?: GoldArticle[] };
  const page: PageScores = {
    name: goldName.replace(/\.gold\.json$/, ''),
    source: gold.source,
    script: scriptOf(source),
    figures: scoreMentions(placeGold(source, gold.figures ?? []), report.figures, figureMatches),
    dates: scoreMentions(placeGold(source, gold.dates ?? []), report.dates, dateMatches),
  };
  if (gold.entities !== undefined) page.entities = scoreMentions(placeGold(source, gold.entities), report.entities, entityMatches);
  if (g.articles !== undefined) page.articles = scoreArticles(g.articles, report.articles);
  const attribution = scoreAttribution(source, gold.figures ?? [], report.figures, report.entities);
  if (attribution) page.attribution = attribution;
  return page;
}

let cached: PageScores[] | undefined;

/** Every corpus page, scored once per test run. */
export function scoreCorpus(): PageScores[] {
  cached ??= goldFiles.map(scorePage);
  return cached;
}

/** Micro-averaged F1 over pages: true and false positives and negatives summed first. */
export function totalF1(scores: ReadonlyArray<Score | undefined>): { f1: number; precision: number; recall: number; tp: number; fp: number; fn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of scores) {
    if (!s) continue;
    tp += s.truePositives;
    fp += s.falsePositives;
    fn += s.falseNegatives;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { f1, precision, recall, tp, fp, fn };
}

/** The share of gold attributions right, summed over pages, for each part and all three together. */
export function totalAttribution(scores: ReadonlyArray<AttributionScore | undefined>): { metric: number; subject: number; period: number; all: number; total: number } {
  const sum = { metric: 0, subject: 0, period: 0, all: 0, total: 0 };
  for (const s of scores) {
    if (!s) continue;
    sum.metric += s.metric;
    sum.subject += s.subject;
    sum.period += s.period;
    sum.all += s.all;
    sum.total += s.total;
  }
  const rate = (n: number) => (sum.total === 0 ? 1 : n / sum.total);
  return { metric: rate(sum.metric), subject: rate(sum.subject), period: rate(sum.period), all: rate(sum.all), total: sum.total };
}
