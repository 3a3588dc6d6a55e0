/**
 * What the period and attribution steps both read of one page: its sentences, its clause starts,
 * the status of its figures, and where its figures, dates and names stand in the normalised text.
 * Found once per page and handed to both, so neither scans the text nor converts an offset a
 * second time.
 */
import type { DateMention } from '../models/dateMention.js';
import type { Entity } from '../models/entity.js';
import type { Figure } from '../models/figure.js';
import type { ExtractionContext } from '../engine/context.js';
import type { NormalizedText } from '../text/normalize.js';
import { breaksOf, type Breaks, type Segments } from './segments.js';
import { STATUS_FIRST_UNITS, statusReader, type StatusReader } from './status.js';

/** A page's scopes (see the module comment); offsets are normalised. */
export interface PageScopes {
  sentences: Segments;
  breaks: Breaks;
  status: StatusReader;
}

/** The scopes of normalised `text`. */
export function pageScopes(text: string): PageScopes {
  // The status words' first characters are found in the same pass as the breaks.
  const breaks = breaksOf(text, STATUS_FIRST_UNITS);
  return { sentences: breaks.sentences, breaks, status: statusReader(text, breaks) };
}

/** A span of the normalised text. */
export interface NormalizedSpan {
  start: number;
  end: number;
}

/** The normalised spans of a page's figures, dates and names, index for index. */
export interface PageSpans {
  figures: NormalizedSpan[];
  dates: NormalizedSpan[];
  entities: Array<NormalizedSpan & { entity: Entity }>;
}

/** The normalised spans of `figures`, `dates` and `entities` (see PageSpans). */
export function pageSpans(ctx: ExtractionContext, figures: readonly Figure[], dates: readonly DateMention[], entities: readonly Entity[]): PageSpans {
  // Each list is converted in order: a cursor per list, not a search of the whole map per offset.
  let n = normalizedOffsets(ctx.normalized);
  const figureSpans = figures.map((f) => ({ start: n(f.start), end: n(f.end) }));
  n = normalizedOffsets(ctx.normalized);
  const dateSpans = dates.map((d) => ({ start: n(d.start), end: n(d.end) }));
  n = normalizedOffsets(ctx.normalized);
  return { figures: figureSpans, dates: dateSpans, entities: entities.map((e) => ({ start: n(e.start), end: n(e.end), entity: e })) };
}

/**
 * toNormalizedOffset for offsets asked mostly in ascending order: each search starts from the
 * last answer and widens by doubling steps, so a page's mentions cost a few reads each. An offset
 * below the last asked is searched from the start, with the same result.
 */
export function normalizedOffsets(normalized: NormalizedText): (original: number) => number {
  const starts = normalized.starts;
  if (!starts) return (original) => original;
  const length = normalized.text.length;
  let last = 0;
  let lastOriginal = 0;
  return (original) => {
    // Every index below `lo` maps before `original`.
    let lo = original >= lastOriginal ? last : 0;
    let hi = lo;
    for (let step = 1; hi < length && starts[hi]! < original; step *= 2) {
      lo = hi + 1;
      hi = Math.min(length, hi + step);
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! < original) lo = mid + 1;
      else hi = mid;
    }
    last = lo;
    lastOriginal = original;
    return lo;
  };
}
