import { UsageError, type ExtractCommand } from './args.js';
import { formatWriter, type FormatWriter } from './formats.js';
import { describeFsError, expandInputs, type Source } from './inputs.js';
import { TooLargeError, type CliIo, type FileSettings, type FormattedOutcome, type OutputFile, type OutputSettings, type OutputSink } from './io.js';
import { refuseOutput } from './outputTarget.js';
import { ProgressBar } from './progress.js';
import { MAX_FILE_OUTPUT } from './limits.js';
import { BYTES_PER_THREAD, inputBytes, threadsFor } from './threads.js';
import { workbookSink } from './workbookSink.js';

// The parser loads only where this thread parses (no worker pool, or standard input): with
// `--jobs N` the main thread only lists, orders and writes, and each worker loads its own.
const reader = () => import('./readSource.js');
// Consecutive files sent to a worker in one message: fewer round trips per file.
const BATCH = 8;

/** Exit codes of `gaoxin extract`. */
export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

/**
 * Runs `gaoxin extract` over every input: files are read in order (or by a pool of worker
 * threads, written back in order), each bad file is reported on its own line and the run
 * goes on, output streams as it is made, and a summary line closes a multi-file run.
 * `--out` is written beside its target and renamed into place only when the run read
 * something and finished; an interrupt (SIGINT/SIGTERM) stops starting files, closes
 * standard output validly and exits 130.
 * Returns the exit code: 0, 1 when any file or the output failed, 130 when interrupted.
 * Throws `UsageError` (exit 2) for an `--out` that would destroy an input.
 */
export async function runExtract(cmd: ExtractCommand, io: CliIo): Promise<number> {
  const stop = new AbortController();
  const unsubscribe = io.onInterrupt(() => stop.abort());
  try {
    return await extractAll(cmd, io, stop.signal);
  } finally {
    unsubscribe();
  }
}

async function extractAll(cmd: ExtractCommand, io: CliIo, interrupt: AbortSignal): Promise<number> {
  const expansion = await expandInputs(cmd.inputs, io);
  const { sources } = expansion;
  if (cmd.out !== undefined) {
    const refusal = await refuseOutput(cmd.out, expansion, cmd.force, io);
    if (refusal) throw new UsageError(refusal);
  }
  // With --jobs N, up to N worker threads parse, and this one lists, orders and writes: a
  // thread that also parsed held up the writing and the feeding of the workers (measured about
  // 5% slower on two cores). Threads are started only for input enough to pay for their JIT
  // warm-up (threads.ts); below that this thread parses alone.
  const perThread = io.bytesPerThread ?? BYTES_PER_THREAD;
  const bytes = cmd.jobs > 1 && io.workers ? await inputBytes(sources, io, perThread * (cmd.jobs - 1)) : 0;
  const threads = threadsFor(bytes, cmd.jobs, perThread);
  const pool = threads > 1 ? io.workers?.(threads) : undefined;
  try {
    const why = threads < cmd.jobs ? `${(bytes / 1e6).toFixed(1)} MB of input, so ${threads} of the ${cmd.jobs} threads --jobs allows parse (a thread pays for its start from about ${Math.round(perThread / 1e6)} MB)` : undefined;
    return await extractWith(cmd, io, interrupt, { sources, skipped: expansion.skipped, pool, threads: pool ? threads : 1, fewerThreads: why });
  } finally {
    await pool?.close().catch(() => undefined);
  }
}

/** What a run reads and on how many threads: `fewerThreads` says why fewer than `--jobs` when so. */
interface Plan {
  sources: Source[];
  /** Entries of scanned folders that are not regular files. */
  skipped: number;
  pool: Pool | undefined;
  threads: number;
  fewerThreads: string | undefined;
}

