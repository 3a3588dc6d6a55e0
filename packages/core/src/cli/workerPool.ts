import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { formatWriter } from './formats.js';
import type { FileSettings, FormattedOutcome, OutputSettings, WorkerPoolFactory } from './io.js';
import { extractPath, formatted } from './readSource.js';
import { readFile, stat } from 'node:fs/promises';

interface Job {
  id: number;
  path: string;
  settings: FileSettings;
  output: OutputSettings;
  resolve: (o: FormattedOutcome) => void;
}

/** Reads and formats a file on the calling thread. */
async function inThread(path: string, settings: FileSettings, output: OutputSettings): Promise<FormattedOutcome> {
  return formatted(await extractPath(path, settings, diskFs), formatWriter(output.format, output.single));
}

const diskFs = {
  stat: async (p: string) => {
    const s = await stat(p);
    return { size: s.size, isDirectory: s.isDirectory() };
  },
  readFile: (p: string) => readFile(p),
};

/**
 * A pool of worker threads that read and parse files (`--jobs N`). The worker script is
 * the built `cli-worker.js` beside this bundle; where it is missing (running from source),
 * files are parsed on the main thread instead.
 */
export const createWorkerPool: WorkerPoolFactory = (jobs) => {
  const script = fileURLToPath(new URL('./cli-worker.js', import.meta.url));
  if (!existsSync(script)) {
    return { run: inThread, close: async () => {} };
  }
  const queue: Job[] = [];
  const busy = new Map<Worker, Job>();
  const idle: Worker[] = [];
  let nextId = 0;
  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const job = queue.shift()!;
      busy.set(worker, job);
      worker.postMessage({ id: job.id, path: job.path, settings: job.settings, output: job.output });
    }
  };
  const workers = Array.from({ length: jobs }, () => {
    const worker = new Worker(script);
    worker.on('message', (message: { id: number; outcome: FormattedOutcome }) => {
      const job = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      job?.resolve(message.outcome);
      dispatch();
    });
    worker.on('error', (error) => {
      // A crashed worker fails its file, not the run; the file is retried on the main thread.
      const job = busy.get(worker);
      busy.delete(worker);
      if (job) void inThread(job.path, job.settings, job.output).then(job.resolve, () => job.resolve({ ok: false, source: job.path, message: `worker failed: ${error.message}` }));
    });
    idle.push(worker);
    return worker;
  });
  return {
    run: (path, settings, output) =>
      new Promise<FormattedOutcome>((resolve) => {
        queue.push({ id: nextId++, path, settings, output, resolve });
        dispatch();
      }),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
};
