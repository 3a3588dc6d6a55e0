import type { OutputFormat } from './args.js';
import type { ExtractedFile } from '../models/extractedFile.js';
import type { Region } from '../models/report.js';
import type { TextEncodingName } from '../text/decodeBytes.js';

/** What a file system entry is: only regular files are read from folders and globs. */
export type EntryKind = 'file' | 'directory' | 'fifo' | 'device' | 'other';

/** A file system entry as the CLI needs to know it. */
export interface EntryInfo {
  kind: EntryKind;
  size: number;
  /** Device and inode: the same file under two names has the same id. */
  id: string;
}

/** Somewhere output goes; `write` resolves once the text (or its UTF-8 bytes) is accepted and rejects when it cannot be written. */
export interface OutputSink {
  write(text: string | Uint8Array): Promise<void>;
}

/**
 * An output file being written. A regular file is written beside its target and renamed
 * into place by `commit`, so the target is replaced whole or not at all; `discard` leaves
 * the target as it was. A device or pipe (`/dev/stdout`, a FIFO) is written directly.
 */
export interface OutputFile extends OutputSink {
  /** Whether the output goes through a temporary file (a regular file), so the target is replaced whole or kept. */
  atomic: boolean;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

/** Bytes beyond a limit: reading stopped once more than `limit` bytes had arrived. */
export class TooLargeError extends Error {
  override readonly name = 'TooLargeError';
  constructor(
    readonly bytesRead: number,
    readonly limit: number,
    /** The size the file system announced, when it knew one before reading. */
    readonly knownSize?: number,
  ) {
    super(`more than ${limit} bytes`);
  }
}

/**
 * Reads, parses and formats files off the main thread, a batch at a time, answering one
 * outcome per path in order; supplied where worker threads exist (undefined when not built).
 */
export type WorkerPoolFactory = (jobs: number) =>
  | {
      run(paths: string[], settings: FileSettings, output: OutputSettings): Promise<FormattedOutcome[]>;
      close(): Promise<void>;
    }
  | undefined;

/** How every file of a run is read. */
export interface FileSettings {
  referenceDate: string | undefined;
  region?: Region | undefined;
  includeOrdinals?: boolean | undefined;
  encoding: TextEncodingName | undefined;
  maxBytes: number;
  /** The most one file may add to the output, in UTF-16 code units. */
  maxOutput: number;
}

/** What reading one file gave: its extracted data (with warnings), or one line saying why not. */
export type FileOutcome =
  | { ok: true; file: ExtractedFile; warnings: string[] }
  | { ok: false; source: string; message: string };

/** A file already formatted for output, as text or (from a worker thread) UTF-8 bytes, with its figure count and warnings. */
export type FormattedOutcome =
  | { ok: true; source: string; chunk: string | Uint8Array; figures: number; warnings: string[] }
  | { ok: false; source: string; message: string };

/** How a worker thread formats what it reads. */
export interface OutputSettings {
  format: OutputFormat;
  single: boolean;
  /** The terminal's columns, which a table fits; undefined: as wide as it needs. */
  width?: number | undefined;
}

/** What reading a file needs: a bounded read that rejects with `TooLargeError` past the limit. */
export interface FileReader {
  readFile(path: string, maxBytes: number): Promise<Uint8Array>;
}

/** What the CLI touches outside itself, so tests can run it in memory. */
export interface CliIo extends FileReader {
  stdout: OutputSink;
  stderr(text: string): void;
  /** Whether stderr is a terminal (the progress bar shows only there). */
  stderrIsTTY: boolean;
  /** How many threads can run at once (`--jobs` is capped to it). */
  cores: number;
  /** Reads standard input, rejecting with `TooLargeError` once more than `maxBytes` arrived. */
  readStdin(maxBytes: number): Promise<Uint8Array>;
  /** Rejects with a Node-style error (code ENOENT, EACCES …) when the path cannot be read. */
  stat(path: string): Promise<EntryInfo>;
  /** Names in a folder, each with what it is (links to regular files count as files). */
  readdir(path: string): Promise<Array<{ name: string; kind: EntryKind }>>;
  /** Paths matching a glob pattern, relative to `cwd` (a folder, as the user wrote it). */
  glob(pattern: string, cwd: string): Promise<string[]>;
  /** Where a path really is (links resolved, absolute); for a path not there yet, its folder resolved. */
  locate(path: string): Promise<string>;
  openOut(path: string): Promise<OutputFile>;
  /** Calls `handler` on SIGINT or SIGTERM until the returned function is called. */
  onInterrupt(handler: () => void): () => void;
  workers?: WorkerPoolFactory | undefined;
  /** Overrides the input per extra thread (`GAOXIN_MB_PER_THREAD`, 0: every thread `--jobs` allows), else `BYTES_PER_THREAD`. */
  bytesPerThread?: number | undefined;
  /** Overrides the output limit per file (`GAOXIN_MAX_FILE_OUTPUT`), else `MAX_FILE_OUTPUT`. */
  maxFileOutput?: number | undefined;
  /** Columns of the terminal the output goes to (COLUMNS, else the terminal's width), if any. */
  columns?: number | undefined;
  version: string;
}
