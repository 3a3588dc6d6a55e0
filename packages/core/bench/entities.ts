import { core } from './core.js';
import { measure, ratio } from './measure.js';
import { peerRow } from './peer.js';
import type { BenchInput, BenchRow, BenchSection } from './types.js';

const { extractEntities, parseReport } = core;

const REFERENCE = { referenceDate: '2022-11-15' } as const;

/** extractEntities, and parseReport with entities, articles and attribution, on the 1 MB input. */
export const entitiesSection: BenchSection = {
  name: 'entities',
  run(input: BenchInput): BenchRow[] {
    const oneString = measure('extractEntities, 1 string', [input.text], (t) => extractEntities(t, REFERENCE));
    const asPages = measure(`extractEntities, ${input.pages.length} pages`, input.pages, (t) => extractEntities(t, REFERENCE));
    const reportOne = measure('parseReport with entities, 1 string', [input.text], (t) => parseReport(t, REFERENCE));
    const reportPages = measure(`parseReport with entities, ${input.pages.length} pages`, input.pages, (t) => parseReport(t, REFERENCE));
    const peer = peerRow(input);
    return [
      { ...oneString, note: `${(oneString.ms / asPages.ms).toFixed(2)}× the time of the same text as pages` },
      asPages,
      { ...reportOne, note: `${(reportOne.ms / reportPages.ms).toFixed(2)}× the time of the same text as pages; ${ratio(reportOne, peer)}` },
      { ...reportPages, note: ratio(reportPages, peer) },
    ];
  },
};
