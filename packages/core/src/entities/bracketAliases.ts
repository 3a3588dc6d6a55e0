/**
 * Names followed by another name of theirs in brackets: a zone's other name (高新区(滨江),
 * 青岛高新区（红岛经济区）) and a campus's city (香港科技大学（广州）), each one mention.
 */
import type { Candidate } from './candidate.js';
import { CLAUSE_BREAK, GENERIC, NAMES, STOPS, SUFFIXES, isGenericOnly } from './lexicon.js';

const BRACKET_ALIAS = /^[(（]([\u4e00-\u9fff]{2,8})[)）]/;
const OPEN = 0x28;
const FULL_WIDTH_OPEN = 0xff08;

/**
 * Zones followed by their other name in brackets (高新区(滨江), X高新区(经开区)) and organisations
 * followed by their city: one mention each, brackets included. `names` are the names found so far.
 *
 * @example
 * withBracketAliases('高新区(滨江)GDP', []).map((c) => [c.start, c.end]); // [[0, 7]]
 */
export function withBracketAliases(text: string, names: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let open = text.indexOf('(');
  let fullOpen = text.indexOf('（');
  // Most pages have no bracket: then the names need no indexing.
  if (open < 0 && fullOpen < 0) return out;
  // Only a name right before a bracket is ever asked for: the others are not indexed.
  const zoneEndingAt = new Map<number, Candidate>();
  const orgEndingAt = new Map<number, Candidate>();
  for (const c of names) {
    const next = text.charCodeAt(c.end);
    if ((next !== OPEN && next !== FULL_WIDTH_OPEN) || (c.source !== 'lexicon' && c.source !== 'suffix')) continue;
    if (c.type === 'zone') zoneEndingAt.set(c.end, c);
    else if (c.type === 'organization') orgEndingAt.set(c.end, c);
  }
  // Both kinds of bracket in the order they stand, each searched forwards once.
  while (open >= 0 || fullOpen >= 0) {
    let at: number;
    if (fullOpen < 0 || (open >= 0 && open < fullOpen)) {
      at = open;
      open = text.indexOf('(', at + 1);
    } else {
      at = fullOpen;
      fullOpen = text.indexOf('（', at + 1);
    }
    const c = aliasAt(text, at, zoneEndingAt.get(at), orgEndingAt.get(at));
    if (c) out.push(c);
  }
  return out;
}

/** The name the bracket at `at` closes with its other name, given the zone and organisation ending there. */
function aliasAt(text: string, at: number, zone: Candidate | undefined, org: Candidate | undefined): Candidate | undefined {
  // A campus or branch with its city in brackets is one organisation: 香港科技大学（广州）.
  if (org) {
    const branch = BRACKET_ALIAS.exec(text.slice(at, at + 12));
    return branch && NAMES.get(branch[1]!)?.type === 'place' ? { start: org.start, end: at + branch[0].length, type: 'organization', source: 'suffix', canonical: org.canonical } : undefined;
  }
  let start: number;
  if (zone) start = zone.start;
  else {
    // A bare 高新区 followed by its district is the zone's usual name (高新区(滨江)).
    const w = SUFFIXES.longestEndingAt(text, at, Math.max(0, at - 6));
    if (!w || w.value.type !== 'zone' || w.value.kind !== 'zone' || w.end - w.start < 3) return undefined;
    const before = text.charAt(w.start - 1);
    if (w.start > 0 && !CLAUSE_BREAK.test(before) && !/[\s的]/.test(before) && !STOPS.longestEndingAt(text, w.start)) return undefined;
    start = w.start;
  }
  const alias = BRACKET_ALIAS.exec(text.slice(at, at + 12));
  if (!alias || !isZoneAlias(alias[1]!, at - start)) return undefined;
  return { start, end: at + alias[0].length, type: 'zone', source: 'suffix', canonical: zone?.canonical, standalone: true };
}

/** Whether the inside of a bracket after a zone is its other name: a place, a zone, or a short proper name (亦庄), not a note (试点). */
function isZoneAlias(inner: string, zoneLength: number): boolean {
  const known = NAMES.get(inner);
  if (known?.type === 'place' || known?.type === 'zone') return true;
  if (SUFFIXES.longestEndingAt(inner, inner.length)?.value.type === 'zone') return true;
  return inner.length <= 4 && zoneLength > 2 && !isGenericOnly(inner, 0, inner.length) && GENERIC.longestEndingAt(inner, inner.length) === undefined;
}
