import { parseArgs } from 'node:util';

/** A parsed command line. */
export type Command =
  | { name: 'extract'; input: string; referenceDate: string | undefined; format: 'json' | 'table' }
  | { name: 'schema' }
  | { name: 'help' }
  | { name: 'version' };

/** A command line that cannot be run; the message is one line for stderr. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `Usage:
  gaoxin extract <file|-> [--reference-date YYYY-MM-DD] [--format json|table]
  gaoxin schema           print the JSON Schema of the extract output
  gaoxin --help | --version`;

const FORMATS = new Set(['json', 'table']);

/**
 * Parses `gaoxin`'s arguments (without `node` and the script).
 *
 * @example
 * parseCommand(['extract', 'report.txt', '--format', 'table']);
 * // { name: 'extract', input: 'report.txt', referenceDate: undefined, format: 'table' }
 */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        'reference-date': { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError(firstLine(error instanceof Error ? error.message : String(error)));
  }
  const { values, positionals } = parsed;
  if (values.help) return { name: 'help' };
  if (values.version) return { name: 'version' };
  const [name, ...rest] = positionals;
  if (name === undefined) return { name: 'help' };
  if (name === 'schema') {
    if (rest.length > 0) throw new UsageError(`schema takes no arguments, got "${rest.join(' ')}"`);
    return { name: 'schema' };
  }
  if (name !== 'extract') throw new UsageError(`unknown command "${name}" (expected extract or schema)`);
  if (rest.length !== 1) throw new UsageError(rest.length === 0 ? 'extract needs a file, or - for standard input' : `extract takes one file, got ${rest.length}`);
  const format = values.format ?? 'json';
  if (!FORMATS.has(format)) throw new UsageError(`--format must be json or table, got "${format}"`);
  return { name: 'extract', input: rest[0]!, referenceDate: values['reference-date'], format: format as 'json' | 'table' };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
