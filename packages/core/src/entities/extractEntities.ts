import type { Entity } from '../models/entity.js';
import type { ExtractionContext } from '../engine/context.js';
import { dropOverlaps, overlaps } from '../engine/spans.js';
import { toOriginalSpan } from '../text/normalize.js';
import type { Candidate } from './candidate.js';
import { findAliases, resolveBackReferences } from './coreference.js';
import { findNames } from './names.js';
import { findPersons } from './persons.js';

// Where two names of one span compete, the better-informed wins (a lexicon name has its canonical).
const PRIORITY: Readonly<Record<Candidate['source'], number>> = { lexicon: 0, title: 1, suffix: 2, quote: 3, person: 4, list: 5, alias: 6, backref: 7 };

/**
 * The entities of the context's text, with spans in the original: names (longest wins),
 * people, short names collapsed into their full name (`canonical`) and back references
 * resolved (`refersTo`). Linear in the text: tries and regexes are built once at load.
 */
export function findEntities(ctx: ExtractionContext): Entity[] {
  const text = ctx.text;
  const scan = findNames(text);
  const candidates = [...scan.names.filter((c) => c.type !== 'place' || c.standalone !== false), ...findPersons(text)];
  candidates.sort((a, b) => PRIORITY[a.source] - PRIORITY[b.source]);
  const kept = dropOverlaps(candidates);
  const withAliases = addDisjoint(kept, findAliases(text, kept));
  const all = addDisjoint(withAliases, resolveBackReferences(text, scan.backReferences, withAliases));
  return all.map((c) => toEntity(ctx, c));
}

/** `base` with those of `extra` that overlap nothing in it, sorted by start. */
function addDisjoint(base: readonly Candidate[], extra: readonly Candidate[]): Candidate[] {
  if (extra.length === 0) return [...base];
  const sorted = dropOverlaps(extra);
  const out: Candidate[] = [];
  let j = 0;
  for (const e of sorted) {
    while (j < base.length && base[j]!.end <= e.start) out.push(base[j++]!);
    if ((j < base.length && overlaps(base[j]!, e)) || (out.length > 0 && overlaps(out[out.length - 1]!, e))) continue;
    out.push(e);
  }
  while (j < base.length) out.push(base[j++]!);
  return out;
}

function toEntity(ctx: ExtractionContext, c: Candidate): Entity {
  const { start, end } = toOriginalSpan(ctx.normalized, c.start, c.end);
  const entity: Entity = { text: ctx.source.slice(start, end), start, end, type: c.type };
  if (c.canonical !== undefined) entity.canonical = c.canonical;
  if (c.refersTo !== undefined) entity.refersTo = c.refersTo;
  if (c.partOf !== undefined) entity.partOf = c.partOf;
  return entity;
}
