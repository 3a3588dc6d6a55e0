/**
 * The tables a trie built once at load is read through: nodes numbered, their children hashed in
 * typed arrays. A page's scans walk these at every name, cue and suffix: a typed-array probe costs
 * less than the lookup in a Map per node it replaces, and the tables stay together in cache.
 */

/** A node of a trie: its children by code unit, and the value of the key ending at it. */
export interface TrieNode<V> {
  next: Map<number, TrieNode<V>> | undefined;
  value: V | undefined;
}

/** A match of a trie key in a text: where it starts and ends and the key's value. */
export interface TrieMatch<V> {
  start: number;
  end: number;
  value: V;
}

/** A dense trie's tables. Node 0 is the root; ids of the first code units' nodes fit 16 bits. */
export interface DenseTables<V> {
  /** By code unit, the node of the keys starting with it (0: none). */
  index: Uint16Array;
  /** By node, the value of the key ending there. */
  values: Array<V | undefined>;
  /**
   * Open addressing by parent and code unit, two entries a slot: the slot's parent * 65536 + code
   * (-1 when empty), then its child. Key and child side by side: a probe that hits reads one cache line.
   */
  edges: Int32Array;
  shift: number;
  mask: number;
  /** The first two code units of the keys, hashed: see `hasPair`. */
  pairs: Uint32Array;
}

// A node's id times 65536 plus a code unit must fit an Int32: more nodes than this keep the maps.
const MAX_NODES = 0x8000;

// Most walks of a scan stop at the second code unit: a bit per pair of first and second code units,
// hashed to 128 K bits (16 KB), tells without a probe that no key goes on. A clear bit is certain;
// a set one may be another pair's, and the walk then probes the edges.
const PAIR_BITS = 17;

function pairSlot(first: number, second: number): number {
  return ((Math.imul(first, 0x9e3779b1) >>> (32 - PAIR_BITS)) ^ second) & ((1 << PAIR_BITS) - 1);
}

/** Whether some key may start with these two code units (false is certain). */
export function hasPair(pairs: Uint32Array, first: number, second: number): boolean {
  const slot = pairSlot(first, second);
  return ((pairs[slot >>> 5]! >>> (slot & 31)) & 1) !== 0;
}

/** The tables of the trie under `root`, or undefined when it is too large for them. */
export function buildDense<V>(root: TrieNode<V>): DenseTables<V> | undefined {
  const first = root.next;
  if (!first || first.size >= 0xffff) return undefined;
  const index = new Uint16Array(0x10000);
  const values: Array<V | undefined> = [root.value];
  const pairs = new Uint32Array(1 << (PAIR_BITS - 5));
  const queue: Array<[TrieNode<V>, number]> = [];
  // First code units first, so their ids are small enough for the index.
  for (const [code, n] of first) {
    index[code] = values.length;
    queue.push([n, values.length]);
    values.push(n.value);
    if (n.next) for (const second of n.next.keys()) pairs[pairSlot(code, second) >>> 5]! |= 1 << (pairSlot(code, second) & 31);
  }
  const edges: number[] = [];
  for (let q = 0; q < queue.length; q++) {
    const [n, id] = queue[q]!;
    if (!n.next) continue;
    for (const [code, child] of n.next) {
      edges.push(id * 0x10000 + code, values.length);
      queue.push([child, values.length]);
      values.push(child.value);
    }
  }
  if (values.length > MAX_NODES) return undefined;
  // At most half full: a probe seldom goes past its first slot.
  let bits = 4;
  while (1 << bits < edges.length) bits++;
  const table = new Int32Array(2 << bits).fill(-1);
  const tables: DenseTables<V> = { index, values, edges: table, shift: 32 - bits, mask: (1 << bits) - 1, pairs };
  for (let e = 0; e < edges.length; e += 2) {
    let h = Math.imul(edges[e]!, 0x9e3779b1) >>> tables.shift;
    while (table[2 * h] !== -1) h = (h + 1) & tables.mask;
    table[2 * h] = edges[e]!;
    table[2 * h + 1] = edges[e + 1]!;
  }
  return tables;
}

/** The child of node `id` by code unit `code`, 0 when none. */
function childOf<V>(t: DenseTables<V>, id: number, code: number): number {
  const key = id * 0x10000 + code;
  const edges = t.edges;
  for (let h = Math.imul(key, 0x9e3779b1) >>> t.shift; ; h = (h + 1) & t.mask) {
    const k = edges[2 * h]!;
    if (k === key) return edges[2 * h + 1]!;
    if (k === -1) return 0;
  }
}

/** The longest key starting at `pos` (a forward trie), whose first code unit led to node `id`. */
export function longestFromDense<V>(t: DenseTables<V>, text: string, pos: number, id: number, limit: number): TrieMatch<V> | undefined {
  // Only the longest match becomes an object: shorter keys passed on the way allocate nothing.
  let bestEnd = -1;
  let bestValue = t.values[id];
  if (bestValue !== undefined) bestEnd = pos + 1;
  for (let i = pos + 1, n = id; i < limit; i++) {
    n = childOf(t, n, text.charCodeAt(i));
    if (n === 0) break;
    const value = t.values[n];
    if (value !== undefined) {
      bestEnd = i + 1;
      bestValue = value;
    }
  }
  return bestEnd < 0 ? undefined : { start: pos, end: bestEnd, value: bestValue as V };
}

