import { extractDates, type DateMention } from '@gaoxin/core';
import { describe, expect, it } from 'vitest';
import { accepts, placeGold, scoreMentions, type GoldMention } from '../scoring/score.js';
import { corpusDir, goldFiles, loadGold } from '../support/corpus.js';
import { missingShared } from '../support/shared.js';


// Strict: the span already matched; grain, from and to must all be right (a vague gold date has no from/to).
function dateMatches(gold: GoldMention, d: DateMention): boolean {
  return accepts(gold.grain, d.grain) && accepts(gold.from, d.from) && accepts(gold.to, d.to);
}

describe.skipIf(!corpusDir)('dates on the corpus pages', () => {
  if (!corpusDir) {
    it.skip(missingShared('../shared/corpus'), () => {});
    return;
  }
  it.each(goldFiles)('%s scores dates exact F1 ≥ 0.95 (span, grain, from and to)', (goldName) => {
    const { gold, source } = loadGold(goldName);
    const dates = extractDates(source, { referenceDate: gold.referenceDate });
    for (const d of dates) expect(source.slice(d.start, d.end)).toBe(d.text);
    const score = scoreMentions(placeGold(source, gold.dates ?? []), dates, dateMatches);
    console.log(
      `[corpus] ${gold.source} dates: P=${score.precision.toFixed(3)} R=${score.recall.toFixed(3)} exact F1=${score.f1.toFixed(3)} ` +
        `(tp ${score.truePositives}, fp ${score.falsePositives}, fn ${score.falseNegatives})`,
    );
    for (const w of score.wrongAttributes) console.log(`  wrong attributes: gold ${JSON.stringify(w.gold)} got ${JSON.stringify(w.predicted)}`);
    for (const m of score.missed) console.log(`  missed: ${m.text}`);
    for (const s of score.spurious) console.log(`  spurious: ${s.text}`);
    expect(score.f1).toBeGreaterThanOrEqual(0.95);
  });
});
