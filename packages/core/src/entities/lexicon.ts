/**
 * The lexicons compiled once, at module load, into tries: every lookup of the extractors is
 * a walk of at most the longest key, never a scan of a list.
 */
import type { EntityType } from '../models/entity.js';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './lexicons/surnames.js';
import { CITIES, CITY_SHORT, COUNTIES, COUNTY_SHORT, PROVINCES, PROVINCE_SHORT } from './lexicons/divisions.js';
import { COUNTRIES, KNOWN_ORGANIZATIONS, NAMED_REGIONS, OTHER_PLACES, REGIONS, WORLD_PLACES } from './lexicons/organizations.js';
import { HONG_KONG_BODIES, MAINLAND_CENTRAL_BODIES, TAIWAN_CENTRAL_BODIES } from './lexicons/governments.js';
import { OTHER_PARKS } from './lexicons/parks.js';
import { NATIONAL_LEADERS } from './lexicons/people.js';
import { SUFFIX_RULES, type SuffixRule } from './lexicons/suffixes.js';
import { GENERIC_WORDS, PRAISE_WORDS, STOP_WORDS } from './lexicons/vocabulary.js';
import { NATIONAL_ECONOMIC_ZONES, NATIONAL_HIGH_TECH_ZONES, OTHER_ZONES } from './lexicons/zones.js';
import { Trie } from './trie.js';

/** What the name lexicon knows about a name. */
export interface NameEntry {
  readonly type: EntityType;
  /** The official or full name, where the key is a short form (中科院 → 中国科学院). */
  readonly canonical?: string;
  /** False for names that only start a longer name (萧山, 成渝) and are never a mention alone. */
  readonly standalone: boolean;
  /** County names without 县/区 (天元, 修武): too often inside other words to close a name's left edge. */
  readonly weak?: boolean;
  /** 竹科, 中科, 南科: a zone only in text about Taiwan (elsewhere 中科 starts company names). */
  readonly taiwanOnly?: boolean;
}

function buildNames(): Trie<NameEntry> {
  const t = new Trie<NameEntry>('forward', true);
  // Order is priority: a key keeps the first entry set, so zones win over places of the same spelling.
  // 苏州工业园区 is on both national lists: its high-tech entry, set first, is the one kept.
  for (const zone of [...NATIONAL_HIGH_TECH_ZONES, ...NATIONAL_ECONOMIC_ZONES]) {
    for (const name of zone.names) t.set(name, name === zone.official ? { type: 'zone', standalone: true } : { type: 'zone', canonical: zone.official, standalone: true });
  }
  for (const name of OTHER_ZONES) t.set(name, { type: 'zone', standalone: true });
  for (const park of OTHER_PARKS) {
    const [official] = park.names;
    for (const name of park.names) t.set(name, name === official ? { type: 'zone', standalone: true } : { type: 'zone', canonical: official, standalone: true });
    for (const name of park.taiwanShort ?? []) t.set(name, { type: 'zone', canonical: official, standalone: true, taiwanOnly: true });
  }
  for (const name of NATIONAL_LEADERS) t.set(name, { type: 'person', standalone: true });
  for (const names of [...KNOWN_ORGANIZATIONS, ...MAINLAND_CENTRAL_BODIES, ...TAIWAN_CENTRAL_BODIES, ...HONG_KONG_BODIES]) {
    const [canonical] = names;
    for (const name of names) t.set(name, name === canonical ? { type: 'organization', standalone: true } : { type: 'organization', canonical, standalone: true });
  }
  for (const list of [NAMED_REGIONS, COUNTRIES, WORLD_PLACES, PROVINCES, PROVINCE_SHORT, CITIES, CITY_SHORT, COUNTIES, OTHER_PLACES]) {
    for (const name of list) t.set(name, { type: 'place', standalone: true });
  }
  for (const name of REGIONS) t.set(name, { type: 'place', standalone: false });
  for (const name of COUNTY_SHORT) t.set(name, { type: 'place', standalone: false, weak: true });
  return t;
}

function buildSuffixes(): Trie<SuffixRule> {
  const t = new Trie<SuffixRule>('backward', true);
  for (const rule of SUFFIX_RULES) t.set(rule.suffix, rule);
  return t;
}

function buildWords(list: readonly string[]): Trie<true> {
  const t = new Trie<true>('backward', true);
  for (const w of list) t.set(w, true);
  return t;
}

/** Places, zones and organisations by name (forward: the longest name starting at a position). */
export const NAMES: Trie<NameEntry> = buildNames();
/** Places only, without short county names (东湖 of 东湖区 starts 东湖高新区): whether a name starts with a place. */
export const PLACES: Trie<true> = (() => {
  const t = new Trie<true>('forward');
  for (const list of [NAMED_REGIONS, COUNTRIES, WORLD_PLACES, PROVINCES, PROVINCE_SHORT, CITIES, CITY_SHORT, COUNTIES, OTHER_PLACES]) for (const name of list) t.set(name, true);
  return t;
})();
/**
 * The short name (虹口) of each county-level name in full (虹口区) whose short form the lexicon
 * holds, by the entry the name lexicon keeps for the full name: a scan match reads it without a slice.
 */
