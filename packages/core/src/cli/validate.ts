import { GaoxinOptionsError, resolveOptions } from '../engine/options.js';
import { UsageError, type ExtractCommand } from './args.js';

/**
 * Checks an extract command once, before any file is read, so a bad setting is one usage
 * error (exit 2) rather than one error per file: the reference date must be a day the
 * library accepts, and `--jobs` is capped to the threads the machine can run at once.
 *
 * @example
 * validateExtract(parseCommand(['extract', 'a.txt', '--jobs', '64']), 2).jobs; // 2
 */
export function validateExtract(cmd: ExtractCommand, cores: number): ExtractCommand {
  if (cmd.referenceDate !== undefined) {
    try {
      resolveOptions({ referenceDate: cmd.referenceDate });
    } catch (error) {
      if (error instanceof GaoxinOptionsError) {
        throw new UsageError(`--reference-date ${error.message.replace(/^Invalid referenceDate: (referenceDate )?/, '')}, got "${cmd.referenceDate}"`);
      }
      throw error;
    }
  }
  if (cmd.out !== undefined && cmd.out.trim() === '') throw new UsageError('--out needs a file name');
  return { ...cmd, jobs: Math.max(1, Math.min(cmd.jobs, cores)) };
}
