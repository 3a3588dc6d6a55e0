/**
 * The figure stage's one pass: each numeral is read with what follows it (extractors), then
 * the draft is widened or dropped (refiners). Extractors live in `extractors/`, refiners in
 * `refiners/`; a new unit goes in `units.ts`, a new qualifier in `qualifiers.ts`.
 */
import type { ExtractionContext } from '../engine/context.js';
import type { Figure } from '../models/figure.js';
import { scanNumerals } from '../numbers/scanNumerals.js';
import { findExcludedRanges, inRanges } from '../text/exclusions.js';
import { toFigure } from './draft.js';
import { readAtom } from './extractors/numeralUnit.js';
import { withPercentWords } from './extractors/percentWords.js';
import { isInsideCode } from './refiners/codes.js';
import { addMoneyParts } from './refiners/moneyParts.js';
import { keepDraft } from './refiners/nonQuantities.js';
import { addQualifiers } from './refiners/qualifiers.js';
import { rangeDraft, rangeSecond } from './refiners/ranges.js';
import { singleDraft } from './singleDraft.js';
import type { Draft } from './types.js';

/**
 * Builds figures from the numerals of the context's text: units, qualifiers, ranges,
 * percent words and money sub-units, with the rules that keep codes, ordinals, idioms and
 * slogans out. One pass over the numerals. Date digits are dropped later, by the stage.
 */
export function assembleFigures(ctx: ExtractionContext): Figure[] {
  const text = ctx.text;
  const numerals = scanNumerals(text);
  const excluded = findExcludedRanges(text);
  const cursor = { i: 0 };
  const drafts: Draft[] = [];
  let coveredUntil = 0;
  for (let i = 0; i < numerals.length; i++) {
    const n = numerals[i]!;
    // A numeral a figure already spans (the 2 of 7 2 折) is part of it.
    if (n.start < coveredUntil) continue;
    if (inRanges(excluded, n.start, cursor)) continue;
    if (isInsideCode(text, n)) continue;
    const first = readAtom(ctx, n);
    const second = rangeSecond(ctx, first, numerals[i + 1]);
    let draft: Draft | undefined;
    if (second) {
      draft = rangeDraft(ctx, first, second);
      if (draft) i++;
    }
    draft ??= singleDraft(ctx, first, coveredUntil);
    if (!draft) continue;
    if (!keepDraft(ctx, draft, n)) continue;
    addQualifiers(text, draft, coveredUntil);
    if (draft.kind === 'money') i = addMoneyParts(text, draft, numerals, i);
    drafts.push(draft);
    coveredUntil = draft.end;
  }
  return withPercentWords(ctx, drafts, excluded).map((d) => toFigure(ctx, d));
}