export const COUNTY_SHORT_OF: ReadonlyMap<NameEntry, string> = (() => {
  const short = new Set(COUNTY_SHORT);
  const out = new Map<NameEntry, string>();
  for (const n of COUNTIES) {
    if (!short.has(n.slice(0, -1)) && !(n.endsWith('新区') && short.has(n.slice(0, -2)))) continue;
    const entry = NAMES.get(n);
    if (entry && (entry.type === 'place' || entry.type === 'zone')) out.set(entry, countyShort(n));
  }
  return out;
})();

/** A county's name without 区/县/市/旗, or without 新区 (浦东新区 → 浦东). */
function countyShort(name: string): string {
  return name.endsWith('新区') ? name.slice(0, -2) : name.slice(0, -1);
}
/** Name-ending words (backward: the longest suffix ending at a position). */
export const SUFFIXES: Trie<SuffixRule> = buildSuffixes();
/**
 * The last code unit of every suffix, so the suffix scan looks up only where one can end: a table
 * by code unit (1 where a suffix can end), read once per position of every page.
 */
export const SUFFIX_LAST_UNITS: Readonly<Uint8Array> = (() => {
  const units = new Uint8Array(0x10000);
  for (const r of SUFFIX_RULES) if (r.suffix.length > 0) units[r.suffix.charCodeAt(r.suffix.length - 1)] = 1;
  return units;
})();
/** Common nouns of names and indicators (backward). */
export const GENERIC: Trie<true> = buildWords(GENERIC_WORDS);
/** The same common nouns, forwards: a metric read rightwards (1000万元专项资金). */
export const GENERIC_FORWARD: Trie<true> = (() => {
  const t = new Trie<true>('forward');
  for (const w of GENERIC_WORDS) t.set(w, true);
  return t;
})();
/** Punctuation that ends a clause, and so a name read leftwards. */
export const CLAUSE_BREAK = /[，。；：！？、,;:!?\n]/;
/** Verbs, function words and words of praise that end a name on the left (backward). */
export const STOPS: Trie<true> = buildWords([...STOP_WORDS, ...PRAISE_WORDS]);
/** The stop words of two or more characters (verbs: 实现, 建设 …), forwards: a verb read where it starts. */
export const VERBS_FORWARD: Trie<true> = (() => {
  const t = new Trie<true>('forward');
  for (const w of STOP_WORDS) if (w.length >= 2) t.set(w, true);
  return t;
})();

const COMPOUND = new Set(COMPOUND_SURNAMES);
// By code unit: 1 for a single surname, 2 for the first character of a compound one (both may be
// set). Names are tested at every cue and credit: most characters start none, and need no slice.
const SINGLE_UNIT = 1;
const COMPOUND_FIRST = 2;
const SURNAME_UNITS = (() => {
  const units = new Uint8Array(0x10000);
  for (let i = 0; i < SINGLE_SURNAMES.length; i++) units[SINGLE_SURNAMES.charCodeAt(i)]! |= SINGLE_UNIT;
  for (const s of COMPOUND_SURNAMES) units[s.charCodeAt(0)]! |= COMPOUND_FIRST;
  return units;
})();

/**
 * Whether a surname may start with this code unit: false when none does (a single surname, or the
 * first character of a compound one).
 *
 * @example
 * mayStartSurname('王'.charCodeAt(0)); // true
 * mayStartSurname('的'.charCodeAt(0)); // false
 */
export function mayStartSurname(code: number): boolean {
  return code >= 0 && SURNAME_UNITS[code] !== 0;
}

/**
 * The length of the surname a name at `pos` starts with: 2 for a compound surname (欧阳),
 * 1 for a single one, 0 when the table has none.
 *
 * @example
 * surnameAt('欧阳修', 0); // 2
 */
export function surnameAt(text: string, pos: number): number {
  const code = text.charCodeAt(pos);
  // NaN past the end: no surname there.
  const units = code >= 0 ? SURNAME_UNITS[code]! : 0;
  if (units === 0) return 0;
  if ((units & COMPOUND_FIRST) !== 0 && COMPOUND.has(text.slice(pos, pos + 2))) return 2;
  return (units & SINGLE_UNIT) !== 0 ? 1 : 0;
}

/**
 * Whether `text` from `start` to `end` is made of common words only (高校, 科研院所): a description,
 * not a name.
 *
 * @example
 * isGenericOnly('科研院所', 0, 4); // true
 */
export function isGenericOnly(text: string, start: number, end: number): boolean {
  let pos = end;
  while (pos > start) {
    const w = GENERIC.longestEndingAt(text, pos, start);
    if (!w) return false;
    pos = w.start;
  }
  return true;
}
