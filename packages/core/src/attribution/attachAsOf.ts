/**
 * Refiner: gives a figure the date it holds for. A date governs the figures after it in its
 * sentence (`截至今年9月，知识产权价值信用贷344户，放款8.1亿元` → both as of 2022-09). Not
 * governing: vague words (近日, 目前), a year inside a 《title》 (it names the document), and
 * 去年同期 (the base a change is measured against, not the period the figure is for).
 */
import type { DateMention } from '../models/dateMention.js';
import type { Figure } from '../models/figure.js';
import type { ExtractionContext } from '../engine/context.js';
import { toOriginalSpan } from '../text/normalize.js';

// Sentence ends. A layout line break inside a sentence is already gone from the normalised text.
const SENTENCE_END = /[。！？!?；;\n]/g;
const TITLE = /《[^《》\n]{0,200}》/g;

function governs(d: DateMention): boolean {
  return d.grain !== 'vague' && (d.from !== undefined || d.to !== undefined) && !d.text.endsWith('同期');
}

/** Sorted original offsets of the sentence ends of the context's text. */
function sentenceEnds(ctx: ExtractionContext): number[] {
  const out: number[] = [];
  const re = new RegExp(SENTENCE_END.source, 'g');
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) out.push(toOriginalSpan(ctx.normalized, m.index, m.index + 1).start);
  return out;
}

function titleSpans(source: string): Array<[number, number]> {
  if (!source.includes('《')) return [];
  const out: Array<[number, number]> = [];
  const re = new RegExp(TITLE.source, 'g');
  for (let m = re.exec(source); m; m = re.exec(source)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * Returns the figures, each with `asOf` set from the nearest governing date before it in the
 * same sentence (figures that already have one keep it). Figures and dates are sorted by
 * `start`; one merged walk, so linear.
 *
 * @example
 * attachAsOf(ctx, figures, dates).find((f) => f.text === '344户')?.asOf;
 * // { text: '今年9月', from: '2022-09-01', to: '2022-09-30' }
 */
export function attachAsOf(ctx: ExtractionContext, figures: readonly Figure[], dates: readonly DateMention[]): Figure[] {
  if (dates.length === 0) return [...figures];
  const ends = sentenceEnds(ctx);
  const titles = titleSpans(ctx.source);
  let di = 0;
  let ei = 0;
  let ti = 0;
  let current: DateMention | undefined;
  return figures.map((f) => {
    while (di < dates.length && dates[di]!.end <= f.start) {
      const d = dates[di++]!;
      while (ti < titles.length && titles[ti]![1] <= d.start) ti++;
      const inTitle = ti < titles.length && titles[ti]![0] < d.start && d.end <= titles[ti]![1];
      if (governs(d) && !inTitle) current = d;
    }
    // A sentence end between the date and the figure ends the date's reach.
    while (ei < ends.length && ends[ei]! < f.start) {
      if (current && ends[ei]! >= current.end) current = undefined;
      ei++;
    }
    if (!current || f.asOf) return f;
    return {
      ...f,
      asOf: { text: current.text, ...(current.from ? { from: current.from } : {}), ...(current.to ? { to: current.to } : {}) },
    };
  });
}
