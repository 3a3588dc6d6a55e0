import * as peer from '@microsoft/recognizers-text-suite';
import { measure } from './measure.js';
import type { BenchInput, BenchRow } from './types.js';

// The peer manages some KB/s, so by default it runs on a sample of pages; GAOXIN_BENCH_PEER_PAGES=all runs it on all.
export function peerPages(input: BenchInput): readonly string[] {
  const wanted = process.env.GAOXIN_BENCH_PEER_PAGES;
  if (wanted === 'all') return input.pages;
  const n = Math.max(1, Number(wanted ?? 4) || 4);
  return input.pages.slice(0, n);
}

let measured: BenchRow | undefined;

/**
 * Recognizers-Text's Chinese number and currency recognisers on the sample pages, measured
 * once per run and shared by every section that compares against it.
 */
export function peerRow(input: BenchInput): BenchRow {
  const sample = peerPages(input);
  measured ??= measure(
    `Recognizers-Text number+currency (zh-cn), ${sample.length} pages`,
    sample,
    (t) => {
      peer.recognizeNumber(t, peer.Culture.Chinese);
      peer.recognizeCurrency(t, peer.Culture.Chinese);
    },
    1,
    false,
  );
  return measured;
}
