import { formatWriter } from './formats.js';
import type { FileSettings, FormattedOutcome, OutputSettings } from './io.js';
import { readBounded } from './readBounded.js';
import { extractPath, formatted } from './readSource.js';

/** Files for a worker thread: where they are, how to read them, how to format them. */
export interface WorkerTask {
  paths: string[];
  settings: FileSettings;
  output: OutputSettings;
}

// A batch returns early once its output passes this, so a batch of big files never piles up in memory.
const BATCH_OUTPUT_BYTES = 16_000_000;
const utf8 = new TextEncoder();

/**
 * The worker thread of `gaoxin extract --jobs N` (run by the pool): reads, parses and
 * formats a batch of files, in order, and sends back their output as UTF-8 bytes, so the
 * main thread neither clones a Report nor encodes text. May answer fewer files than it was
 * given (a prefix, when the output grew large); the pool sends the rest again.
 */
export default async function extractBatch(task: WorkerTask): Promise<FormattedOutcome[]> {
  const writer = formatWriter(task.output.format, task.output.single, task.output.width);
  const out: FormattedOutcome[] = [];
  let bytes = 0;
  for (const path of task.paths) {
    const outcome = formatted(await extractPath(path, task.settings, { readFile: readBounded }), writer, task.settings.maxOutput);
    if (outcome.ok && typeof outcome.chunk === 'string') outcome.chunk = utf8.encode(outcome.chunk);
    out.push(outcome);
    bytes += outcome.ok ? outcome.chunk.length : 0;
    if (bytes > BATCH_OUTPUT_BYTES) break;
  }
  return out;
}
