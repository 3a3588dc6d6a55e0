import type { Span } from '@gaoxin/core';
import type { Position, Range, TextDocument } from 'vscode';

// The one place where the core's offsets become VS Code positions. The core's spans are half-open
// UTF-16 offsets, which is exactly what `TextDocument.positionAt` takes, so nothing is recomputed:
// the document does the conversion. Only types come from 'vscode', so vitest runs this file with a
// fake document.

/** The document methods conversion needs: a `vscode.TextDocument`, or a fake one in unit tests. */
export type OffsetDocument = Pick<TextDocument, 'positionAt' | 'offsetAt'>;

/** `vscode.Range`'s constructor, handed in by the extension so this file needs no runtime import. */
export type RangeConstructor = new (start: Position, end: Position) => Range;

/** Converts spans of a report into ranges of the document the report was made from. */
export class SpanConverter {
  /** @param range `vscode.Range` in the extension. */
  constructor(private readonly range: RangeConstructor) {}

  /**
   * The range a span covers.
   *
   * @example
   * converter.toRange(document, { start: 3, end: 10 }); // Range(0:3 → 0:10) on a one-line document
   */
  toRange(document: OffsetDocument, span: Span): Range {
    return new this.range(document.positionAt(span.start), document.positionAt(span.end));
  }

  /**
   * The ranges of many spans, in order.
   *
   * @example
   * converter.toRanges(document, report.figures).length === report.figures.length; // true
   */
  toRanges(document: OffsetDocument, spans: readonly Span[]): Range[] {
    return spans.map((s) => this.toRange(document, s));
  }
}

/**
 * The offset of a position (the inverse direction, for hovers and the cursor).
 *
 * @example
 * toOffset(document, new vscode.Position(0, 3)); // 3
 */
export function toOffset(document: OffsetDocument, position: Position): number {
  return document.offsetAt(position);
}

/**
 * The 1-based line of an offset, as summaries and messages show it.
 *
 * @example
 * lineNumber(document, 0); // 1
 */
export function lineNumber(document: OffsetDocument, offset: number): number {
  return document.positionAt(offset).line + 1;
}

// Sorted copies of mention lists that arrive out of order, built once per list.
const sortedCopies = new WeakMap<readonly Span[], readonly Span[]>();

function sortedByStart<T extends Span>(mentions: readonly T[]): readonly T[] {
  for (let i = 1; i < mentions.length; i++) {
    const prev = mentions[i - 1];
    const cur = mentions[i];
    if (prev !== undefined && cur !== undefined && prev.start > cur.start) {
      const cached = sortedCopies.get(mentions) as readonly T[] | undefined;
      if (cached) return cached;
      const sorted = [...mentions].sort((a, b) => a.start - b.start);
      sortedCopies.set(mentions, sorted);
      return sorted;
    }
  }
  return mentions;
}

/**
 * The mentions whose span contains `offset`. A hover asks with `inclusiveEnd` false (the mouse
 * is over the character at the offset); the cursor asks with it true, because VS Code puts the
 * caret after the last character of a word the user just clicked or typed.
 *
 * @example
 * mentionsAt([{ start: 0, end: 7, text: '约20.8亿元' }], 7, true).length; // 1
 */
export function mentionsAt<T extends Span>(mentions: readonly T[], offset: number, inclusiveEnd = false): T[] {
  // The core returns mentions sorted by start; a binary search then skips everything after the offset.
  const list = sortedByStart(mentions);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const m = list[mid];
    if (m !== undefined && m.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  const found: T[] = [];
  for (let i = lo - 1; i >= 0; i--) {
    const m = list[i];
    if (m === undefined) continue;
    if (m.end > offset || (inclusiveEnd && m.end === offset)) found.unshift(m);
    // Mentions are short (a figure or a name); past this distance none can reach the offset.
    if (offset - m.start > MAX_MENTION_LENGTH) break;
  }
  return found;
}

/**
 * The mentions that start in `[from, to)`, in order, found by binary search: what a window of a
 * large document shows.
 *
 * @example
 * mentionsWithin(report.figures, 0, 1000).length; // the figures of the first 1,000 characters
 */
export function mentionsWithin<T extends Span>(mentions: readonly T[], from: number, to: number): T[] {
  const list = sortedByStart(mentions);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid]?.start ?? Infinity) < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < list.length; i++) {
    const m = list[i];
    if (m === undefined || m.start >= to) break;
    out.push(m);
  }
  return out;
}

/** Longer than any figure, date or name a report writes; bounds the backward scan of `mentionsAt`. */
export const MAX_MENTION_LENGTH = 200;
