import type { Span } from '../models/span.js';
import type { NormalizedText } from '../text/normalize.js';

/**
 * The normalised offset of an original offset: the first normalised character that comes
 * from at or after it. Binary search over the normalisation map; identity when nothing changed.
 *
 * @example
 * toNormalizedOffset(normalizeText('研发平台3\n\n12个'), 7); // 5 (the 1 of 12)
 */
export function toNormalizedOffset(n: NormalizedText, original: number): number {
  const starts = n.starts;
  if (!starts) return original;
  let lo = 0;
  let hi = n.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The index of the span (sorted, disjoint) that contains `pos`, or -1.
 *
 * @example
 * indexContaining([{ start: 0, end: 5 }, { start: 8, end: 9 }], 8); // 1
 */
export function indexContaining(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const s = spans[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * The index of the first span (sorted by start) that starts at or after `pos`.
 *
 * @example
 * firstStartingFrom([{ start: 0, end: 5 }, { start: 8, end: 9 }], 6); // 1
 */
export function firstStartingFrom(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
