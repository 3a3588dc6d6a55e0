import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { byteSize } from './input.js';
import type { BenchInput, BenchRow, BenchSection } from './types.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/**
 * `gaoxin extract` over a folder of 1,000 report files, on one thread and with `--jobs 2`,
 * each the best of three runs (the machine may be shared); the `--jobs 2` row gives its
 * speed-up over `--jobs 1` and the load average, which says how shared the machine was.
 */
export const batchSection: BenchSection = {
  name: 'batch (gaoxin extract, 1,000 files)',
  run(input: BenchInput): BenchRow[] {
    const dir = mkdtempSync(join(tmpdir(), 'gaoxin-bench-'));
    try {
      let bytes = 0;
      for (let i = 0; i < 1000; i++) {
        const page = input.pages[i % input.pages.length]!;
        const sub = join(dir, String(Math.floor(i / 100)));
        mkdirSync(sub, { recursive: true });
        writeFileSync(join(sub, `r${i}.txt`), page);
        bytes += byteSize(page);
      }
      const rows: BenchRow[] = [];
      const best: Record<number, number> = {};
      for (let round = 0; round < 3; round++) {
        for (const jobs of [1, 2]) {
          const t0 = performance.now();
          const r = spawnSync(process.execPath, [cli, 'extract', dir, '--format', 'jsonl', '--out', join(tmpdir(), `gaoxin-bench-out-${process.pid}-${jobs}.jsonl`), '--no-progress', '--jobs', String(jobs)], { encoding: 'utf8' });
          const ms = performance.now() - t0;
          if (r.status !== 0) throw new Error(`gaoxin extract failed: ${r.stderr.split('\n')[0]}`);
          best[jobs] = Math.min(best[jobs] ?? Number.POSITIVE_INFINITY, ms);
        }
      }
      const load = loadavg()[0]!.toFixed(2);
      for (const jobs of [1, 2]) {
        const ms = best[jobs]!;
        const ratio = jobs === 2 ? `, ${(best[1]! / ms).toFixed(2)}× --jobs 1 (target 1.6×) on ${availableParallelism()} cores, load average ${load}` : '';
        rows.push({ name: `--jobs ${jobs}`, ms, bytesPerSecond: bytes / (ms / 1000), note: `${(bytes / 1e6).toFixed(1)} MB in 1,000 files, best of 3, process start included${ratio}` });
      }
      for (const jobs of [1, 2]) rmSync(join(tmpdir(), `gaoxin-bench-out-${process.pid}-${jobs}.jsonl`), { force: true });
      return rows;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
