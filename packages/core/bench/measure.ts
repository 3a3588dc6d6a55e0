import { performance } from 'node:perf_hooks';
import { byteSize } from './input.js';
import type { BenchRow } from './types.js';

/** How long to warm up and how many timed passes to take the best of. */
export interface MeasureOptions {
  /** Timed passes; the best is kept (the least disturbed by the rest of the machine). Default 5. */
  runs?: number;
  /** Untimed passes go on until this long has passed (and at least `minWarmPasses`). Default 1500 ms. */
  warmMs?: number;
  /** Default 2. */
  minWarmPasses?: number;
}

// V8 keeps optimising a parser for several passes over 1 MB (the first pass runs at about a
// quarter of the final speed, the third at three quarters): timed passes start once the warm-up
// has run for a while, or they measure the compiler as much as the code.
const MAX_WARM_PASSES = 30;

/**
 * Times `fn` over `texts`: untimed passes until warm, then the best of `runs` passes.
 * Every side of a comparison is measured the same way, so a ratio compares settled code.
 */
export function measure(name: string, texts: readonly string[], fn: (text: string) => unknown, options: MeasureOptions = {}): BenchRow {
  const { runs = 5, warmMs = 1500, minWarmPasses = 2 } = options;
  const bytes = texts.reduce((sum, t) => sum + byteSize(t), 0);
  const warmStart = performance.now();
  for (let pass = 0; pass < MAX_WARM_PASSES && (pass < minWarmPasses || performance.now() - warmStart < warmMs); pass++) {
    for (const t of texts) fn(t);
  }
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
