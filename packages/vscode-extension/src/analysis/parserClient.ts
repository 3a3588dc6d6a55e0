import type { Report } from '@gaoxin/core';
import type { Problem } from '../shared/problems.js';
import type { ParserPort, PortFactory } from './parserPort.js';
import { REPORT_LISTS, type FromWorker, type ParseRequest, type ReportHead, type ReportList } from './protocol.js';

/** What a job asks: the text, its reference date, and for a window where it stands. */
export type ParseJob = Omit<ParseRequest, 'type' | 'id'>;

/** A finished job: the report (spans into the whole document) and how long the parse took. */
export interface ParseResult {
  report: Report;
  millis: number;
  /** The report's consistency findings, computed beside it in the worker. */
  problems: Problem[];
}

/** The rejection of a job that was cancelled before it finished. */
export class CancelledError extends Error {
  constructor() {
    super('analysis cancelled');
    this.name = 'CancelledError';
  }
}

interface Job {
  id: number;
  job: ParseJob;
  resolve: (result: ParseResult) => void;
  reject: (error: Error) => void;
  head?: ReportHead;
  millis?: number;
  problems?: Problem[];
  chunksLeft?: number;
  lists: Record<ReportList, unknown[]>;
}

/** Lets the event loop run other tasks before `task` (timers, other extensions' events). */
const yieldThen = (task: () => void): void => {
  setTimeout(task, 0);
};

/**
 * Runs parse jobs on one worker, one at a time in order. A running job that is cancelled
 * terminates the worker (a parse cannot be interrupted otherwise) and the next job starts a new
 * one. Results are pulled a chunk at a time with a yield in between, so taking in a large report
 * never holds up the host's event loop.
 */
export class ParserClient {
  private port: ParserPort | undefined;
  private nextId = 1;
  private readonly queue: Job[] = [];
  private running: Job | undefined;
  private idleWaiters: Array<() => void> = [];

  /** @param factory starts the worker (again after a cancel or a crash). */
  constructor(private readonly factory: PortFactory) {}

  /**
   * Queues a job; `promise` settles with its report, or rejects with `CancelledError` or the
   * worker's error.
   *
   * @example
   * const { id, promise } = client.run({ text, referenceDate: undefined });
   */
  run(job: ParseJob): { id: number; promise: Promise<ParseResult> } {
    const id = this.nextId++;
    const promise = new Promise<ParseResult>((resolve, reject) => {
      this.queue.push({ id, job, resolve, reject, lists: { figures: [], dates: [], entities: [], articles: [] } });
    });
    this.pump();
    return { id, promise };
  }

  /** Cancels a queued or running job; nothing happens for one already finished. */
  cancel(id: number): void {
    const queued = this.queue.findIndex((j) => j.id === id);
    if (queued >= 0) {
      const [job] = this.queue.splice(queued, 1);
      job?.reject(new CancelledError());
      this.releaseIfIdle();
      return;
    }
    if (this.running?.id !== id) return;
    const job = this.running;
    this.running = undefined;
    this.port?.terminate();
    this.port = undefined;
    job.reject(new CancelledError());
    this.pump();
  }

  /** Whether a job is queued or running. */
  get busy(): boolean {
    return this.running !== undefined || this.queue.length > 0;
  }

  /** Resolves once no job is queued or running. */
  idle(): Promise<void> {
    if (!this.busy) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops the worker and rejects every job. */
  dispose(): void {
    for (const job of [...this.queue, ...(this.running ? [this.running] : [])]) job.reject(new CancelledError());
    this.queue.length = 0;
    this.running = undefined;
    this.port?.terminate();
    this.port = undefined;
    this.releaseIfIdle();
  }

  private ensurePort(): ParserPort {
    if (this.port) return this.port;
    const port = this.factory();
    port.listen(
      (message) => this.onMessage(port, message),
      (error) => this.onError(port, error),
    );
    this.port = port;
    return port;
  }

  private pump(): void {
    if (this.running) return;
    const next = this.queue.shift();
    if (!next) {
      this.releaseIfIdle();
      return;
    }
    this.running = next;
    try {
      this.ensurePort().post({ type: 'parse', id: next.id, ...next.job });
    } catch (error) {
      this.running = undefined;
      next.reject(error instanceof Error ? error : new Error(String(error)));
      this.pump();
    }
  }

  private onMessage(port: ParserPort, message: FromWorker): void {
    const job = this.running;
    // A message from a terminated worker, or about a job given up on, is dropped.
    if (port !== this.port || !job || message.id !== job.id) return;
    if (message.type === 'failed') {
      this.finish(job, () => job.reject(new Error(message.message)));
      return;
    }
    if (message.type === 'parsed') {
      job.head = message.head;
      job.millis = message.millis;
      job.problems = message.problems;
      job.chunksLeft = message.chunks;
    } else {
      job.lists[message.list].push(...message.items);
      job.chunksLeft = (job.chunksLeft ?? 1) - 1;
    }
    if ((job.chunksLeft ?? 0) > 0) {
      yieldThen(() => {
        if (this.running === job) port.post({ type: 'next', id: job.id });
      });
      return;
    }
    const head = job.head;
    if (!head) return;
    const lists = job.lists as unknown as Pick<Report, ReportList>;
    const report: Report = { text: job.job.window ? '' : job.job.text, ...head, ...pick(lists) };
    this.finish(job, () => job.resolve({ report, millis: job.millis ?? 0, problems: job.problems ?? [] }));
  }

  private onError(port: ParserPort, error: Error): void {
    if (port !== this.port) return;
    this.port = undefined;
    const job = this.running;
    if (job) this.finish(job, () => job.reject(new Error(`the parse worker stopped: ${error.message}`)));
  }

  private finish(job: Job, settle: () => void): void {
    this.running = undefined;
    settle();
    this.pump();
  }

  private releaseIfIdle(): void {
    if (this.busy) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

function pick(lists: Pick<Report, ReportList>): Pick<Report, ReportList> {
  const out = {} as Record<ReportList, unknown[]>;
  for (const list of REPORT_LISTS) out[list] = lists[list];
  return out as unknown as Pick<Report, ReportList>;
}
