import { GaoxinOptionsError } from '../pipeline/settings.js';
import { parseReport } from '../report/parseReport.js';
import { reportJsonSchema } from '../models/jsonSchema.js';
import { USAGE, UsageError, parseCommand } from './args.js';
import { InputError, decodeInput } from './decodeInput.js';
import { formatFigureTable } from './formatTable.js';

/** What the CLI touches outside itself, so tests can run it in memory. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file's bytes; rejects with a Node error (code ENOENT, EISDIR …) when it cannot. */
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  version: string;
}

/**
 * Runs `gaoxin` with `argv` and returns the exit code: 0 done, 1 bad input, 2 bad usage.
 * Every failure is one line on stderr, never a stack trace.
 *
 * @example
 * await runCli(['extract', 'report.txt', '--format', 'table'], nodeIo);
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseCommand(argv);
    switch (command.name) {
      case 'help':
        io.stdout(`${USAGE}\n`);
        return 0;
      case 'version':
        io.stdout(`${io.version}\n`);
        return 0;
      case 'schema':
        io.stdout(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
        return 0;
      case 'extract': {
        const source = command.input === '-' ? 'standard input' : command.input;
        const bytes = command.input === '-' ? await io.readStdin() : await readFileOrExplain(io, command.input);
        const text = decodeInput(bytes, source);
        const report = parseReport(text, command.referenceDate === undefined ? {} : { referenceDate: command.referenceDate });
        io.stdout(command.format === 'table' ? formatFigureTable(report) : `${JSON.stringify(report, null, 2)}\n`);
        return 0;
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`gaoxin: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof InputError || error instanceof GaoxinOptionsError) {
      io.stderr(`gaoxin: ${error.message.replace('Invalid referenceDate', 'invalid --reference-date')}\n`);
      return 1;
    }
    io.stderr(`gaoxin: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

async function readFileOrExplain(io: CliIo, path: string): Promise<Uint8Array> {
  try {
    return await io.readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code === 'EISDIR') throw new InputError(`${path}: is a folder, not a file`);
    if (code === 'EACCES') throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot be read (${String(code ?? 'unknown error')})`);
  }
}
