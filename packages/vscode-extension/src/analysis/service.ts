import type { Report } from '@gaoxin/core';
import { failureMessage, refusal, type Analysis, type AnalysisOptions } from './analysis.js';
import { CancelledError, type ParserClient, type ParseResult } from './parserClient.js';

/** A document as the service sees it: a `vscode.TextDocument` fits. */
export interface ServiceDocument {
  readonly uri: { toString(): string };
  readonly version: number;
  getText(): string;
}

/** A report of part of a document, spans into the whole document. */
export interface WindowReport {
  version: number;
  start: number;
  end: number;
  report: Report;
}

interface Finished {
  version: number;
  optionsKey: string;
  analysis: Analysis;
}

interface Running {
  version: number;
  optionsKey: string;
  id: number;
  promise: Promise<Analysis>;
  /** The job that replaced this one: whoever waited for this one gets that one's analysis. */
  supersededBy?: Promise<Analysis>;
}

/** Above this many characters a document is large: windows are analysed first (about 0.4 s of parsing). */
export const LARGE_DOCUMENT = 200_000;
/** Characters a window reaches beyond what it was asked for, so scrolling a little needs no new window. */
export const WINDOW_MARGIN = 8_000;
/** Characters of a document's start sent with each window: where a dateline stands. */
const HEAD = 4_000;
/** Windows kept per document version; the oldest go first. */
const MAX_WINDOWS = 16;
/** A window is trusted this far inside its ends: longer than any mention, shorter than the margin. */
const WINDOW_EDGE = 400;

const keyOf = (options: AnalysisOptions): string => `${options.referenceDate ?? ''}|${options.maxDocumentSize}`;

/**
 * The analyses of every document, computed on workers: one for whole documents, whose stale
 * job is cancelled when a newer version is asked for, and one for windows of large documents, so
 * the visible part and a hover are answered while the whole is still being parsed. Results are
 * kept per `(uri, version, options)`; the last finished one of a document stays available while
 * its next version is analysed.
 */
export class AnalysisService {
  private readonly finished = new Map<string, Finished>();
  private readonly running = new Map<string, Running>();
  private readonly windows = new Map<string, WindowReport[]>();
  private readonly windowJobs = new Map<string, Promise<WindowReport | undefined>>();
  private readonly listeners = new Set<(uri: string) => void>();
  private readonly texts = new Map<string, { version: number; text: string }>();
  private parses = 0;

  /**
   * @param whole runs whole-document jobs.
   * @param windows runs window jobs (a second worker, so they need not wait for a whole document).
   */
  constructor(
    private readonly whole: ParserClient,
    private readonly windowsClient: ParserClient,
  ) {}

  /** The finished analysis of exactly this version and these options, if there is one. */
  current(document: ServiceDocument, options: AnalysisOptions): Analysis | undefined {
    const entry = this.finished.get(document.uri.toString());
    return entry && entry.version === document.version && entry.optionsKey === keyOf(options) ? entry.analysis : undefined;
  }

  /** The last finished analysis of a document, whatever its version: what is shown meanwhile. */
  latest(uri: { toString(): string }): Analysis | undefined {
    return this.finished.get(uri.toString())?.analysis;
  }

  /** Whether the document's current version is being analysed. */
  isRunning(document: ServiceDocument): boolean {
    return this.running.get(document.uri.toString())?.version === document.version;
  }

  /**
   * The analysis of the document's current version: at once if finished, else the running job's,
   * else a new job (cancelling a job for an older version).
   *
   * @example
   * const analysis = await service.analyze(document, options);
   */
  analyze(document: ServiceDocument, options: AnalysisOptions): Promise<Analysis> {
    const done = this.current(document, options);
    if (done) return Promise.resolve(done);
    const key = document.uri.toString();
    const optionsKey = keyOf(options);
    const running = this.running.get(key);
    if (running && running.version === document.version && running.optionsKey === optionsKey) return running.promise;

    const text = this.textOf(document);
    const refused = refusal(text, options);
    if (refused) {
      if (running) this.supersede(running, Promise.resolve(refused));
      this.store(key, { version: document.version, optionsKey, analysis: refused });
      return Promise.resolve(refused);
    }
    this.parses++;
    const job = this.whole.run({ text, referenceDate: options.referenceDate });
    const entry: Running = { version: document.version, optionsKey, id: job.id, promise: Promise.resolve(undefined as never) };
    entry.promise = job.promise.then(
      (result: ParseResult): Analysis => {
        const analysis: Analysis = { status: 'ok', report: result.report, millis: result.millis, problems: result.problems };
        if (this.running.get(key) === entry) this.running.delete(key);
        this.store(key, { version: entry.version, optionsKey, analysis });
        return analysis;
      },
      (error: unknown): Promise<Analysis> | Analysis => {
        if (this.running.get(key) === entry) this.running.delete(key);
        if (error instanceof CancelledError) {
          return entry.supersededBy ?? { status: 'error', message: failureMessage(options.name, error) };
        }
        const analysis: Analysis = { status: 'error', message: failureMessage(options.name, error) };
        this.store(key, { version: entry.version, optionsKey, analysis });
        return analysis;
      },
    );
    if (running) this.supersede(running, entry.promise);
    this.running.set(key, entry);
    return entry.promise;
  }

