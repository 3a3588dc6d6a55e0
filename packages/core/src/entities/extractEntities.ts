import type { Entity } from '../models/entity.js';
import type { ExtractionContext } from '../engine/context.js';
import { dropOverlaps, overlaps } from '../engine/spans.js';
import { toOriginalSpan } from '../text/normalize.js';
import type { Candidate } from './candidate.js';
import { findAliases, resolveBackReferences } from './coreference.js';
import { findNames } from './names.js';
import { findPersons } from './persons.js';
import { RENAMED_BODIES } from './lexicons/governments.js';

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
  const candidates: Candidate[] = [];
  for (const c of scan.names) if (c.type !== 'place' || c.standalone !== false) candidates.push(c);
  for (const c of findPersons(text)) candidates.push(c);
  const kept = dropOverlaps(byRank(candidates));
  const withAliases = addDisjoint(kept, findAliases(text, kept));
  const all = addDisjoint(withAliases, resolveBackReferences(text, scan.backReferences, withAliases));
  const written = writtenForms(ctx, all);
  return all.map((c) => toEntity(ctx, c, written));
}

/**
 * Each name as the page writes it, keyed by how the rules read it: on a Traditional page the
 * rules read 中部科学工业园区 where the page has 中部科學工業園區, and a short name's full name
 * (`canonical`) is given in the page's own script when the page writes it.
 */
function writtenForms(ctx: ExtractionContext, candidates: readonly Candidate[]): ReadonlyMap<string, string> {
  const forms = new Map<string, string>();
  if (ctx.text === ctx.source) return forms;
  for (const c of candidates) {
    const read = ctx.text.slice(c.start, c.end);
    if (forms.has(read)) continue;
    const { start, end } = toOriginalSpan(ctx.normalized, c.start, c.end);
    const asWritten = ctx.source.slice(start, end);
    if (asWritten !== read) forms.set(read, asWritten);
  }
  return forms;
}

/** A person found by a cue outranks the same name from the leaders' list: it carries the role. */
function rank(c: Candidate): number {
  return c.type === 'person' && c.source === 'lexicon' ? PRIORITY.person + 0.5 : PRIORITY[c.source];
}

// Ranks are halves from 0 to 7: doubled, each is one of this many buckets.
const RANK_BUCKETS = 2 * Math.max(...Object.values(PRIORITY)) + 2;

/**
 * The candidates by rank, in their order within a rank: a stable counting sort, one pass to count
 * and one to place, where a comparison sort would compute ranks at every comparison.
 */
function byRank(candidates: readonly Candidate[]): Candidate[] {
  // Plain arrays: a page has a few hundred candidates, too few to repay making typed arrays.
  const keys: number[] = [];
  const next: number[] = new Array<number>(RANK_BUCKETS + 1).fill(0);
  for (let i = 0; i < candidates.length; i++) {
    keys.push(2 * rank(candidates[i]!));
    next[keys[i]! + 1]!++;
  }
  for (let k = 1; k <= RANK_BUCKETS; k++) next[k]! += next[k - 1]!;
  const out = new Array<Candidate>(candidates.length);
  for (let i = 0; i < candidates.length; i++) out[next[keys[i]!]!++] = candidates[i]!;
  return out;
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

// By the canonical a short name had: where its successor's starts (a local-midnight Date).
const RENAMED: ReadonlyMap<string, { since: Date; now: string }> = new Map(
  RENAMED_BODIES.map((r) => {
    const [y, m, d] = r.since.split('-').map(Number);
    return [r.was, { since: new Date(y!, m! - 1, d!), now: r.now }];
  }),
);

/** The canonical a short name has on a page dated `day`: a renamed body's successor from its date on. */
function canonicalOn(canonical: string, day: Date): string {
  const renamed = RENAMED.get(canonical);
  return renamed && day >= renamed.since ? renamed.now : canonical;
}

function toEntity(ctx: ExtractionContext, c: Candidate, written: ReadonlyMap<string, string>): Entity {
  const { start, end } = toOriginalSpan(ctx.normalized, c.start, c.end);
  const entity: Entity = { text: ctx.source.slice(start, end), start, end, type: c.type };
  if (c.canonical !== undefined) {
    const canonical = canonicalOn(c.canonical, ctx.referenceDate);
    entity.canonical = written.get(canonical) ?? canonical;
  }
  if (c.refersTo !== undefined) entity.refersTo = written.get(c.refersTo) ?? c.refersTo;
  if (c.partOf !== undefined) entity.partOf = written.get(c.partOf) ?? c.partOf;
  if (c.roleStart !== undefined && c.roleEnd !== undefined) {
    const role = toOriginalSpan(ctx.normalized, c.roleStart, c.roleEnd);
    entity.role = ctx.source.slice(role.start, role.end);
  } else if (c.role !== undefined) entity.role = c.role;
  return entity;
}
