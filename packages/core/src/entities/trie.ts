/**
 * A character trie over UTF-16 code units, built once from a lexicon and read many times.
 * Lookups walk at most as many code units as the longest key, so scanning a text is linear.
 */
import { buildDense, longestEndingDense, longestFromDense, longestStartEndingDense, scanDense, scanDenseBoth, scanDenseMarking, type DenseTables, type TrieMatch, type TrieNode } from './denseTrie.js';

export type { TrieMatch, TrieNode };

// Which code units may start a key, one bit per code unit modulo 1024 (128 bytes): cheap enough to
// build for a trie made per page (a few keys, so few false hits), and one array read per position
// where a Map lookup would hash; a hit is confirmed by the map.
const FILTER_MASK = 1023;

// The same filter for pairs of first and second code units, and for keys of one code unit: most
// first-unit hits of a per-page trie (a surname, a common character) start no key. The three share
// one array (one allocation per trie): first units, then pairs, then keys of one unit.
const FIRSTS = 0;
const PAIRS = FILTER_MASK + 1;
const SINGLES = 2 * (FILTER_MASK + 1);

function firstFilters<V>(first: ReadonlyMap<number, TrieNode<V>>): Uint32Array {
  const bits = new Uint32Array((3 * (FILTER_MASK + 1)) >>> 5);
  for (const [code, n] of first) {
    setBit(bits, FIRSTS, code);
    if (n.value !== undefined) setBit(bits, SINGLES, code);
    if (n.next) for (const second of n.next.keys()) setBit(bits, PAIRS, smallPair(code, second));
  }
  return bits;
}

function smallPair(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) >>> 22) ^ second;
}

function setBit(bits: Uint32Array, part: number, key: number): void {
  const slot = part + (key & FILTER_MASK);
  bits[slot >>> 5]! |= 1 << (slot & 31);
}

function hasBit(bits: Uint32Array, part: number, key: number): boolean {
  const slot = part + (key & FILTER_MASK);
  return ((bits[slot >>> 5]! >>> (slot & 31)) & 1) !== 0;
}

function node<V>(): TrieNode<V> {
  return { next: undefined, value: undefined };
}

/** The longest key starting at `pos`, whose first code unit led to `head`. */
function longestFrom<V>(text: string, pos: number, head: TrieNode<V>, limit: number): TrieMatch<V> | undefined {
  let n: TrieNode<V> | undefined = head;
  // Only the longest match becomes an object: shorter keys passed on the way allocate nothing.
  let bestEnd = -1;
  let bestValue = head.value;
  if (bestValue !== undefined) bestEnd = pos + 1;
  for (let i = pos + 1; i < limit && n; i++) {
    n = n.next?.get(text.charCodeAt(i));
    if (n !== undefined && n.value !== undefined) {
      bestEnd = i + 1;
      bestValue = n.value;
    }
  }
  return bestEnd < 0 ? undefined : { start: pos, end: bestEnd, value: bestValue as V };
}

/**
 * Longest-match lookups of many keys at once, forwards (a key starting at a position) or
 * backwards (a key ending at a position). `set` keeps the first value given for a key.
 *
 * @example
 * const t = new Trie<string>('forward');
 * t.set('高新区', 'zone');
 * t.longestAt('无锡高新区', 2); // { start: 2, end: 5, value: 'zone' }
 */
export class Trie<V> {
  private readonly root: TrieNode<V> = node();
  private longest = 0;
  // For dense tries, the node of each first code unit: one array read skips most positions of a scan.
  private heads: DenseTables<V> | undefined;
  private filters: Uint32Array | undefined;
  // Set when the dense tables could not hold this trie: it is then read through its maps.
  private tooLarge = false;
  // A per-page trie's keys while they are few: a scan then searches each key (see `scanFew`).
  private few: Array<FewKey<V>> | undefined = [];

  /**
   * `dense` for the lexicons built once at load: their scans read a table of first code units
   * (64 K slots), where a trie made per page reads small filters of them (384 bytes).
   */
  constructor(
    readonly direction: 'forward' | 'backward',
    private readonly dense = false,
  ) {}

  /** The length of the longest key, in code units. */
  get maxLength(): number {
    return this.longest;
  }

