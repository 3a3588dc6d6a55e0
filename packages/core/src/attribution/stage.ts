import { attachAsOf } from './attachAsOf.js';
import { datesStage } from '../dates/stage.js';
import type { Stage } from '../engine/stage.js';
import { entitiesStage } from '../entities/stage.js';
import { figuresStage } from '../figures/stage.js';
import type { Figure } from '../models/figure.js';
import { attributeOwnFigures } from './attribute.js';
import { pageScopes } from './scopes.js';
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
    // Both steps read the same sentences, clauses and status words: found once.
    const scopes = pageScopes(ctx.text);
    const figures = attachAsOf(ctx, input.get(figuresStage), dates, scopes);
    // attachAsOf's figures are fresh copies: filled in place, not copied a second time.
    return attributeOwnFigures(ctx, figures, input.get(entitiesStage), input.get(structureStage), dates, scopes);
  },
};
