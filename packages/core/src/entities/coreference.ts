/**
 * One thing, many names: short names of companies and products found earlier in the text
 * (海星新材料 for 湖北海星新材料科技有限公司), and back references (该高新区, a bare 新区) resolved
 * to the latest full name of their kind.
 */
import type { Candidate } from './candidate.js';
import { GENERIC, NAMES, SUFFIXES } from './lexicon.js';
import { BACK_REFERENCE_HEADS } from './lexicons/suffixes.js';
import { Trie } from './trie.js';

// A short name shorter than this is too likely an everyday word (威高, 海星).
const MIN_ALIAS = 3;
// How far back a back reference looks for its antecedent, in code units and in names.
const WINDOW = 4000;
const MAX_LOOKBACK = 60;
const LEGAL_KINDS = new Set(['company']);
const ENDINGS: ReadonlyMap<string, readonly string[]> = new Map(BACK_REFERENCE_HEADS.map((h) => [h.head, h.endsWith]));

/** The full name an alias or back reference points to, as written. */
function writtenName(c: Candidate, text: string): string {
  return c.source === 'alias' || c.source === 'backref' ? (c.refersTo ?? c.canonical ?? text.slice(c.start, c.end)) : text.slice(c.start, c.end);
}

/**
 * The short names of a company or product name: without its place, legal suffix and trailing
 * common words, each at least three characters and not common words only.
 *
 * @example
 * shortNames('湖北海星新材料科技有限公司', 'organization'); // ['海星新材料科技', '海星新材料']
 * shortNames('北太天元数值计算通用软件', 'work'); // ['北太天元']
 */
export function shortNames(name: string, type: Candidate['type']): string[] {
  let core = name;
  const place = NAMES.longestAt(core, 0);
  if (place && place.value.type === 'place' && place.value.standalone && place.end < core.length) core = core.slice(place.end);
  const suffix = SUFFIXES.longestEndingAt(core, core.length);
  if (!suffix) return [];
  if (type === 'organization' && !LEGAL_KINDS.has(suffix.value.kind)) return [];
  if (type !== 'organization' && type !== 'work') return [];
  core = core.slice(0, suffix.start);
  const forms: string[] = [];
  for (;;) {
    if (core.length >= MIN_ALIAS && !isCommonWords(core)) forms.push(core);
    const w = GENERIC.longestEndingAt(core, core.length);
    if (!w || w.start === 0) break;
    core = core.slice(0, w.start);
  }
  // A product is known by its proper head alone (北太天元), not by every shortening.
  return type === 'work' ? forms.slice(-1).filter((f) => f.length < name.length - 2) : forms;
}

function isCommonWords(s: string): boolean {
  let pos = s.length;
  while (pos > 0) {
    const w = GENERIC.longestEndingAt(s, pos);
    if (!w) return false;
    pos = w.start;
  }
  return true;
}

/**
 * Later mentions of a company's or product's short name, each with the full name as `canonical`.
 * `names` are the kept names, sorted by start.
 */
export function findAliases(text: string, names: readonly Candidate[]): Candidate[] {
  const trie = new Trie<{ full: Candidate; from: number }>('forward');
  let any = false;
  for (const c of names) {
    if (c.source !== 'suffix' || (c.type !== 'organization' && c.type !== 'work')) continue;
    const full = text.slice(c.start, c.end);
    for (const form of shortNames(full, c.type)) {
      trie.set(form, { full: c, from: c.end });
      any = true;
    }
  }
  if (!any) return [];
  const out: Candidate[] = [];
  for (const m of trie.scan(text)) {
    if (m.start < m.value.from) continue;
    const full = m.value.full;
    out.push({ start: m.start, end: m.end, type: full.type, source: 'alias', canonical: full.canonical ?? text.slice(full.start, full.end) });
  }
  return out;
}

/**
 * Resolves back references to the latest name of their kind before them: 该高新区 to the last
 * zone ending in 高新区, 该企业 to the last company, a bare 新区 to the last zone ending in 新区.
 * Unresolved ones are dropped. `names` are the kept names, sorted by start.
 */
export function resolveBackReferences(text: string, backReferences: readonly Candidate[], names: readonly Candidate[]): Candidate[] {
  const antecedents = names.filter((c) => (c.type === 'zone' || c.type === 'organization') && c.source !== 'backref');
  const out: Candidate[] = [];
  let j = 0;
  for (const ref of [...backReferences].sort((a, b) => a.start - b.start)) {
    while (j < antecedents.length && antecedents[j]!.end <= ref.start) j++;
    const head = ref.head ?? '';
    const endings = ENDINGS.get(head) ?? [head];
    for (let k = j - 1; k >= 0 && k >= j - MAX_LOOKBACK; k--) {
      const a = antecedents[k]!;
      if (ref.start - a.end > WINDOW) break;
      if (a.type !== ref.type) continue;
      const name = writtenName(a, text);
      if (!endings.some((e) => name.endsWith(e))) continue;
      // Spelled out, not spread: a back reference holds no more than these (a spread copies by reflection).
      out.push({ start: ref.start, end: ref.end, type: ref.type, source: ref.source, head: ref.head, refersTo: name, canonical: a.canonical ?? name, partOf: a.partOf });
      break;
    }
  }
  return out;
}