  /** Adds a key; a key already present keeps its first value. */
  set(key: string, value: V): void {
    if (key.length === 0) return;
    let n = this.root;
    const forward = this.direction === 'forward';
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(forward ? i : key.length - 1 - i);
      n.next ??= new Map();
      let child = n.next.get(code);
      if (!child) {
        child = node();
        n.next.set(code, child);
      }
      n = child;
    }
    if (n.value === undefined) {
      n.value = value;
      if (this.few && (this.dense || this.few.length >= MAX_FEW_KEYS)) this.few = undefined;
      else this.few?.push({ key, value });
    }
    if (key.length > this.longest) this.longest = key.length;
    this.heads = undefined;
    this.tooLarge = false;
    this.filters = undefined;
  }

  /** For a dense trie, its tables, built on first use after a change (undefined when too large for them). */
  private headTables(): DenseTables<V> | undefined {
    if (!this.dense) return undefined;
    if (this.heads === undefined && !this.tooLarge) {
      this.heads = buildDense(this.root);
      this.tooLarge = this.heads === undefined;
    }
    return this.heads;
  }

  /** The value stored for exactly `key`. */
  get(key: string): V | undefined {
    let n: TrieNode<V> | undefined = this.root;
    const forward = this.direction === 'forward';
    for (let i = 0; i < key.length && n; i++) n = n.next?.get(key.charCodeAt(forward ? i : key.length - 1 - i));
    return n?.value;
  }

  /** The longest key that starts at `pos` (a forward trie). */
  longestAt(text: string, pos: number, limit = text.length): TrieMatch<V> | undefined {
    if (pos >= limit) return undefined;
    const code = text.charCodeAt(pos);
    const heads = this.headTables();
    if (heads) return heads.index[code] === 0 ? undefined : longestFromDense(heads, text, pos, heads.index[code]!, limit);
    const head = this.root.next?.get(code);
    return head === undefined ? undefined : longestFrom(text, pos, head, limit);
  }

  /** The longest key that ends at `end` (exclusive), not reaching before `floor` (a backward trie). */
  longestEndingAt(text: string, end: number, floor = 0): TrieMatch<V> | undefined {
    const heads = this.headTables();
    if (heads) return longestEndingDense(heads, text, end, floor);
    let n: TrieNode<V> | undefined = this.root;
    let bestStart = -1;
    let bestValue: V | undefined;
    for (let i = end - 1; i >= floor && n; i--) {
      n = n.next?.get(text.charCodeAt(i));
      if (n !== undefined && n.value !== undefined) {
        bestStart = i;
        bestValue = n.value;
      }
    }
    return bestStart < 0 ? undefined : { start: bestStart, end, value: bestValue as V };
  }

  /**
   * The length of the longest key that ends at `end` (exclusive), not reaching before `floor` (a
   * backward trie), 0 when none: `longestEndingAt` without the match, for callers that step over words.
   */
  longestLengthEndingAt(text: string, end: number, floor = 0): number {
    const heads = this.headTables();
    if (heads) {
      const start = longestStartEndingDense(heads, text, end, floor);
      return start < 0 ? 0 : end - start;
    }
    const m = this.longestEndingAt(text, end, floor);
    return m ? m.end - m.start : 0;
  }

  /** Every key ending at `end`, shortest first (a backward trie). */
  allEndingAt(text: string, end: number, floor = 0): Array<TrieMatch<V>> {
    let n: TrieNode<V> | undefined = this.root;
    const out: Array<TrieMatch<V>> = [];
    for (let i = end - 1; i >= floor && n; i--) {
      n = n.next?.get(text.charCodeAt(i));
      if (n?.value !== undefined) out.push({ start: i, end, value: n.value });
    }
    return out;
  }

  /**
   * Leftmost-longest matches over `text`, left to right and without overlaps (a forward trie).
   * `accept` may refuse a match (then shorter keys at the same start are tried).
   */
  scan(text: string, accept?: (m: TrieMatch<V>) => boolean): Array<TrieMatch<V>> {
    const out: Array<TrieMatch<V>> = [];
    const first = this.root.next;
    if (!first) return out;
    const heads = this.headTables();
    if (heads && !accept) return scanDense(heads, text, out);
    if (!heads && !accept && this.few && this.direction === 'forward') return scanFew(text, this.few, out);
    const filters = heads ? undefined : (this.filters ??= firstFilters(first));
    const length = text.length;
    let i = 0;
    while (i < length) {
      // Most positions start no key: one read skips them without allocating.
      const code = text.charCodeAt(i);
      let head: TrieNode<V> | undefined;
      if (heads) {
        if (heads.index[code] !== 0) head = first.get(code);
      } else if (hasBit(filters!, FIRSTS, code)) {
        const onlyOne = i + 1 < length && !hasBit(filters!, PAIRS, smallPair(code, text.charCodeAt(i + 1)));
        if (!onlyOne || hasBit(filters!, SINGLES, code)) head = first.get(code);
      }
      if (head === undefined) {
        i++;
        continue;
      }
      // Without a filter the longest match is the answer: no list of shorter ones to keep.
      const m = accept ? this.acceptedAt(text, i, accept) : longestFrom(text, i, head, length);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }

  /**
   * `scan(text)`, and in the same pass the positions just after each code unit `marks` flags (not 0),
   * written in order to `marked` (which must hold `text.length` entries): `count` says how many.
   *
   * @example
   * const marked = new Int32Array(5);
   * const { matches, count } = names.scanMarking('无锡高新区', lastUnitsOfSuffixes, marked);
   */
  scanMarking(text: string, marks: Readonly<Uint8Array>, marked: Int32Array): { matches: Array<TrieMatch<V>>; count: number } {
    const heads = this.direction === 'forward' && this.root.next ? this.headTables() : undefined;
    if (heads) {
      const matches: Array<TrieMatch<V>> = [];
      return { matches, count: scanDenseMarking(heads, text, matches, marks, marked) };
    }
    let count = 0;
    for (let i = 0; i < text.length; i++) if (marks[text.charCodeAt(i)] !== 0) marked[count++] = i + 1;
    return { matches: this.scan(text), count };
  }

  /**
   * The scans of two forward tries over one text, as `a.scan(text)` and `b.scan(text)` give them:
   * made in one pass where both have dense tables.
   *
   * @example
   * const [titles, verbs] = Trie.scanBoth(titleTrie, verbTrie, '教授洪亮表示');
   */
  static scanBoth<A, B>(a: Trie<A>, b: Trie<B>, text: string): [Array<TrieMatch<A>>, Array<TrieMatch<B>>] {
    const headsA = a.direction === 'forward' && a.root.next ? a.headTables() : undefined;
    const headsB = b.direction === 'forward' && b.root.next ? b.headTables() : undefined;
    if (!headsA || !headsB) return [a.scan(text), b.scan(text)];
    const outA: Array<TrieMatch<A>> = [];
    const outB: Array<TrieMatch<B>> = [];
    scanDenseBoth(headsA, headsB, text, outA, outB);
    return [outA, outB];
  }

  private acceptedAt(text: string, pos: number, accept: (m: TrieMatch<V>) => boolean): TrieMatch<V> | undefined {
    let n: TrieNode<V> | undefined = this.root;
    let found: Array<TrieMatch<V>> | undefined;
    for (let i = pos; i < text.length && n; i++) {
      n = n.next?.get(text.charCodeAt(i));
      if (n?.value !== undefined) (found ??= []).push({ start: pos, end: i + 1, value: n.value });
    }
    if (!found) return undefined;
    for (let k = found.length - 1; k >= 0; k--) if (accept(found[k]!)) return found[k];
    return undefined;
  }
}

