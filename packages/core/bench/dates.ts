import * as chrono from 'chrono-node';
import { core } from './core.js';
import { measure, ratio } from './measure.js';
import type { BenchInput, BenchRow, BenchSection } from './types.js';

const { extractDates } = core;

const REFERENCE = { referenceDate: '2022-11-15' } as const;
const REFERENCE_DATE = new Date(2022, 10, 15);

/** How many dates each side finds on the pages: speed means little without it (chrono reads far fewer forms). */
function countOn(pages: readonly string[], find: (page: string) => readonly unknown[]): number {
  let n = 0;
  for (const page of pages) n += find(page).length;
  return n;
}

/**
 * extractDates on the 1 MB string and page by page, against chrono-node's Chinese parser
 * (`chrono.zh.parse`, the same reference date) on the same pages in the same run.
 *
 * @example
 * const rows = await datesSection.run(buildInput());
 * rows[2]?.note; // 'peer, 1624 dates; extractDates finds 4.1× as many at 1× chrono-node zh.parse, 203 pages'
 */
export const datesSection: BenchSection = {
  name: 'dates',
  run(input: BenchInput): BenchRow[] {
    const pages = input.pages.length;
    const oneString = measure('extractDates, 1 string', [input.text], (t) => extractDates(t, REFERENCE));
    const asPages = measure(`extractDates, ${pages} pages`, input.pages, (t) => extractDates(t, REFERENCE));
    const peerRow = measure(`chrono-node zh.parse, ${pages} pages`, input.pages, (t) => chrono.zh.parse(t, REFERENCE_DATE));
    const ours = countOn(input.pages, (t) => extractDates(t, REFERENCE));
    const theirs = countOn(input.pages, (t) => chrono.zh.parse(t, REFERENCE_DATE));
    const found = theirs === 0 ? 'chrono-node finds none' : `extractDates finds ${(ours / theirs).toFixed(1)}× as many`;
    return [
      { ...oneString, note: `${(oneString.ms / asPages.ms).toFixed(2)}× the time of the same text as pages` },
      { ...asPages, note: `${ours} dates; ${ratio(asPages, peerRow)} (speed ratio ${(asPages.bytesPerSecond / peerRow.bytesPerSecond).toFixed(2)})` },
      { ...peerRow, note: `peer, ${theirs} dates; ${found}` },
    ];
  },
};
