import { core } from './core.js';
import { measure, ratio } from './measure.js';
import { peerPages, peerRow } from './peer.js';
import type { BenchInput, BenchRow, BenchSection } from './types.js';

const { extractFigures, parseReport } = core;

const REFERENCE = { referenceDate: '2022-11-15' } as const;

/** extractFigures and parseReport against Recognizers-Text's Chinese number + currency models. */
export const figuresSection: BenchSection = {
  name: 'figures',
  run(input: BenchInput): BenchRow[] {
    const oneString = measure('extractFigures, 1 string', [input.text], (t) => extractFigures(t, REFERENCE));
    const asPages = measure(`extractFigures, ${input.pages.length} pages`, input.pages, (t) => extractFigures(t, REFERENCE));
    const reportOne = measure('parseReport, 1 string', [input.text], (t) => parseReport(t, REFERENCE));
    const reportPages = measure(`parseReport, ${input.pages.length} pages`, input.pages, (t) => parseReport(t, REFERENCE));
    const peer = peerRow(input);
    const sample = peerPages(input);
    const oursOnSample = measure(`extractFigures, same ${sample.length} pages`, sample, (t) => extractFigures(t, REFERENCE));
    return [
      { ...oneString, note: `${(oneString.ms / asPages.ms).toFixed(2)}× the time of the same text as pages; ${ratio(oneString, peer)}` },
      { ...asPages, note: ratio(asPages, peer) },
      { ...reportOne, note: `${(reportOne.ms / reportPages.ms).toFixed(2)}× the time of the same text as pages; ${ratio(reportOne, peer)}` },
      { ...reportPages, note: ratio(reportPages, peer) },
      peer,
      { ...oursOnSample, note: ratio(oursOnSample, peer) },
    ];
  },
};
