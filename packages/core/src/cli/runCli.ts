import { USAGE, UsageError, parseCommand } from './args.js';
import type { CliIo } from './io.js';
import { runExtract } from './runExtract.js';
import { validateExtract } from './validate.js';

/**
 * Runs `gaoxin` with `argv` and returns the exit code: 0 done, 1 some input or the output
 * failed, 2 bad usage (one line naming what was wrong, found before any file is read;
 * `gaoxin` alone prints the help on stderr), 130 interrupted.
 * Every failure is one line on stderr, never a stack trace.
 *
 * @example
 * await runCli(['extract', 'reports/', '--format', 'csv', '--out', 'figures.csv'], nodeIo);
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommand(argv);
    switch (command.name) {
      case 'help':
        if (!command.asked) {
          io.stderr(`${USAGE}\n`);
          return 2;
        }
        await io.stdout.write(`${USAGE}\n`);
        return 0;
      case 'version':
        await io.stdout.write(`${io.version}\n`);
        return 0;
      case 'schema':
        await io.stdout.write(`${JSON.stringify((await import('../models/jsonSchema.js')).extractedFileJsonSchema(), null, 2)}\n`);
        return 0;
      case 'extract':
        return await runExtract(validateExtract(command, io.cores), io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`gaoxin: ${error.message}\n`);
      return 2;
    }
    io.stderr(`gaoxin: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
