import { parseArgs } from 'node:util';
import type { Region } from '../models/report.js';
import { TEXT_ENCODINGS, type TextEncodingName } from '../text/decodeBytes.js';

/** The output formats of `gaoxin extract`. */
export type OutputFormat = 'json' | 'jsonl' | 'csv' | 'md' | 'table' | 'xlsx';

/** Settings of one `gaoxin extract` run. */
export interface ExtractCommand {
  name: 'extract';
  /** Files, folders, glob patterns or `-` for standard input, as given. */
  inputs: string[];
  referenceDate: string | undefined;
  region: Region | undefined;
  includeOrdinals: boolean;
  format: OutputFormat;
  out: string | undefined;
  encoding: TextEncodingName | undefined;
  jobs: number;
  maxSizeMb: number;
  progress: boolean;
  /** Allow `--out` inside a scanned folder (never over an input). */
  force: boolean;
}

/**
 * A parsed command line. `help` is `asked` when the user asked for it (`--help`: it goes to
 * standard output, exit 0), not when there was nothing to run (`gaoxin` alone: stderr, exit 2).
 */
export type Command = ExtractCommand | { name: 'schema' } | { name: 'help'; asked: boolean } | { name: 'version' };

/** A command line that cannot be run; the message is one line for stderr. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const FORMATS: readonly OutputFormat[] = ['json', 'jsonl', 'csv', 'md', 'table', 'xlsx'];
const REGIONS: readonly Region[] = ['mainland', 'taiwan', 'hongkong'];

/** What `gaoxin --help` prints. */
export const USAGE = `gaoxin: figures, dates and entities of Chinese high-tech zone reports, as typed data.

Usage:
  gaoxin extract <files|folders|globs|-> [options]   read reports and write what they say
  gaoxin schema                                     print the JSON Schema of one extracted file
  gaoxin --help | --version

Options of extract:
  --format FORMAT          json (default), jsonl, csv, md, table or xlsx (xlsx needs --out)
  -o, --out FILE           write there instead of standard output
  --reference-date DAY     resolve 今年, 去年, bare months … against this day (YYYY-MM-DD);
                           default: each report's own date line, else today
  --region REGION          mainland, taiwan or hongkong: decides the currency of a bare 元;
                           default: detected per report
  --include-ordinals       also report ordinals (第三批) as figures of kind other
  --encoding ENCODING      utf-8, utf-16le, utf-16be, utf-32le, utf-32be, gb18030 (or gbk)
                           or big5;
                           default: detected per file
  -j, --jobs N             parse on up to N threads (default 1; at most the cores available;
                           one more thread per 16 MB of input)
  --max-size MB            skip files larger than this (default 64)
  --no-progress            no progress bar on a terminal
  --force                  allow --out inside a folder being read (never over an input)
  -h, --help               this text
  -v, --version            the version

Inputs are files, folders (their .txt, .md and .text files, recursively), glob patterns
(*, ?, **, {a,b}) and - for standard input, read in the order given.

Examples:
  gaoxin extract report.txt --format table
  gaoxin extract report.txt --reference-date 2022-11-15 --out report.json
  gaoxin extract reports/ --format csv --out figures.csv
  gaoxin extract reports/ --format xlsx --out figures.xlsx
  gaoxin extract 'reports/**/*.txt' --format jsonl --jobs 2 --out all.jsonl
  cat report.txt | gaoxin extract - --format md

Exit codes:
  0  every input was read and the output written
  1  some input could not be read, or the output could not be written (one line each on stderr)
  2  bad usage: nothing was read
  130  interrupted (SIGINT, SIGTERM): --out left as it was`;

