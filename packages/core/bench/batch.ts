import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { byteSize } from './input.js';
import type { BenchInput, BenchRow, BenchSection } from './types.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** `gaoxin extract` over a folder of 1,000 report files, on one thread and with `--jobs 2`. */
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
      for (const jobs of [1, 2]) {
        const t0 = performance.now();
        const r = spawnSync(process.execPath, [cli, 'extract', dir, '--format', 'jsonl', '--out', join(dir, `out-${jobs}.jsonl`), '--no-progress', '--jobs', String(jobs)], { encoding: 'utf8' });
        const ms = performance.now() - t0;
        if (r.status !== 0) throw new Error(`gaoxin extract failed: ${r.stderr.split('\n')[0]}`);
        rows.push({ name: `--jobs ${jobs}`, ms, bytesPerSecond: bytes / (ms / 1000), note: `${(bytes / 1e6).toFixed(1)} MB in 1,000 files, process start included` });
      }
      return rows;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
