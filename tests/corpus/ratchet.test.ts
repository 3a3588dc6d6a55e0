/**
 * The corpus ratchet: every page and the corpus as a whole must score at least the floors in
 * floors.json, which only ever go up. Scores are printed page by page (set GAOXIN_CORPUS_DETAILS=1
 * for every miss). `GAOXIN_RAISE_FLOORS=1 npx vitest run tests/corpus` raises the floors to
 * today's scores where they are higher, and never lowers one.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusDir, goldFiles } from '../support/corpus.js';
import { missingShared } from '../support/shared.js';
import { scoreCorpus, totalAttribution, totalF1, type PageScores } from './corpusScores.js';

type Measure = 'figures' | 'dates' | 'entities' | 'articlesFound' | 'metric' | 'subject' | 'period' | 'attribution';
type Floors = { pages: Record<string, Partial<Record<Measure, number>>>; total: Record<string, number> };

const floorsPath = join(dirname(fileURLToPath(import.meta.url)), 'floors.json');
const floors = JSON.parse(readFileSync(floorsPath, 'utf8')) as Floors;
const raise = process.env.GAOXIN_RAISE_FLOORS === '1';
const details = process.env.GAOXIN_CORPUS_DETAILS === '1';
const measured: Floors = { pages: {}, total: {} };

// Floors are kept to three decimals, rounded down, so a float's last digit never fails a page.
const down = (x: number) => Math.floor(x * 1000 + 1e-9) / 1000;

function pageMeasures(p: PageScores): Partial<Record<Measure, number>> {
  const m: Partial<Record<Measure, number>> = { figures: p.figures.f1, dates: p.dates.f1 };
  if (p.entities) m.entities = p.entities.f1;
  if (p.articles) m.articlesFound = p.articles.items === 0 ? 1 : 1 - p.articles.missing.length / p.articles.items;
  if (p.attribution) {
    const t = p.attribution.total;
    m.metric = p.attribution.metric / t;
    m.subject = p.attribution.subject / t;
    m.period = p.attribution.period / t;
    m.attribution = p.attribution.all / t;
  }
  return m;
}

function describePage(p: PageScores): string {
  const f = (x: number | undefined) => (x === undefined ? '  -  ' : x.toFixed(3));
  const m = pageMeasures(p);
  return (
    `[corpus] ${p.name.padEnd(34)} figures ${f(m.figures)} dates ${f(m.dates)} entities ${f(m.entities)} ` +
    `articles ${f(m.articlesFound)} | metric ${f(m.metric)} subject ${f(m.subject)} period ${f(m.period)} all ${f(m.attribution)}`
  );
}

function printMisses(p: PageScores): void {
  for (const [what, s] of [['figures', p.figures], ['dates', p.dates], ['entities', p.entities]] as const) {
    if (!s) continue;
    for (const w of s.wrongAttributes) console.log(`  ${what} wrong: gold ${JSON.stringify(w.gold)} got ${JSON.stringify(w.predicted)}`);
    for (const x of s.missed) console.log(`  ${what} missed: ${x.text}${x.type ? ` (${String(x.type)})` : ''}`);
    for (const x of s.spurious) console.log(`  ${what} spurious: ${x.text}`);
  }
  for (const x of p.articles?.missing ?? []) console.log(`  articles missing: ${x}`);
  for (const x of p.attribution?.misses ?? []) console.log(`  attribution ${x.text}: gold ${JSON.stringify(x.gold)} got ${JSON.stringify(x.got)}`);
}

describe.skipIf(!corpusDir)('corpus ratchet: no page and no total falls below its floor', () => {
  if (!corpusDir) {
    it.skip(missingShared('../shared/corpus'), () => {});
    return;
  }
  const pages = scoreCorpus();

  it.each(goldFiles.map((g, i) => [g.replace(/\.gold\.json$/, ''), i] as const))('%s scores at least its floors', (name, i) => {
    const p = pages[i]!;
    console.log(describePage(p));
    if (details) printMisses(p);
    const m = pageMeasures(p);
    measured.pages[name] = Object.fromEntries(Object.entries(m).map(([k, v]) => [k, down(v)]));
    const floor = floors.pages[name] ?? {};
    for (const [k, v] of Object.entries(m) as Array<[Measure, number]>) {
      expect(v + 1e-9, `${name} ${k}: ${v.toFixed(3)} below its floor ${floor[k]}`).toBeGreaterThanOrEqual(floor[k] ?? 0);
    }
  });

  it('scores at least the total floors over all pages', () => {
    const fig = totalF1(pages.map((p) => p.figures));
    const dat = totalF1(pages.map((p) => p.dates));
    const ent = totalF1(pages.map((p) => p.entities));
    const entS = totalF1(pages.filter((p) => p.script === 'simplified').map((p) => p.entities));
    const entT = totalF1(pages.filter((p) => p.script === 'traditional').map((p) => p.entities));
    const att = totalAttribution(pages.map((p) => p.attribution));
    const total: Record<string, number> = {
      figures: fig.f1,
      dates: dat.f1,
      entities: ent.f1,
      entitiesSimplified: entS.f1,
      entitiesTraditional: entT.f1,
      metric: att.metric,
      subject: att.subject,
      period: att.period,
      attribution: att.all,
    };
    console.log(
      `[corpus] TOTAL figures F1=${fig.f1.toFixed(3)} (P ${fig.precision.toFixed(3)} R ${fig.recall.toFixed(3)}) ` +
        `dates F1=${dat.f1.toFixed(3)} (P ${dat.precision.toFixed(3)} R ${dat.recall.toFixed(3)}) ` +
        `entities F1=${ent.f1.toFixed(3)} (P ${ent.precision.toFixed(3)} R ${ent.recall.toFixed(3)}; simplified ${entS.f1.toFixed(3)}, traditional ${entT.f1.toFixed(3)})`,
    );
    console.log(
      `[corpus] TOTAL attribution over ${att.total} gold figures: metric ${att.metric.toFixed(3)} subject ${att.subject.toFixed(3)} ` +
        `period ${att.period.toFixed(3)} all three ${att.all.toFixed(3)}`,
    );
    measured.total = Object.fromEntries(Object.entries(total).map(([k, v]) => [k, down(v)]));
    for (const [k, v] of Object.entries(total)) {
      expect(v + 1e-9, `total ${k}: ${v.toFixed(3)} below its floor ${floors.total[k]}`).toBeGreaterThanOrEqual(floors.total[k] ?? 0);
    }
  });

  afterAll(() => {
    if (!raise) return;
    const next: Floors = { pages: {}, total: {} };
    for (const name of new Set([...Object.keys(floors.pages), ...Object.keys(measured.pages)]).values()) {
      const old = floors.pages[name] ?? {};
      const now = measured.pages[name] ?? {};
      const merged: Partial<Record<Measure, number>> = { ...old };
      for (const [k, v] of Object.entries(now) as Array<[Measure, number]>) merged[k] = Math.max(v, old[k] ?? 0);
      next.pages[name] = merged;
    }
    for (const k of new Set([...Object.keys(floors.total), ...Object.keys(measured.total)])) {
      next.total[k] = Math.max(floors.total[k] ?? 0, measured.total[k] ?? 0);
    }
    // Written whole or not at all.
    writeFileSync(`${floorsPath}.tmp`, `${JSON.stringify(next, null, 2)}\n`);
    renameSync(`${floorsPath}.tmp`, floorsPath);
    console.log(`[corpus] floors raised where scores rose: ${floorsPath}`);
  });
});
