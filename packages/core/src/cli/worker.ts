import { formatWriter } from './formats.js';
import type { FileSettings, FormattedOutcome, OutputSettings } from './io.js';
import { readBounded } from './readBounded.js';
import { extractPath, formatted } from './readSource.js';

/** One file for a worker thread: where it is, how to read it, how to format it. */
export interface WorkerTask {
  path: string;
  settings: FileSettings;
  output: OutputSettings;
}

/**
 * The worker thread of `gaoxin extract --jobs N` (run by the pool): reads, parses and
 * formats one file. Only strings go back, so the main thread never clones a Report.
 */
export default async function extractFormatted(task: WorkerTask): Promise<FormattedOutcome> {
  const outcome = await extractPath(task.path, task.settings, { readFile: readBounded });
  return formatted(outcome, formatWriter(task.output.format, task.output.single), task.settings.maxOutput);
}
