import { entitiesStage } from '../entities/stage.js';
import type { Entity } from '../models/entity.js';
import type { ParseOptions } from '../models/options.js';
import { startRun } from './run.js';

/**
 * The named things of `text`: zones, organisations, people, places, works and events, with
 * spans into `text`. The longest name wins (北京大学重庆大数据研究院 is one organisation); short
 * names carry their full name in `canonical` (中科院 → 中国科学院), back references (该高新区) the
 * name they stand for in `refersTo`, sub-areas the zone they belong to in `partOf`. Runs the
 * entity stage only. Throws only on bad options (`GaoxinOptionsError`), never on odd text.
 *
 * @example
 * extractEntities('近日，无锡高新区与无锡学院签约。').map((e) => [e.text, e.type]);
 * // [['无锡高新区', 'zone'], ['无锡学院', 'organization']]
 */
export function extractEntities(text: string, options?: ParseOptions): Entity[] {
  return startRun(text, options).get(entitiesStage);
}
