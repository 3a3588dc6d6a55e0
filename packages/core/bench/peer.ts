import * as peer from '@microsoft/recognizers-text-suite';
import { performance } from 'node:perf_hooks';
import { byteSize } from './input.js';
import { formatRate, measure } from './measure.js';
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

function recognize(text: string): void {
  peer.recognizeNumber(text, peer.Culture.Chinese);
  peer.recognizeCurrency(text, peer.Culture.Chinese);
}

/**
 * Recognizers-Text's Chinese number and currency recognisers on the sample pages, measured
 * once per run and shared by every section that compares against it. Its first pass (cold,
 * as this bench once took it) is timed apart and given in the note; the row is the best of two
 * passes after it, settled as our rows are, so ratios compare warm code with warm code.
 */
export function peerRow(input: BenchInput): BenchRow {
  if (measured) return measured;
  const sample = peerPages(input);
  const bytes = sample.reduce((sum, t) => sum + byteSize(t), 0);
  const t0 = performance.now();
  for (const t of sample) recognize(t);
  const coldMs = performance.now() - t0;
  const warm = measure(
    `Recognizers-Text number+currency (zh-cn), ${sample.length} pages${sample.length === input.distinct ? ' (each distinct page once)' : ''}`,
    sample,
    recognize,
    { runs: 2, warmMs: 0, minWarmPasses: 0 },
  );
  measured = { ...warm, note: `warm; its first pass ran at ${formatRate(bytes / (coldMs / 1000))}` };
  return measured;
}
