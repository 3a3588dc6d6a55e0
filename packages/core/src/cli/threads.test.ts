import { describe, expect, it } from 'vitest';
import type { EntryInfo } from './io.js';
import type { Source } from './inputs.js';
import { BYTES_PER_THREAD, inputBytes, threadsFor } from './threads.js';

describe('threadsFor starts a thread only for input enough to pay for its warm-up', () => {
  it.each([
    { bytes: 0, jobs: 2, per: BYTES_PER_THREAD, threads: 1 },
    { bytes: 8_000_000, jobs: 2, per: BYTES_PER_THREAD, threads: 1 },
    { bytes: BYTES_PER_THREAD - 1, jobs: 2, per: BYTES_PER_THREAD, threads: 1 },
    { bytes: BYTES_PER_THREAD, jobs: 2, per: BYTES_PER_THREAD, threads: 2 },
    { bytes: 40_000_000, jobs: 2, per: BYTES_PER_THREAD, threads: 2 },
    { bytes: 40_000_000, jobs: 8, per: BYTES_PER_THREAD, threads: 3 },
    { bytes: 1e12, jobs: 8, per: BYTES_PER_THREAD, threads: 8 },
    { bytes: 1e12, jobs: 1, per: BYTES_PER_THREAD, threads: 1 },
    { bytes: 10, jobs: 4, per: 0, threads: 4 },
    { bytes: 10, jobs: 1, per: 0, threads: 1 },
  ])('$bytes bytes, --jobs $jobs, $per per thread → $threads', ({ bytes, jobs, per, threads }) => {
    expect(threadsFor(bytes, jobs, per)).toBe(threads);
  });
});

describe('inputBytes sums the files to read, and stops once it has enough', () => {
  const sizes: Record<string, number> = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`f${i}`, 1000]));
  const asked: string[] = [];
  const io = {
    stat: async (p: string): Promise<EntryInfo> => {
      asked.push(p);
      if (p === 'gone') throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return { kind: 'file', size: sizes[p] ?? 0, id: p };
    },
  };
  const files = (names: string[]): Source[] => names.map((path) => ({ kind: 'file', path, named: false }));

  it.each([
    { name: 'files only', sources: files(['f0', 'f1', 'f2']), enough: Infinity, bytes: 3000 },
    { name: 'standard input and errors count nothing', sources: [{ kind: 'stdin' }, { kind: 'error', input: 'x', message: 'no such file' }, ...files(['f0'])] as Source[], enough: Infinity, bytes: 1000 },
    { name: 'a file that cannot be looked at counts as empty', sources: files(['gone', 'f1']), enough: Infinity, bytes: 1000 },
    { name: 'nothing', sources: [], enough: Infinity, bytes: 0 },
  ])('$name', async ({ sources, enough, bytes }) => {
    expect(await inputBytes(sources, io, enough)).toBe(bytes);
  });

  it('asks for no more sizes once the total reaches enough', async () => {
    asked.length = 0;
    const total = await inputBytes(files(Object.keys(sizes)), io, 5000);
    expect(total).toBeGreaterThanOrEqual(5000);
    expect(asked.length).toBeLessThan(200);
  });
});
