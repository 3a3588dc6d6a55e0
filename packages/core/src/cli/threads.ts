import type { CliIo } from './io.js';
import type { Source } from './inputs.js';

/**
 * Input, in bytes, that each parsing thread beyond the first must have before it is started.
 * Every thread compiles and warms the parser on its own (about a CPU-second), and with every
 * core parsing, V8's compiler and GC threads slow the parsers down: on two cores two parsing
 * threads measured 0.8× one on 2 MB and 8 MB of reports, 1.06× on 16 MB, 1.15× on 24 MB and
 * 1.3× on 40 MB. Below this a second thread costs more than it saves.
 */
export const BYTES_PER_THREAD = 16_000_000;

/**
 * How many threads parse a run of `bytes` of input that `--jobs` allows `jobs` threads: the
 * first, and one more for each full `bytesPerThread`, at most `jobs`. A `bytesPerThread` of 0
 * starts every thread `--jobs` asks for.
 *
 * @example
 * threadsFor(2_000_000, 2, BYTES_PER_THREAD); // 1
 * threadsFor(40_000_000, 2, BYTES_PER_THREAD); // 2
 */
export function threadsFor(bytes: number, jobs: number, bytesPerThread: number): number {
  if (jobs <= 1) return 1;
  if (bytesPerThread <= 0) return jobs;
  return Math.max(1, Math.min(jobs, 1 + Math.floor(bytes / bytesPerThread)));
}

// Files whose size is asked at once.
const STAT_BATCH = 64;

/**
 * The size of the file sources, in bytes, counted only until it reaches `enough` (a long list
 * of files is not all looked at twice). A file that cannot be looked at counts as empty: its
 * error comes when it is read.
 */
export async function inputBytes(sources: readonly Source[], io: Pick<CliIo, 'stat'>, enough: number): Promise<number> {
  const paths: string[] = [];
  for (const s of sources) if (s.kind === 'file') paths.push(s.path);
  let total = 0;
  for (let i = 0; i < paths.length && total < enough; i += STAT_BATCH) {
    const sizes = await Promise.all(paths.slice(i, i + STAT_BATCH).map((p) => io.stat(p).then((info) => info.size, () => 0)));
    for (const size of sizes) total += size;
  }
  return total;
}
