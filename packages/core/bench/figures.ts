import * as peer from '@microsoft/recognizers-text-suite';
import { extractFigures, parseReport } from '../src/index.js';
import { measure, ratio } from './measure.js';
import type { BenchInput, BenchRow, BenchSection } from './types.js';

const REFERENCE = { referenceDate: '2022-11-15' } as const;

// The peer manages some KB/s, so by default it runs on a sample of pages; GAOXIN_BENCH_PEER_PAGES=all runs it on all.
function peerPages(input: BenchInput): readonly string[] {
  const wanted = process.env.GAOXIN_BENCH_PEER_PAGES;
  if (wanted === 'all') return input.pages;
  const n = Math.max(1, Number(wanted ?? 4) || 4);
  return input.pages.slice(0, n);
}

/** extractFigures and parseReport against Recognizers-Text's Chinese number + currency models. */
export const figuresSection: BenchSection = {
  name: 'figures',
  run(input: BenchInput): BenchRow[] {
    const oneString = measure('extractFigures, 1 string', [input.text], (t) => extractFigures(t, REFERENCE));
    const asPages = measure(`extractFigures, ${input.pages.length} pages`, input.pages, (t) => extractFigures(t, REFERENCE));
    const reportOne = measure('parseReport, 1 string', [input.text], (t) => parseReport(t, REFERENCE));
    const reportPages = measure(`parseReport, ${input.pages.length} pages`, input.pages, (t) => parseReport(t, REFERENCE));
    const sample = peerPages(input);
    const peerRow = measure(
      `Recognizers-Text number+currency (zh-cn), ${sample.length} pages`,
      sample,
      (t) => {
        peer.recognizeNumber(t, peer.Culture.Chinese);
        peer.recognizeCurrency(t, peer.Culture.Chinese);
      },
      1,
      false,
    );
    const oursOnSample = measure(`extractFigures, same ${sample.length} pages`, sample, (t) => extractFigures(t, REFERENCE));
    const stringVsPages = oneString.ms / asPages.ms;
    return [
      { ...oneString, note: `${stringVsPages.toFixed(2)}× the time of the same text as pages` },
      asPages,
      reportOne,
      reportPages,
      peerRow,
      { ...oursOnSample, note: ratio(oursOnSample, peerRow) },
    ];
  },
};
