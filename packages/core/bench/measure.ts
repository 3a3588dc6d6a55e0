import { performance } from 'node:perf_hooks';
import { byteSize } from './input.js';
import type { BenchRow } from './types.js';

/**
 * Times `fn` over `texts`: a warm-up pass, then the best of `runs` passes (the best is the
 * least disturbed by the rest of the machine). Slow peers skip the warm-up and run once.
 */
export function measure(name: string, texts: readonly string[], fn: (text: string) => unknown, runs = 3, warmUp = true): BenchRow {
  const bytes = texts.reduce((sum, t) => sum + byteSize(t), 0);
  if (warmUp) for (const t of texts) fn(t);
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (const t of texts) fn(t);
    best = Math.min(best, performance.now() - t0);
  }
  return { name, ms: best, bytesPerSecond: bytes / (best / 1000) };
}

/** A throughput ratio as text, e.g. `1234× the peer`. */
export function ratio(ours: BenchRow, peer: BenchRow): string {
  return `${Math.round(ours.bytesPerSecond / peer.bytesPerSecond).toLocaleString('en-US')}× ${peer.name}`;
}

/** Bytes per second in a unit a person reads. */
export function formatRate(bytesPerSecond: number): string {
  if (bytesPerSecond >= 1e6) return `${(bytesPerSecond / 1e6).toFixed(2)} MB/s`;
  return `${(bytesPerSecond / 1e3).toFixed(1)} KB/s`;
}
