import type { Stage } from '../engine/stage.js';
import type { Entity } from '../models/entity.js';
import { findEntities } from './extractEntities.js';

/** Entities need nothing but the context's text. */
export const entitiesStage: Stage<Entity[]> = {
  name: 'entities',
  needs: [],
  run: (ctx) => findEntities(ctx),
};
