import type { ExtractCommand } from './args.js';
import { formatWriter, type FormatWriter } from './formats.js';
import { expandInputs, type Source } from './inputs.js';
import type { CliIo, FileSettings, FormattedOutcome, OutputSettings, OutputSink } from './io.js';
import { ProgressBar } from './progress.js';
import { extractBytes, extractPath, formatted } from './readSource.js';
import { workbookSink } from './workbookSink.js';

/**
 * Runs `gaoxin extract` over every input: files are read in order (or by a pool of worker
 * threads, written back in order), each bad file is reported on its own line and the run
 * goes on, output streams as it is made, and a summary line closes a multi-file run.
 * Returns the exit code: 0, or 1 when any file failed.
 */
export async function runExtract(cmd: ExtractCommand, io: CliIo): Promise<number> {
  const sources = await expandInputs(cmd.inputs, io);
  const first = sources[0];
  const single =
    cmd.inputs.length === 1 &&
    sources.length === 1 &&
    first !== undefined &&
    (first.kind === 'stdin' || (first.kind === 'file' && first.path === cmd.inputs[0]));
  const settings: FileSettings = { referenceDate: cmd.referenceDate, region: cmd.region, includeOrdinals: cmd.includeOrdinals, encoding: cmd.encoding, maxBytes: cmd.maxSizeMb * 1_000_000 };
  let sink: OutputSink;
  try {
    sink = cmd.format === 'xlsx' && cmd.out !== undefined ? workbookSink(cmd.out) : cmd.out === undefined ? io.stdout : await io.openOut(cmd.out);
  } catch (error) {
    io.stderr(`gaoxin: ${cmd.out}: cannot be written (${String((error as { code?: unknown }).code ?? error)})\n`);
    return 1;
  }
  const pool = cmd.jobs > 1 && io.workers ? io.workers(cmd.jobs) : undefined;
  const width = cmd.out === undefined ? io.columns : undefined;
  const output: OutputSettings = { format: cmd.format, single, width };
  const writer = formatWriter(cmd.format, single, width);
  const progress = cmd.progress && io.stderrIsTTY && sources.length > 1 ? new ProgressBar(sources.length, (t) => io.stderr(t)) : undefined;
  let written = 0;
  let figures = 0;
  let errors = 0;
  let done = 0;
  try {
    await sink.write(writer.begin());
    const run = (s: Source): Promise<FormattedOutcome> => readOne(s, settings, output, writer, io, pool);
    for await (const outcome of inOrder(sources, run, Math.max(2, cmd.jobs * 2))) {
      if (outcome.ok) {
        if (outcome.warning) io.stderr(`gaoxin: warning: ${outcome.warning}\n`);
        await sink.write(written++ > 0 ? writer.separator + outcome.chunk : outcome.chunk);
        figures += outcome.figures;
      } else {
        errors++;
        progress?.clear();
        io.stderr(`gaoxin: ${outcome.source}: ${outcome.message}\n`);
      }
      progress?.update(++done, errors);
    }
    await sink.write(writer.end());
  } finally {
    await pool?.close();
    if (sink !== io.stdout) await sink.close();
  }
  progress?.clear();
  if (sources.length > 1) {
    io.stderr(`gaoxin: ${sources.length} files, ${written} read, ${figures} figures, ${errors} ${errors === 1 ? 'error' : 'errors'}${cmd.out ? `, written to ${cmd.out}` : ''}\n`);
  }
  return errors > 0 ? 1 : 0;
}

async function readOne(
  source: Source,
  settings: FileSettings,
  output: OutputSettings,
  writer: FormatWriter,
  io: CliIo,
  pool: ReturnType<NonNullable<CliIo['workers']>> | undefined,
): Promise<FormattedOutcome> {
  switch (source.kind) {
    case 'error':
      return { ok: false, source: source.input, message: source.message };
    case 'stdin':
      return formatted(extractBytes('standard input', await io.readStdin(), settings), writer);
    case 'file':
      return pool ? pool.run(source.path, settings, output) : formatted(await extractPath(source.path, settings, io), writer);
  }
}

/** Runs up to `window` reads at once and yields their outcomes in the order of `sources`. */
async function* inOrder(sources: readonly Source[], run: (s: Source) => Promise<FormattedOutcome>, window: number): AsyncGenerator<FormattedOutcome> {
  const pending: Array<Promise<FormattedOutcome>> = [];
  let next = 0;
  while (next < sources.length || pending.length > 0) {
    while (next < sources.length && pending.length < window) pending.push(run(sources[next++]!));
    yield await pending.shift()!;
  }
}