  /**
   * The windows of the document's current version analysed so far (large documents only).
   *
   * @example
   * service.windowsOf(document).flatMap((w) => w.report.figures);
   */
  windowsOf(document: ServiceDocument): readonly WindowReport[] {
    return (this.windows.get(document.uri.toString()) ?? []).filter((w) => w.version === document.version);
  }

  /**
   * A report covering `[start, end)` of a large document, before its whole analysis is done:
   * a window already analysed, or a new one (with a margin either side, cut at line ends).
   * Undefined for a document that is not large, refused, or already analysed whole.
   *
   * @example
   * const window = await service.window(document, options, offset, offset + 1);
   */
  window(document: ServiceDocument, options: AnalysisOptions, start: number, end: number): Promise<WindowReport | undefined> {
    if (this.current(document, options)) return Promise.resolve(undefined);
    const text = this.textOf(document);
    if (text.length <= LARGE_DOCUMENT || refusal(text, options)) return Promise.resolve(undefined);
    const key = document.uri.toString();
    const covering = this.windowsOf(document).find(
      (w) => (w.start === 0 || w.start + WINDOW_EDGE <= start) && (w.end === text.length || end + WINDOW_EDGE <= w.end),
    );
    if (covering) return Promise.resolve(covering);
    const from = lineStart(text, Math.max(0, start - WINDOW_MARGIN));
    const to = lineEnd(text, Math.min(text.length, end + WINDOW_MARGIN));
    const jobKey = `${key}#${document.version}#${from}-${to}`;
    const pending = this.windowJobs.get(jobKey);
    if (pending) return pending;
    const version = document.version;
    const job = this.windowsClient.run({
      text: text.slice(from, to),
      referenceDate: options.referenceDate,
      window: { offset: from, head: text.slice(0, HEAD) },
    });
    const promise = job.promise.then(
      (result) => {
        this.windowJobs.delete(jobKey);
        const window: WindowReport = { version, start: from, end: to, report: result.report };
        const kept = (this.windows.get(key) ?? []).filter((w) => w.version === version);
        kept.push(window);
        this.windows.set(key, kept.slice(-MAX_WINDOWS));
        this.emit(key);
        return window;
      },
      () => {
        this.windowJobs.delete(jobKey);
        return undefined;
      },
    );
    this.windowJobs.set(jobKey, promise);
    return promise;
  }

  /** Calls `listener` with a document's URI whenever an analysis or a window of it finishes. */
  onDidFinish(listener: (uri: string) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Forgets a document (closed, or its reference date changed) and cancels its job. */
  delete(uri: { toString(): string }): void {
    const key = uri.toString();
    const running = this.running.get(key);
    if (running) this.whole.cancel(running.id);
    this.running.delete(key);
    this.finished.delete(key);
    this.windows.delete(key);
    this.texts.delete(key);
  }

  /** Forgets every document (settings changed). */
  clear(): void {
    for (const key of [...this.finished.keys(), ...this.running.keys()]) this.delete(key);
  }

  /** How many whole-document parses were started: tests check that debouncing and caching save work. */
  get parseCount(): number {
    return this.parses;
  }

  /** Resolves once no job is queued or running, and every listener has heard of its result. */
  async idle(): Promise<void> {
    while (this.whole.busy || this.windowsClient.busy || this.running.size > 0) {
      await Promise.all([this.whole.idle(), this.windowsClient.idle(), ...[...this.running.values()].map((r) => r.promise)]);
    }
  }

  /** Stops both workers. */
  dispose(): void {
    this.whole.dispose();
    this.windowsClient.dispose();
    this.listeners.clear();
  }

  /**
   * The document's text, read once per version: the extension host joins a document's lines on
   * every `getText()`, which for 5 MB takes tens of milliseconds, and hovers ask often.
   */
  private textOf(document: ServiceDocument): string {
    const key = document.uri.toString();
    const known = this.texts.get(key);
    if (known && known.version === document.version) return known.text;
    const text = document.getText();
    this.texts.set(key, { version: document.version, text });
    return text;
  }

  private supersede(running: Running, by: Promise<Analysis>): void {
    running.supersededBy = by;
    this.whole.cancel(running.id);
  }

  private store(key: string, entry: Finished): void {
    this.finished.set(key, entry);
    this.windows.delete(key);
    this.emit(key);
  }

  private emit(key: string): void {
    for (const listener of this.listeners) listener(key);
  }
}

function lineStart(text: string, offset: number): number {
  const at = text.lastIndexOf('\n', offset);
  return at < 0 || offset - at > 2000 ? offset : at + 1;
}

function lineEnd(text: string, offset: number): number {
  const at = text.indexOf('\n', offset);
  return at < 0 || at - offset > 2000 ? offset : at + 1;
}
