import { parseReport, type ParseOptions, type Report } from '@gaoxin/core';
import type { Problem } from '../shared/problems.js';
import { formatWestern } from '../shared/format.js';

/** The outcome of analysing one version of a document. */
export type Analysis =
  | { status: 'ok'; report: Report; millis: number; problems?: Problem[] }
  | { status: 'tooLarge'; size: number; limit: number; message: string }
  | { status: 'binary'; message: string }
  | { status: 'error'; message: string };

/** What an analysis depends on besides the text. */
export interface AnalysisOptions {
  /** `YYYY-MM-DD`; undefined lets the core use the report's dateline, else today. */
  referenceDate: string | undefined;
  /** Longest text analysed, in UTF-16 code units. */
  maxDocumentSize: number;
  /** The file name messages use. */
  name: string;
}

// How much of a text the binary check looks at: enough to catch any real binary format, cheap on 1 MB.
const BINARY_SAMPLE = 8192;

/**
 * Whether text looks like a decoded binary file: a NUL character, or more than a tenth of the
 * start made of control characters and U+FFFD (what undecodable bytes turn into).
 *
 * @example
 * looksBinary('PNG\u0000\u0001'); // true
 * looksBinary('合肥高新区'); // false
 */
export function looksBinary(text: string): boolean {
  const sample = text.length > BINARY_SAMPLE ? text.slice(0, BINARY_SAMPLE) : text;
  if (sample.includes('\u0000')) return true;
  if (sample.length === 0) return false;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    // Tab, LF, FF and CR are ordinary in text; other C0 controls and U+FFFD are not.
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd) odd++;
  }
  return odd / sample.length > 0.1;
}

/**
 * Whether a file's bytes look binary, checked before asking VS Code to open it as text: a NUL
 * byte, or many control bytes, in the first 8 KB. A UTF-16 byte order mark means text (UTF-16
 * has a NUL in every ASCII character).
 *
 * @example
 * bytesLookBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00])); // true
 */
export function bytesLookBinary(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return false;
  const n = Math.min(bytes.length, BINARY_SAMPLE);
  if (n === 0) return false;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) odd++;
  }
  return odd / n > 0.1;
}

/**
 * The message shown for a binary file.
 *
 * @example
 * binaryMessage('logo.png'); // 'Gaoxin: logo.png looks like a binary file; only text reports can be analysed.'
 */
export function binaryMessage(name: string): string {
  return `Gaoxin: ${name} looks like a binary file; only text reports can be analysed.`;
}

/**
 * Analyses a text: refuses it with a clear message when it is binary or above the size limit,
 * otherwise runs the core's `parseReport`. Never throws: a core error becomes `status: 'error'`.
 *
 * @example
 * analyzeText('总投资约20.8亿元', { referenceDate: undefined, maxDocumentSize: 1e6, name: 'a.txt' }).status; // 'ok'
 */
export function analyzeText(text: string, options: AnalysisOptions, parse: typeof parseReport = parseReport): Analysis {
  const refused = refusal(text, options);
  if (refused) return refused;
  const parseOptions: ParseOptions = options.referenceDate === undefined ? {} : { referenceDate: options.referenceDate };
  const started = Date.now();
  try {
    return { status: 'ok', report: parse(text, parseOptions), millis: Date.now() - started };
  } catch (error) {
    return { status: 'error', message: failureMessage(options.name, error) };
  }
}

/**
 * Why a text is not analysed at all (too large, binary), or undefined: the cheap checks the host
 * makes before a text goes to the worker.
 *
 * @example
 * refusal('一'.repeat(11), { referenceDate: undefined, maxDocumentSize: 10, name: 'a.txt' })?.status; // 'tooLarge'
 */
export function refusal(text: string, options: AnalysisOptions): Exclude<Analysis, { status: 'ok' | 'error' }> | undefined {
  if (text.length > options.maxDocumentSize) {
    return {
      status: 'tooLarge',
      size: text.length,
      limit: options.maxDocumentSize,
      message:
        `Gaoxin: ${options.name} has ${formatWestern(text.length)} characters, more than the limit of ` +
        `${formatWestern(options.maxDocumentSize)} (setting gaoxin.maxDocumentSize); it was not analysed.`,
    };
  }
  if (looksBinary(text)) return { status: 'binary', message: binaryMessage(options.name) };
  return undefined;
}

/**
 * The message for a core error (or a worker that failed), naming the file.
 *
 * @example
 * failureMessage('r.txt', new Error('boom')); // 'Gaoxin could not analyse r.txt: boom'
 */
export function failureMessage(name: string, error: unknown): string {
  return `Gaoxin could not analyse ${name}: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * How long to wait after an edit: the configured delay, or twice the last analysis of the
 * document if that is longer, so a document that takes a second to analyse is not analysed on
 * every pause in typing.
 *
 * @example
 * updateDelay(300, { status: 'ok', report, millis: 900 }); // 1800
 */
export function updateDelay(configured: number, last: Analysis | undefined): number {
  return last?.status === 'ok' ? Math.max(configured, 2 * last.millis) : configured;
}

