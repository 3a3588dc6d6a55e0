import { extractFigures, type Figure } from '@gaoxin/core';
import { describe, expect, it } from 'vitest';
import { accepts, placeGold, scoreMentions, type GoldMention } from '../scoring/score.js';
import { corpusDir, goldFiles, loadGold } from '../support/corpus.js';
import { missingShared } from '../support/shared.js';


function figureMatches(gold: GoldMention, f: Figure): boolean {
  return accepts(gold.kind, f.kind) && accepts(gold.value, f.value) && accepts(gold.unit, f.unit) && accepts(gold.approx, f.approx);
}

describe.skipIf(!corpusDir)('figures on the corpus pages', () => {
  if (!corpusDir) {
    it.skip(missingShared('../shared/corpus'), () => {});
    return;
  }
  it.each(goldFiles)('%s scores figures exact F1 ≥ 0.97', (goldName) => {
    const { gold, source } = loadGold(goldName);
    const figures = extractFigures(source, { referenceDate: gold.referenceDate });
    const score = scoreMentions(placeGold(source, gold.figures ?? []), figures, figureMatches);
    console.log(
      `[corpus] ${gold.source} figures: P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)} exact F1=${score.f1.toFixed(3)} ` +
        `(tp ${score.truePositives}, fp ${score.falsePositives}, fn ${score.falseNegatives})`,
    );
    for (const w of score.wrongAttributes) console.log(`  wrong attributes: gold ${JSON.stringify(w.gold)} got ${JSON.stringify(w.predicted)}`);
    for (const m of score.missed) console.log(`  missed: ${m.text}`);
    for (const s of score.spurious) console.log(`  spurious: ${s.text}`);
    expect(score.f1).toBeGreaterThanOrEqual(0.97);
  });
});
