import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReport } from '@gaoxin/core';
import { SAMPLE, writeBatch } from '../support/reportBatch.js';

const cli = fileURLToPath(new URL('../../packages/core/dist/cli.js', import.meta.url));
const preload = fileURLToPath(new URL('../support/recordMaxRss.mjs', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'gaoxin-batch-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[], name: string, env: Record<string, string> = {}) {
  const rssFile = join(work, `${name}.rss`);
  const result = spawnSync(process.execPath, ['--import', preload, cli, 'extract', ...args], {
    encoding: 'utf8',
    env: { ...process.env, GAOXIN_RSS_FILE: rssFile, ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { ...result, maxRssKb: Number(readFileSync(rssFile, 'utf8')) };
}

describe.skipIf(!existsSync(cli))('gaoxin extract over a folder of 1,000 reports (skipped until `pnpm build`)', () => {
  const big = writeBatch(join(work, 'big'), 1000);
  const small = writeBatch(join(work, 'small'), 100);
  const figuresPerReport = parseReport(SAMPLE, { referenceDate: '2023-10-26' }).figures.length;
  const readable = big.files - big.broken.length;

  const csvRun = run([big.dir, '--format', 'csv', '--out', join(work, 'figures.csv'), '--reference-date', '2023-10-26'], 'csv');

  it('reads every readable file, GBK ones too, and counts right', () => {
    expect(csvRun.status).toBe(1);
    const summary = csvRun.stderr.trim().split('\n').at(-1);
    expect(summary).toBe(`gaoxin: 1000 files, ${readable} read, ${readable * figuresPerReport} figures, ${big.broken.length} errors, written to ${join(work, 'figures.csv')}`);
  });

  it('reports each broken file on its own line', () => {
    const errorLines = csvRun.stderr.trim().split('\n').slice(0, -1);
    expect(errorLines).toEqual(big.broken.map((p) => `gaoxin: ${p}: not a text file (it contains NUL bytes)`));
  });

  it('writes a CSV a spreadsheet opens as UTF-8, with correct Chinese in every row', () => {
    const csv = readFileSync(join(work, 'figures.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + readable * figuresPerReport);
    expect(rows.filter((r) => r.includes(',约386.5亿元,money,38650000000,'))).toHaveLength(readable);
    expect(rows.some((r) => r.includes('report-0003.txt') && r.includes(',61家,count,61,'))).toBe(true);
  });

  it('keeps memory flat: 1,000 files need little more than 100', () => {
    const smallRun = run([small.dir, '--format', 'jsonl', '--out', join(work, 'small.jsonl')], 'small');
    const bigRun = run([big.dir, '--format', 'jsonl', '--out', join(work, 'big.jsonl')], 'big');
    console.log(`[batch] peak RSS: 100 files ${Math.round(smallRun.maxRssKb / 1024)} MB, 1,000 files ${Math.round(bigRun.maxRssKb / 1024)} MB`);
    expect(bigRun.maxRssKb).toBeLessThan(smallRun.maxRssKb * 1.5);
  });

  it('retains nothing per file: 1,000 reports run within a 48 MB heap', () => {
    // A run that kept each file's output alive (a reaction left on a long-lived promise did) dies
    // of heap exhaustion here, whatever the machine's memory; one that keeps nothing finishes.
    const result = spawnSync(process.execPath, ['--max-old-space-size=48', cli, 'extract', big.dir, '--format', 'jsonl', '--out', join(work, 'heap.jsonl')], {
      encoding: 'utf8',
    });
    expect(result.signal).toBeNull();
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(/^gaoxin: 1000 files, \d+ read/);
  });

  it('gives the same output with worker threads (--jobs 2), in input order', () => {
    const sequential = run([small.dir, '--format', 'jsonl'], 'seq');
    // GAOXIN_MB_PER_THREAD=0: a worker even for this small folder.
    const parallel = run([small.dir, '--format', 'jsonl', '--jobs', '2'], 'par', { GAOXIN_MB_PER_THREAD: '0' });
    expect(parallel.status).toBe(sequential.status);
    expect(parallel.stdout).toBe(sequential.stdout);
    expect(parallel.stdout.length).toBeGreaterThan(0);
  });

  it('reports the encoding it used per file', () => {
    const lines = readFileSync(join(work, 'big.jsonl'), 'utf8').trim().split('\n');
    const encodings = lines.map((l) => (JSON.parse(l) as { encoding: string }).encoding);
    expect(encodings.filter((e) => e === 'gb18030')).toHaveLength(big.gbk);
    expect(encodings.filter((e) => e === 'utf-8')).toHaveLength(readable - big.gbk);
  });
});
