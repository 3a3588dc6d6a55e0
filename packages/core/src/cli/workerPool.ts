import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { formatWriter } from './formats.js';
import type { FileSettings, FormattedOutcome, OutputSettings, WorkerPoolFactory } from './io.js';
import { readBounded } from './readBounded.js';
import { extractPath, formatted } from './readSource.js';
import type { WorkerTask } from './worker.js';

/** Reads and formats a file on the calling thread. */
async function inThread(path: string, settings: FileSettings, output: OutputSettings): Promise<FormattedOutcome> {
  return formatted(await extractPath(path, settings, { readFile: readBounded }), formatWriter(output.format, output.single), settings.maxOutput);
}

/**
 * A pool of `jobs` worker threads (tinypool) that read, parse and format files (`--jobs N`).
 * A worker that dies (out of memory, a crash) fails only the file it held and is replaced,
 * so queued files still settle. `GAOXIN_WORKER_MEMORY_MB` caps each worker's heap. The
 * worker script is the built `cli-worker.js` beside this bundle; where it is missing
 * (running from source), files are read on the main thread instead.
 */
export const createWorkerPool: WorkerPoolFactory = (jobs) => {
  const script = fileURLToPath(new URL('./cli-worker.js', import.meta.url));
  if (!existsSync(script)) return { run: inThread, close: async () => {} };
  const memory = Number(process.env.GAOXIN_WORKER_MEMORY_MB);
  const pool = new Tinypool({
    filename: script,
    minThreads: jobs,
    maxThreads: jobs,
    ...(Number.isFinite(memory) && memory > 0 ? { resourceLimits: { maxOldGenerationSizeMb: memory } } : {}),
  });
  return {
    run: async (path, settings, output) => {
      const task: WorkerTask = { path, settings, output };
      try {
        return (await pool.run(task)) as FormattedOutcome;
      } catch (error) {
        const why = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
        return { ok: false, source: path, message: `the worker reading it failed (${why}); it was replaced` };
      }
    },
    close: () => pool.destroy(),
  };
};
