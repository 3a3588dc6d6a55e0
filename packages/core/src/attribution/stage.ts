import { attachAsOf } from './attachAsOf.js';
import { datesStage } from '../dates/stage.js';
import type { Stage } from '../engine/stage.js';
import { entitiesStage } from '../entities/stage.js';
import { figuresStage } from '../figures/stage.js';
import type { Figure } from '../models/figure.js';
import { attributeOwnFigures } from './attribute.js';
import { pageScopes, pageSpans } from './scopes.js';
import { structureStage } from '../structure/stage.js';

/**
 * The late stage: each figure gets the date it holds for (`asOf`), what it measures (`metric`),
 * whom it is about (`subject`) and its article, from the other stages' output.
 */
export const attributionStage: Stage<Figure[]> = {
  name: 'attribution',
  needs: [figuresStage, datesStage, entitiesStage, structureStage],
  run(ctx, input) {
    const dates = input.get(datesStage);
    const found = input.get(figuresStage);
    const entities = input.get(entitiesStage);
    // Both steps read the same sentences, clauses, status words and normalised spans: found once.
    const scopes = pageScopes(ctx.text);
    const spans = pageSpans(ctx, found, dates, entities);
    const articles = input.get(structureStage);
    const figures = attachAsOf(ctx, found, dates, scopes, spans, articles);
    // attachAsOf's figures are fresh copies, index for index: filled in place, not copied a second time.
    return attributeOwnFigures(ctx, figures, entities, articles, dates, scopes, spans);
  },
};
