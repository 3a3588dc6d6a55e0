import { parseReport, type ParseOptions, type Report } from '@gaoxin/core';
import { formatWestern } from './format.js';

/** The outcome of analysing one version of a document. */
export type Analysis =
  | { status: 'ok'; report: Report; millis: number }
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
  const parseOptions: ParseOptions = options.referenceDate === undefined ? {} : { referenceDate: options.referenceDate };
  const started = Date.now();
  try {
    return { status: 'ok', report: parse(text, parseOptions), millis: Date.now() - started };
  } catch (error) {
    return { status: 'error', message: `Gaoxin could not analyse ${options.name}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** A document as the cache sees it: a `vscode.TextDocument` fits. */
export interface CacheDocument {
  readonly uri: { toString(): string };
  readonly version: number;
  getText(): string;
}

interface Entry {
  version: number;
  optionsKey: string;
  analysis: Analysis;
}

/**
 * Analyses per `(uri, version)`: one entry per document, replaced when the document's version or
 * the options change. VS Code bumps a document's version on every edit, so a cached entry is
 * never stale, and hovers, decorations and the summary share one parse.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, Entry>();
  private parses = 0;

  /** @param parse the parser, `parseReport` unless a test counts calls. */
  constructor(private readonly parse: typeof parseReport = parseReport) {}

  /**
   * The analysis of the document's current version, parsing now if it is not cached.
   *
   * @example
   * cache.analyze(document, { referenceDate: undefined, maxDocumentSize: 1e6, name: 'r.txt' });
   */
  analyze(document: CacheDocument, options: AnalysisOptions): Analysis {
    const key = document.uri.toString();
    const optionsKey = `${options.referenceDate ?? ''}|${options.maxDocumentSize}`;
    const entry = this.entries.get(key);
    if (entry && entry.version === document.version && entry.optionsKey === optionsKey) return entry.analysis;
    this.parses++;
    const analysis = analyzeText(document.getText(), options, this.parse);
    this.entries.set(key, { version: document.version, optionsKey, analysis });
    return analysis;
  }

  /** The cached analysis of exactly this version, without parsing. */
  peek(document: CacheDocument): Analysis | undefined {
    const entry = this.entries.get(document.uri.toString());
    return entry && entry.version === document.version ? entry.analysis : undefined;
  }

  /** The latest analysis of a document, whatever its version (how long the last parse took). */
  latest(uri: { toString(): string }): Analysis | undefined {
    return this.entries.get(uri.toString())?.analysis;
  }

  /** Forgets a document (closed, or its reference date changed). */
  delete(uri: { toString(): string }): void {
    this.entries.delete(uri.toString());
  }

  /** Forgets every document (settings changed). */
  clear(): void {
    this.entries.clear();
  }

  /** How many times the parser ran: tests check that the cache saves work. */
  get parseCount(): number {
    return this.parses;
  }
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

/**
 * Runs a task per key after a quiet period: each call for a key restarts its timer, so a burst of
 * keystrokes analyses once. `idle()` resolves when nothing is pending, for tests.
 */
export class Debouncer {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private waiters: Array<() => void> = [];

  /**
   * Runs `task` once `delay` ms have passed without another call for `key`.
   *
   * @example
   * debouncer.schedule(uri, 300, () => refresh(uri));
   */
  schedule(key: string, delay: number, task: () => void): void {
    const pending = this.timers.get(key);
    if (pending !== undefined) clearTimeout(pending);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        try {
          task();
        } finally {
          // Waiters are released even when the task throws; the task's own error handling reports it.
          if (this.timers.size === 0) this.release();
        }
      }, delay),
    );
  }

  /** Drops a pending task. */
  cancel(key: string): void {
    const pending = this.timers.get(key);
    if (pending === undefined) return;
    clearTimeout(pending);
    this.timers.delete(key);
    if (this.timers.size === 0) this.release();
  }

  /** Whether a task is waiting for its timer. */
  get pending(): number {
    return this.timers.size;
  }

  /** Resolves once no task is pending. */
  idle(): Promise<void> {
    if (this.timers.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Cancels everything. */
  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.release();
  }

  private release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
