import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { waitedChildrenCpuSeconds } from './childCpu.js';
import { byteSize } from './input.js';
import type { BenchInput, BenchRow, BenchSection } from './types.js';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** One batch workload: how many files, and the text of file `i`. */
interface Workload {
  label: string;
  files: number;
  page: (i: number) => string;
  /** Runs of each `--jobs`, the best kept. */
  rounds: number;
  /** Also time two separate `--jobs 1` processes on half the files each, at once (the machine's ceiling). */
  ceiling?: boolean;
}

/** Writes the workload's files under a fresh folder (100 per subfolder) and returns it with their size. */
function writeWorkload(w: Workload): { dir: string; bytes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'gaoxin-bench-'));
  let bytes = 0;
  for (let i = 0; i < w.files; i++) {
    const page = w.page(i);
    const sub = join(dir, String(Math.floor(i / 100)));
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `r${i}.txt`), page);
    bytes += byteSize(page);
  }
  return { dir, bytes };
}

function extractArgs(inputs: readonly string[], out: string, jobs: number): string[] {
  return [cli, 'extract', ...inputs, '--format', 'jsonl', '--out', out, '--no-progress', '--reference-date', '2022-11-15', '--jobs', String(jobs)];
}

/** One timed run: wall time, and the CPU time of the whole process where it can be read. */
interface JobsRun {
  ms: number;
  cpuSeconds: number | undefined;
}

/**
 * The best of `rounds` runs of `gaoxin extract` over `dir` with `--jobs 1` and with `--jobs 2`,
 * each with the CPU time it used (every thread: parsers, the main thread, V8's compiler and GC).
 */
function timeJobs(dir: string, rounds: number): Record<1 | 2, JobsRun> {
  const best: Record<1 | 2, JobsRun> = { 1: { ms: Number.POSITIVE_INFINITY, cpuSeconds: undefined }, 2: { ms: Number.POSITIVE_INFINITY, cpuSeconds: undefined } };
  const out = join(tmpdir(), `gaoxin-bench-out-${process.pid}.jsonl`);
  try {
    for (let round = 0; round < rounds; round++) {
      for (const jobs of [1, 2] as const) {
        const cpu0 = waitedChildrenCpuSeconds();
        const t0 = performance.now();
        const r = spawnSync(process.execPath, extractArgs([dir], out, jobs), { encoding: 'utf8' });
        const ms = performance.now() - t0;
        const cpu1 = waitedChildrenCpuSeconds();
        if (r.status !== 0) throw new Error(`gaoxin extract failed: ${r.stderr.split('\n')[0]}`);
        if (ms < best[jobs].ms) best[jobs] = { ms, cpuSeconds: cpu0 === undefined || cpu1 === undefined ? undefined : cpu1 - cpu0 };
      }
    }
  } finally {
    rmSync(out, { force: true });
  }
  return best;
}

/** Runs `gaoxin extract --jobs 1` on `inputs`, resolving when it exits (rejecting if it fails). */
function extractProcess(inputs: readonly string[], out: string): Promise<void> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, extractArgs(inputs, out, 1), { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolveRun() : reject(new Error(`gaoxin extract failed: ${stderr.split('\n')[0]}`))));
  });
}

/**
 * The best of `rounds` runs of two separate `gaoxin extract --jobs 1` processes at once, each
 * on half of the workload's subfolders: two parsers that share nothing but the machine. What
 * they reach over one process is the most `--jobs 2` could reach here, whatever the threads do.
 */
