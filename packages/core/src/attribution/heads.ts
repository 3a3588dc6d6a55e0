/**
 * The head nouns of indicators (企业, 平台, 专项资金 …): a metric holds one, and where one
 * stands tells where a noun phrase ends.
 */
import { HEAD_NOUNS } from '../entities/lexicons/vocabulary.js';
import { Trie } from '../entities/trie.js';

const HEADS = new Set(HEAD_NOUNS);
// The head nouns as tries, both ways: whether one stands in a span is then a walk of the span, not a search per noun.
const HEADS_FORWARD = new Trie<true>('forward');
const HEADS_BACKWARD = new Trie<true>('backward');
for (const h of HEAD_NOUNS) {
  HEADS_FORWARD.set(h, true);
  HEADS_BACKWARD.set(h, true);
}

/** Whether a head noun stands wholly inside text[from, to). */
export function hasHeadIn(text: string, from: number, to: number): boolean {
  for (let q = from; q < to; q++) if (HEADS_FORWARD.longestAt(text, q, to) !== undefined) return true;
  return false;
}

/** The end of the last head noun standing wholly inside text[from, to), or -1. */
export function lastHeadEndIn(text: string, from: number, to: number): number {
  for (let q = to; q > from; q--) if (HEADS_BACKWARD.longestEndingAt(text, q, from) !== undefined) return q;
  return -1;
}

/** The end of the head noun that starts at `at` (not past `limit`), or -1. */
export function headEndAt(text: string, at: number, limit: number): number {
  return HEADS_FORWARD.longestAt(text, at, limit)?.end ?? -1;
}

// Words come from the noun lexicon, a bounded set: each is judged once.
const headCache = new Map<string, boolean>();
/** Whether a word of the noun lexicon is or ends in a head noun (研发平台, 企业). */
export const isHead = (word: string): boolean => {
  let head = headCache.get(word);
  if (head === undefined) {
    head = HEADS.has(word) || HEAD_NOUNS.some((h) => word.endsWith(h));
    headCache.set(word, head);
  }
  return head;
};