async function extractWith(cmd: ExtractCommand, io: CliIo, interrupt: AbortSignal, plan: Plan): Promise<number> {
  const { sources, skipped: skippedEntries, pool, threads, fewerThreads } = plan;
  const first = sources[0];
  const single = cmd.inputs.length === 1 && sources.length === 1 && first !== undefined && (first.kind === 'stdin' || (first.kind === 'file' && first.named));
  const settings: FileSettings = { referenceDate: cmd.referenceDate, region: cmd.region, includeOrdinals: cmd.includeOrdinals, encoding: cmd.encoding, maxBytes: cmd.maxSizeMb * 1_000_000, maxOutput: io.maxFileOutput ?? MAX_FILE_OUTPUT };
  let out: OutputFile | undefined;
  if (cmd.out !== undefined) {
    try {
      // A workbook is built whole at the end, then written beside its target and renamed.
      out = cmd.format === 'xlsx' ? workbookSink(cmd.out) : await io.openOut(cmd.out);
    } catch (error) {
      io.stderr(`gaoxin: ${cmd.out}: cannot be written (${describeFsError(error)})\n`);
      return EXIT.failed;
    }
  }
  const sink: OutputSink = out ?? io.stdout;
  const width = cmd.out === undefined ? io.columns : undefined;
  const output: OutputSettings = { format: cmd.format, single, width };
  const writer = formatWriter(cmd.format, single, width);
  const progress = cmd.progress && io.stderrIsTTY && sources.length > 1 ? new ProgressBar(sources.length, (t) => io.stderr(t)) : undefined;
  const note = (line: string) => {
    progress?.clear();
    io.stderr(`gaoxin: ${line}\n`);
  };
  // Said where someone watches (with the progress bar), not into every log of a script.
  if (progress && fewerThreads !== undefined) note(fewerThreads);
  let read = 0;
  let figures = 0;
  let errors = 0;
  let done = 0;
  let outputFailure: string | undefined;
  // Set once the output fails: files already queued are then not started.
  let halted = false;
  const stopped = () => halted || interrupt.aborted;
  try {
    await sink.write(writer.begin());
    const groups = pool ? batches(sources) : sources.map((s) => [s]);
    const local = async (group: Source[]) => {
      const outcomes: FormattedOutcome[] = [];
      for (const s of group) {
        // A turn of the event loop between files: reads and parses here can all finish in
        // microtasks, and signals (SIGINT) are only handled when the loop gets a turn.
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (stopped()) break;
        outcomes.push(await readOne(s, settings, writer, io));
      }
      return outcomes;
    };
    const run = pool ? scheduler(threads, local, (group) => (stopped() ? Promise.resolve([]) : pool.run(paths(group), settings, output))) : local;
    for await (const outcome of inOrder(groups, run, pool ? threads * 8 : 2, interrupt)) {
      if (outcome.ok) {
        if (read > 0) await sink.write(writer.separator);
        await sink.write(outcome.chunk);
        read++;
        figures += outcome.figures;
        for (const w of outcome.warnings) note(`${outcome.source}: warning: ${w}`);
      } else {
        errors++;
        note(`${outcome.source}: ${outcome.message}`);
      }
      progress?.update(++done, errors);
    }
    // Interrupted or not, what reached standard output is closed validly (a JSON array gets its `]`).
    await sink.write(writer.end());
  } catch (error) {
    halted = true;
    outputFailure = writeError(error);
  }
  progress?.clear();
  const interrupted = interrupt.aborted;
  const where = cmd.out ?? 'standard output';
  let fate = '';
  if (out) {
    let keep = outputFailure === undefined && !interrupted && read > 0;
    if (keep) {
      try {
        await out.commit();
        fate = `, written to ${cmd.out}`;
      } catch (error) {
        outputFailure = writeError(error);
        keep = false;
      }
    }
    if (!keep) {
      await out.discard();
      const why = read === 0 && !interrupted && outputFailure === undefined ? 'nothing was read, so ' : '';
      fate = out.atomic ? `, ${why}${cmd.out} left as it was` : `, output to ${cmd.out} incomplete`;
    }
  }
  if (outputFailure !== undefined) note(`${where}: cannot be written: ${outputFailure}`);
  if (sources.length > 1 || skippedEntries > 0 || interrupted || outputFailure !== undefined || (out !== undefined && read === 0)) {
    const skipped = skippedEntries > 0 ? `, ${skippedEntries} skipped (not regular files)` : '';
    const status = interrupted ? `interrupted after ${done} of ${sources.length} files: ` : '';
    io.stderr(`gaoxin: ${status}${sources.length} ${sources.length === 1 ? 'file' : 'files'}, ${read} read, ${figures} figures, ${errors} ${errors === 1 ? 'error' : 'errors'}${skipped}${fate}\n`);
  }
  if (interrupted) return EXIT.interrupted;
  return errors > 0 || outputFailure !== undefined ? EXIT.failed : EXIT.ok;
}