// The options, as parseArgs takes them; the list is also what an unknown option is matched against.
const OPTIONS = {
  'reference-date': { type: 'string' },
  region: { type: 'string' },
  'include-ordinals': { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
  encoding: { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  'max-size': { type: 'string' },
  'no-progress': { type: 'boolean' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/**
 * Parses `gaoxin`'s arguments (without `node` and the script).
 *
 * @example
 * parseCommand(['extract', 'reports/', '--format', 'csv', '--out', 'figures.csv']);
 */
export function parseCommand(argv: readonly string[]): Command {
  checkOptionNames(argv);
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError(describeParseError(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { name: 'help', asked: true };
  if (values.version) return { name: 'version' };
  const [name, ...rest] = positionals;
  if (name === undefined) return { name: 'help', asked: false };
  if (name === 'schema') {
    if (rest.length > 0) throw new UsageError(`schema takes no arguments, got "${rest.join(' ')}"`);
    return { name: 'schema' };
  }
  if (name !== 'extract') throw new UsageError(`unknown command "${name}" (expected extract or schema)`);
  if (rest.length === 0) throw new UsageError('extract needs a file, a folder, a glob, or - for standard input');
  const format = values.format ?? 'json';
  if (!FORMATS.includes(format as OutputFormat)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
  if (format === 'xlsx' && values.out === undefined) throw new UsageError('--format xlsx writes a workbook, which needs --out FILE.xlsx');
  const region = values.region?.toLowerCase();
  if (region !== undefined && !REGIONS.includes(region as Region)) throw new UsageError(`--region must be one of ${REGIONS.join(', ')}, got "${values.region}"`);
  const encoding = values.encoding?.toLowerCase().replace(/^utf8$/, 'utf-8').replace(/^gbk$/, 'gb18030');
  if (encoding !== undefined && !TEXT_ENCODINGS.includes(encoding as TextEncodingName)) {
    throw new UsageError(`--encoding must be one of ${TEXT_ENCODINGS.join(', ')} (or gbk), got "${values.encoding}"`);
  }
  return {
    name: 'extract',
    inputs: rest,
    referenceDate: values['reference-date'],
    region: region as Region | undefined,
    includeOrdinals: values['include-ordinals'] === true,
    format: format as OutputFormat,
    out: values.out,
    encoding: encoding as TextEncodingName | undefined,
    jobs: positiveInteger('--jobs', values.jobs, 1, 64),
    maxSizeMb: positiveInteger('--max-size', values['max-size'], 64, 4096),
    progress: !values['no-progress'],
    force: values.force === true,
  };
}

const LONG_NAMES: readonly string[] = Object.keys(OPTIONS);
const SHORT_NAMES: readonly string[] = Object.values(OPTIONS).flatMap((o) => ('short' in o ? [o.short] : []));

/** Refuses an option gaoxin does not have, naming the closest one it has. */
function checkOptionNames(argv: readonly string[]): void {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') return;
    if (arg === '-' || !arg.startsWith('-')) continue;
    if (arg.startsWith('--')) {
      const [name = '', value] = arg.slice(2).split('=');
      if (!LONG_NAMES.includes(name)) throw new UsageError(`unknown option --${name}${suggestion(name)}`);
      // The next word is this option's value, whatever it looks like (--out -x.json).
      if (value === undefined && OPTIONS[name as keyof typeof OPTIONS].type === 'string') i++;
    } else {
      // A cluster of short flags (-hv) or a short option with its value (-j2, -oout.json).
      const flag = arg[1] ?? '';
      if (!SHORT_NAMES.includes(flag)) throw new UsageError(`unknown option -${flag}${suggestion(flag)}`);
    }
  }
}

function suggestion(name: string): string {
  let best = '';
  let bestDistance = Infinity;
  for (const candidate of LONG_NAMES) {
    const d = editDistance(name.toLowerCase(), candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  // A guess further than half the name away is noise; the help is always there.
  return bestDistance <= Math.max(2, Math.floor(name.length / 2)) ? ` (did you mean --${best}?); see gaoxin --help` : '; see gaoxin --help';
}

/**
 * The Levenshtein distance between two short strings.
 *
 * @example
 * editDistance('formt', 'format'); // 1
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

// parseArgs's own messages quote oddly and suggest `--`; say what was wrong in our words.
function describeParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^ ']+)/.exec(message)?.[1];
  const code = (error as { code?: unknown }).code;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    if (/ambiguous/.test(message)) return `${option} needs a value; write ${option}=-… for a value that starts with -`;
    return /argument missing/.test(message) ? `${option} needs a value; see gaoxin --help` : `${option} takes no value; see gaoxin --help`;
  }
  return `${(message.split('\n')[0] ?? message).replace(/\.$/, '')}; see gaoxin --help`;
}

function positiveInteger(flag: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new UsageError(`${flag} must be a whole number from 1 to ${max}, got "${raw}"`);
  return n;
}
