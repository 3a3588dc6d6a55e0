import type { Entity } from '../models/entity.js';

/**
 * The name an entity is shown and grouped under: the zone a sub-area belongs to, else the full
 * name a short name or back reference stands for, else the mention as written.
 *
 * @example
 * entityDisplayName({ text: '该高新区', start: 0, end: 4, type: 'zone', refersTo: '无锡高新区' }); // '无锡高新区'
 */
export function entityDisplayName(e: Entity): string {
  return e.partOf ?? e.canonical ?? e.refersTo ?? e.text;
}