/** A key of a per-page trie, with its value. */
interface FewKey<V> {
  key: string;
  value: V;
}

// Up to this many keys a per-page scan searches each key: the native search skips text faster than
// a loop testing a filter at every position, and a page's tries (the people it names, its media) are small.
const MAX_FEW_KEYS = 8;

/**
 * The leftmost-longest scan by searching each key: from the end of the last match, the nearest
 * occurrence of any key wins, the longest of those starting there. Each key's search resumes from
 * where the last match ended, so the text is searched once per key.
 */
function scanFew<V>(text: string, keys: ReadonlyArray<FewKey<V>>, out: Array<TrieMatch<V>>): Array<TrieMatch<V>> {
  // -2: not searched yet; -1: not in the rest of the text.
  const next = new Array<number>(keys.length).fill(-2);
  let from = 0;
  for (;;) {
    let best = -1;
    for (let k = 0; k < keys.length; k++) {
      if (next[k] !== -1 && next[k]! < from) next[k] = text.indexOf(keys[k]!.key, from);
      const at = next[k]!;
      if (at < 0) continue;
      if (best < 0 || at < next[best]! || (at === next[best]! && keys[k]!.key.length > keys[best]!.key.length)) best = k;
    }
    if (best < 0) return out;
    const start = next[best]!;
    from = start + keys[best]!.key.length;
    out.push({ start, end: from, value: keys[best]!.value });
  }
}