type Pool = NonNullable<ReturnType<NonNullable<CliIo['workers']>>>;

/** Sources in groups: runs of files in batches of `BATCH` for the workers, anything else alone. */
function batches(sources: readonly Source[]): Source[][] {
  const groups: Source[][] = [];
  for (const s of sources) {
    const last = groups[groups.length - 1];
    if (s.kind === 'file' && last && last.length < BATCH && last[0]!.kind === 'file') last.push(s);
    else groups.push([s]);
  }
  return groups;
}

function paths(group: Source[]): string[] {
  return group.map((s) => (s.kind === 'file' ? s.path : ''));
}

/**
 * Sends each group of files to a worker while one has room (each may hold a few batches more
 * than it works on, so it never waits for this thread), else holds it until one has; groups
 * that are not files (standard input, errors) are handled here.
 */
function scheduler(
  workers: number,
  local: (group: Source[]) => Promise<FormattedOutcome[]>,
  remote: (group: Source[]) => Promise<FormattedOutcome[]>,
): (group: Source[]) => Promise<FormattedOutcome[]> {
  let inWorkers = 0;
  let localBusy = false;
  const waiting: Array<() => boolean> = [];
  const wake = () => {
    while (waiting.length > 0 && waiting[0]!()) waiting.shift();
  };
  return (group) =>
    new Promise<FormattedOutcome[]>((resolve) => {
      const start = (): boolean => {
        if (group[0]!.kind === 'file') {
          if (inWorkers >= workers * 4) return false;
          inWorkers++;
          void remote(group).then((r) => {
            inWorkers--;
            resolve(r);
            wake();
          });
          return true;
        }
        if (!localBusy) {
          localBusy = true;
          void local(group).then((r) => {
            localBusy = false;
            resolve(r);
            wake();
          });
          return true;
        }
        return false;
      };
      if (waiting.length > 0 || !start()) waiting.push(start);
    });
}

async function readOne(source: Source, settings: FileSettings, writer: FormatWriter, io: CliIo): Promise<FormattedOutcome> {
  switch (source.kind) {
    case 'error':
      return { ok: false, source: source.input, message: source.message };
    case 'stdin': {
      const { extractBytes, formatted, tooLarge } = await reader();
      let bytes;
      try {
        bytes = await io.readStdin(settings.maxBytes);
      } catch (error) {
        if (error instanceof TooLargeError) return tooLarge('standard input', error);
        return { ok: false, source: 'standard input', message: describeFsError(error) };
      }
      return formatted(extractBytes('standard input', bytes, settings), writer, settings.maxOutput);
    }
    case 'file': {
      const { extractPath, formatted } = await reader();
      return formatted(await extractPath(source.path, settings, io), writer, settings.maxOutput);
    }
  }
}

/**
 * Runs up to `window` groups at once and yields their outcomes in the order of the groups.
 * Once `signal` aborts, no group is started and nothing more is yielded.
 */
async function* inOrder<T>(groups: readonly T[], run: (g: T) => Promise<FormattedOutcome[]>, window: number, signal: AbortSignal): AsyncGenerator<FormattedOutcome> {
  const pending: Array<Promise<FormattedOutcome[]>> = [];
  let next = 0;
  while (!signal.aborted && (next < groups.length || pending.length > 0)) {
    while (next < groups.length && pending.length < window) pending.push(run(groups[next++]!));
    const outcomes = await unlessAborted(pending.shift()!, signal);
    if (outcomes === undefined || signal.aborted) return;
    for (const outcome of outcomes) {
      if (signal.aborted) return;
      yield outcome;
    }
  }
}

/**
 * `promise`'s value, or undefined as soon as `signal` aborts. Not `Promise.race` against one
 * long-lived abort promise: every race leaves a reaction on it that holds the race's result
 * (here a group's formatted output), so a run of thousands of files kept every output in memory.
 */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T | undefined> {
  if (signal.aborted) return Promise.resolve(undefined);
  return new Promise<T | undefined>((resolve, reject) => {
    const onAbort = () => resolve(undefined);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

// Why a write failed, for `<output>: cannot be written: …`.
function writeError(error: unknown): string {
  return describeFsError(error).replace(/^cannot be read \((.*)\)$/, '$1');
}
