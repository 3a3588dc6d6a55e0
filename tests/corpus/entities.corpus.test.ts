import { parseReport, type Article, type Entity } from '@gaoxin/core';
import { describe, expect, it } from 'vitest';
import { placeGold, scoreMentions, type GoldMention } from '../scoring/score.js';
import { corpusDir, goldFiles, loadGold, type GoldFile } from '../support/corpus.js';
import { missingShared } from '../support/shared.js';

interface GoldArticle {
  title: string | null;
  subtitle: string | null;
  zone: string | null;
  authors: Array<{ name: string; role: string }>;
}

function load(goldName: string): { gold: GoldFile & { articles?: GoldArticle[] }; source: string } {
  const { gold, source } = loadGold(goldName);
  return { gold: gold as GoldFile & { articles?: GoldArticle[] }, source };
}

// Strict: the span must be identical and the type right.
function entityMatches(gold: GoldMention, e: Entity): boolean {
  return gold.type === e.type;
}

describe.skipIf(!corpusDir)('entities on the corpus pages', () => {
  if (!corpusDir) {
    it.skip(missingShared('../shared/corpus'), () => {});
    return;
  }
  const withEntities = goldFiles.filter((f) => load(f).gold.entities !== undefined);
  it.each(withEntities)('%s scores entities strict F1 ≥ 0.85', (goldName) => {
    const { gold, source } = load(goldName);
    const report = parseReport(source, { referenceDate: gold.referenceDate });
    const score = scoreMentions(placeGold(source, gold.entities!), report.entities, entityMatches);
    console.log(
      `[corpus] ${gold.source} entities: P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)} strict F1=${score.f1.toFixed(3)} ` +
        `(tp ${score.truePositives}, fp ${score.falsePositives}, fn ${score.falseNegatives})`,
    );
    for (const w of score.wrongAttributes) console.log(`  wrong type: gold ${JSON.stringify(w.gold)} got ${JSON.stringify(w.predicted)}`);
    for (const m of score.missed) console.log(`  missed: ${m.text} (${String(m.type)})`);
    for (const s of score.spurious) console.log(`  spurious: ${s.text}`);
    expect(score.f1).toBeGreaterThanOrEqual(0.85);
  });

  const withArticles = goldFiles.filter((f) => load(f).gold.articles !== undefined);
  it.each(withArticles)('%s finds every gold title, author and zone', (goldName) => {
    const { gold, source } = load(goldName);
    const articles: Article[] = parseReport(source, { referenceDate: gold.referenceDate }).articles;
    const missing: string[] = [];
    const titles = new Set(articles.flatMap((a) => [a.kicker, a.title, a.subtitle]).filter((t): t is string => t !== undefined));
    const authors = new Set(articles.flatMap((a) => a.authors.map((x) => `${x.name}/${x.role}`)));
    const zones = new Set(articles.map((a) => a.zone));
    for (const g of gold.articles!) {
      for (const t of [g.title, g.subtitle]) if (t !== null && !titles.has(t)) missing.push(`title ${t}`);
      for (const a of g.authors) if (!authors.has(`${a.name}/${a.role}`)) missing.push(`author ${a.name}/${a.role}`);
      if (g.zone !== null && !zones.has(g.zone)) missing.push(`zone ${g.zone}`);
    }
    console.log(`[corpus] ${gold.source} articles: ${articles.length} found, ${gold.articles!.length} in gold, ${missing.length} gold items missing`);
    for (const m of missing) console.log(`  missing: ${m}`);
    expect(missing).toEqual([]);
  });
});