/** The longest key ending at `end`, not reaching before `floor` (a backward trie). */
export function longestEndingDense<V>(t: DenseTables<V>, text: string, end: number, floor: number): TrieMatch<V> | undefined {
  if (end - 1 < floor) return undefined;
  const code = text.charCodeAt(end - 1);
  const id = t.index[code]!;
  if (id === 0) return undefined;
  let bestStart = -1;
  let bestValue = t.values[id];
  if (bestValue !== undefined) bestStart = end - 1;
  // No key goes past the last code unit: a key of one code unit is the longest match.
  if (end - 2 >= floor && hasPair(t.pairs, code, text.charCodeAt(end - 2))) {
    for (let i = end - 2, n = id; i >= floor; i--) {
      n = childOf(t, n, text.charCodeAt(i));
      if (n === 0) break;
      const value = t.values[n];
      if (value !== undefined) {
        bestStart = i;
        bestValue = value;
      }
    }
  }
  return bestStart < 0 ? undefined : { start: bestStart, end, value: bestValue as V };
}

/**
 * Where the longest key ending at `end` starts, not before `floor` (a backward trie), -1 when none:
 * `longestEndingDense` for a caller that needs only the key's length, without a match to allocate.
 */
export function longestStartEndingDense<V>(t: DenseTables<V>, text: string, end: number, floor: number): number {
  if (end - 1 < floor) return -1;
  const code = text.charCodeAt(end - 1);
  const id = t.index[code]!;
  if (id === 0) return -1;
  let bestStart = t.values[id] === undefined ? -1 : end - 1;
  if (end - 2 >= floor && hasPair(t.pairs, code, text.charCodeAt(end - 2))) {
    for (let i = end - 2, n = id; i >= floor; i--) {
      n = childOf(t, n, text.charCodeAt(i));
      if (n === 0) break;
      if (t.values[n] !== undefined) bestStart = i;
    }
  }
  return bestStart;
}

/**
 * The longest key starting at `pos` (a forward trie), whose first code unit `code` led to node `id`:
 * most such positions start only keys of one code unit (one read of the pairs tells).
 */
function matchAt<V>(t: DenseTables<V>, text: string, pos: number, code: number, id: number, length: number): TrieMatch<V> | undefined {
  if (pos + 1 < length && !hasPair(t.pairs, code, text.charCodeAt(pos + 1))) {
    // No key goes past this code unit: a key of one code unit is the longest match.
    const value = t.values[id];
    return value === undefined ? undefined : { start: pos, end: pos + 1, value };
  }
  return longestFromDense(t, text, pos, id, length);
}

/**
 * Leftmost-longest matches over `text` (a forward trie): most positions start no key (one read of
 * the index), and of the rest most start only keys of one code unit (one read of the pairs).
 */
export function scanDense<V>(t: DenseTables<V>, text: string, out: Array<TrieMatch<V>>): Array<TrieMatch<V>> {
  const index = t.index;
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    const id = index[code]!;
    if (id === 0) {
      i++;
      continue;
    }
    const m = matchAt(t, text, i, code, id, length);
    if (m) {
      out.push(m);
      i = m.end;
    } else i++;
  }
  return out;
}

/**
 * `scanDense`, also writing to `marked`, in order, each position just after a code unit that `marks`
 * flags (not 0): a second question about every code unit of the text, answered in the same pass.
 * `marked` must hold `text.length` entries. Returns how many positions were written.
 */
export function scanDenseMarking<V>(t: DenseTables<V>, text: string, out: Array<TrieMatch<V>>, marks: Readonly<Uint8Array>, marked: Int32Array): number {
  const index = t.index;
  const length = text.length;
  let count = 0;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (marks[code] !== 0) marked[count++] = i + 1;
    const id = index[code]!;
    if (id === 0) {
      i++;
      continue;
    }
    const m = matchAt(t, text, i, code, id, length);
    if (m) {
      out.push(m);
      // The scan goes on past the match: its other code units are asked here.
      for (let k = i + 1; k < m.end; k++) if (marks[text.charCodeAt(k)] !== 0) marked[count++] = k + 1;
      i = m.end;
    } else i++;
  }
  return count;
}

/**
 * Two scans as `scanDense` makes them, in one pass over `text`: each trie's matches are its own
 * leftmost-longest ones, and each code unit is read once for both (a pass costs about as much as
 * the index reads it makes).
 */
export function scanDenseBoth<A, B>(a: DenseTables<A>, b: DenseTables<B>, text: string, outA: Array<TrieMatch<A>>, outB: Array<TrieMatch<B>>): void {
  const indexA = a.index;
  const indexB = b.index;
  const length = text.length;
  // Where each trie's next match may start: the end of its last one.
  let fromA = 0;
  let fromB = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const idA = indexA[code]!;
    const idB = indexB[code]!;
    if ((idA | idB) === 0) continue;
    if (idA !== 0 && i >= fromA) {
      const m = matchAt(a, text, i, code, idA, length);
      if (m) {
        outA.push(m);
        fromA = m.end;
      }
    }
    if (idB !== 0 && i >= fromB) {
      const m = matchAt(b, text, i, code, idB, length);
      if (m) {
        outB.push(m);
        fromB = m.end;
      }
    }
  }
}