async function timeTwoProcesses(dir: string, rounds: number): Promise<JobsRun> {
  const subfolders = readdirSync(dir).sort().map((name) => join(dir, name));
  const half = Math.ceil(subfolders.length / 2);
  const outs = [0, 1].map((k) => join(tmpdir(), `gaoxin-bench-out-${process.pid}-${k}.jsonl`));
  let best: JobsRun = { ms: Number.POSITIVE_INFINITY, cpuSeconds: undefined };
  try {
    for (let round = 0; round < rounds; round++) {
      const cpu0 = waitedChildrenCpuSeconds();
      const t0 = performance.now();
      await Promise.all([extractProcess(subfolders.slice(0, half), outs[0]!), extractProcess(subfolders.slice(half), outs[1]!)]);
      const ms = performance.now() - t0;
      const cpu1 = waitedChildrenCpuSeconds();
      if (ms < best.ms) best = { ms, cpuSeconds: cpu0 === undefined || cpu1 === undefined ? undefined : cpu1 - cpu0 };
    }
  } finally {
    for (const out of outs) rmSync(out, { force: true });
  }
  return best;
}

// CPU seconds over wall seconds: how many cores the run kept busy. `--jobs 1` already keeps
// more than one busy (V8 compiles and collects garbage on threads of its own), and that share
// is what a second parsing thread cannot add.
function cpuNote(cpuSeconds: number | undefined, ms: number): string {
  if (cpuSeconds === undefined) return '';
  return `, ${cpuSeconds.toFixed(1)} CPU-s (${(cpuSeconds / (ms / 1000)).toFixed(2)} cores busy)`;
}

/**
 * `gaoxin extract` over three folders, on one thread and with `--jobs 2`, each the best of a
 * few runs (the machine may be shared): 1,000 short pages (the corpus pages), and 200 and 1,000
 * long reports (all the corpus pages in one file). Each thread pays a fixed start and JIT
 * warm-up of about half a second, so `--jobs 2` parses on two workers only from 16 MB of input
 * (cli/threads.ts): the first two folders run on one thread either way, the third on two. The
 * `--jobs 2` rows give their speed-up over `--jobs 1` and the load average. The third folder is
 * also read by two separate processes at once, half each: the ceiling of two parsers here.
 */
export const batchSection: BenchSection = {
  name: 'batch (gaoxin extract: 1,000 pages; 200 and 1,000 long reports)',
  async run(input: BenchInput): Promise<BenchRow[]> {
    const distinct = input.pages.slice(0, input.distinct);
    const long = distinct.join('\n\n');
    const workloads: Workload[] = [
      { label: '1,000 pages', files: 1000, page: (i) => input.pages[i % input.pages.length]!, rounds: 3 },
      { label: '200 long reports', files: 200, page: () => long, rounds: 3 },
      { label: '1,000 long reports', files: 1000, page: () => long, rounds: 2, ceiling: true },
    ];
    const rows: BenchRow[] = [];
    for (const w of workloads) {
      const { dir, bytes } = writeWorkload(w);
      try {
        const best = timeJobs(dir, w.rounds);
        const load = loadavg()[0]!.toFixed(2);
        for (const jobs of [1, 2] as const) {
          const { ms, cpuSeconds } = best[jobs];
          const ratio = jobs === 2 ? `, ${(best[1].ms / ms).toFixed(2)}× --jobs 1 (target 1.6×) on ${availableParallelism()} cores, load average ${load}` : '';
          rows.push({ name: `${w.label}, --jobs ${jobs}`, ms, bytesPerSecond: bytes / (ms / 1000), note: `${(bytes / 1e6).toFixed(1)} MB in ${w.files.toLocaleString('en-US')} files, best of ${w.rounds}, process start included${cpuNote(cpuSeconds, ms)}${ratio}` });
        }
        if (w.ceiling) {
          const two = await timeTwoProcesses(dir, w.rounds);
          rows.push({ name: `${w.label}, 2 processes`, ms: two.ms, bytesPerSecond: bytes / (two.ms / 1000), note: `two separate --jobs 1 runs on half the files each, at once, best of ${w.rounds}${cpuNote(two.cpuSeconds, two.ms)}, ${(best[1].ms / two.ms).toFixed(2)}× --jobs 1: the most two parsers reach on this machine` });
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    return rows;
  },
};
