import { parseArgs } from 'node:util';
import { TEXT_ENCODINGS, type TextEncodingName } from '../text/decodeBytes.js';

/** The output formats of `gaoxin extract`. */
export type OutputFormat = 'json' | 'jsonl' | 'csv' | 'md' | 'table';

/** Settings of one `gaoxin extract` run. */
export interface ExtractCommand {
  name: 'extract';
  /** Files, folders, glob patterns or `-` for standard input, as given. */
  inputs: string[];
  referenceDate: string | undefined;
  format: OutputFormat;
  out: string | undefined;
  encoding: TextEncodingName | undefined;
  jobs: number;
  maxSizeMb: number;
  progress: boolean;
  /** Allow `--out` inside a scanned folder (never over an input). */
  force: boolean;
}

/** A parsed command line. */
export type Command = ExtractCommand | { name: 'schema' } | { name: 'help' } | { name: 'version' };

/** A command line that cannot be run; the message is one line for stderr. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `Usage:
  gaoxin extract <files|folders|globs|-> [options]
      --format json|jsonl|csv|md|table   output (default json)
      --out FILE                         write there instead of standard output
      --reference-date YYYY-MM-DD        resolve 今年, 去年 … against this day
      --encoding utf-8|utf-16le|utf-16be|gb18030|big5
                                         force an encoding (default: detected per file)
      --jobs N                           parse with N worker threads (default 1)
      --max-size MB                      skip larger files (default 64)
      --no-progress                      no progress bar on a terminal
      --force                            allow --out inside a folder being read
  gaoxin schema                          print the JSON Schema of the extract output
  gaoxin --help | --version`;

const FORMATS: readonly OutputFormat[] = ['json', 'jsonl', 'csv', 'md', 'table'];

/**
 * Parses `gaoxin`'s arguments (without `node` and the script).
 *
 * @example
 * parseCommand(['extract', 'reports/', '--format', 'csv', '--out', 'figures.csv']);
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
        out: { type: 'string', short: 'o' },
        encoding: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        'max-size': { type: 'string' },
        'no-progress': { type: 'boolean' },
        force: { type: 'boolean' },
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
  if (rest.length === 0) throw new UsageError('extract needs a file, a folder, a glob, or - for standard input');
  const format = values.format ?? 'json';
  if (!FORMATS.includes(format as OutputFormat)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
  const encoding = values.encoding?.toLowerCase().replace(/^utf8$/, 'utf-8').replace(/^gbk$/, 'gb18030');
  if (encoding !== undefined && !TEXT_ENCODINGS.includes(encoding as TextEncodingName)) {
    throw new UsageError(`--encoding must be one of ${TEXT_ENCODINGS.join(', ')} (or gbk), got "${values.encoding}"`);
  }
  return {
    name: 'extract',
    inputs: rest,
    referenceDate: values['reference-date'],
    format: format as OutputFormat,
    out: values.out,
    encoding: encoding as TextEncodingName | undefined,
    jobs: positiveInteger('--jobs', values.jobs, 1, 64),
    maxSizeMb: positiveInteger('--max-size', values['max-size'], 64, 4096),
    progress: !values['no-progress'],
    force: values.force === true,
  };
}

function positiveInteger(flag: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError(`${flag} must be a whole number from 1 to ${max}, got "${raw}"`);
  return n;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
