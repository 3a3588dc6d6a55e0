import type { Stage } from '../engine/stage.js';
import { entitiesStage } from '../entities/stage.js';
import type { Article } from '../models/article.js';
import { findArticles } from './articles.js';

/** Articles need the entities: a title block or byline is told apart by the names in it. */
export const structureStage: Stage<Article[]> = {
  name: 'structure',
  needs: [entitiesStage],
  run: (ctx, input) => findArticles(ctx, input.get(entitiesStage)),
};
