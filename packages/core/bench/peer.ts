import * as peer from '@microsoft/recognizers-text-suite';
import { measure } from './measure.js';
import type { BenchInput, BenchRow } from './types.js';

/**
 * The pages the peer reads: each distinct page of the input once, so it sees the same mix of
 * pages as our rows (which read them over and over) at a few KB/s, in a few seconds.
 * GAOXIN_BENCH_PEER_PAGES=n reads the first n pages instead; =all reads the whole input.
 */
export function peerPages(input: BenchInput): readonly string[] {
  const wanted = process.env.GAOXIN_BENCH_PEER_PAGES;
  if (wanted === 'all') return input.pages;
  const n = wanted === undefined ? input.distinct : Math.max(1, Number(wanted) || input.distinct);
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
    `Recognizers-Text number+currency (zh-cn), ${sample.length} pages${sample.length === input.distinct ? ' (each distinct page once)' : ''}`,
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
