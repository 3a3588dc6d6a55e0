import type { OutputFormat } from './args.js';
import type { ExtractedFile } from '../models/extractedFile.js';
import type { Region } from '../models/report.js';
import type { TextEncodingName } from '../text/decodeBytes.js';

/** A file system entry as the CLI needs to know it. */
export interface EntryInfo {
  isFile: boolean;
  isDirectory: boolean;
  size: number;
}

/** Somewhere output goes; `write` resolves once the text is accepted (back-pressure). */
export interface OutputSink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

/** Parses one file off the main thread; supplied where worker threads exist. */
export type WorkerPoolFactory = (jobs: number) => {
  run(path: string, settings: FileSettings, output: OutputSettings): Promise<FormattedOutcome>;
  close(): Promise<void>;
};

/** How every file of a run is read. */
export interface FileSettings {
  referenceDate: string | undefined;
  region?: Region | undefined;
  includeOrdinals?: boolean | undefined;
  encoding: TextEncodingName | undefined;
  maxBytes: number;
}

/** What reading one file gave: its extracted data, or one line saying why not. */
export type FileOutcome =
  | { ok: true; file: ExtractedFile }
  | { ok: false; source: string; message: string };

/** A file already formatted for output (by a worker thread), with its figure count. */
export type FormattedOutcome = { ok: true; chunk: string; figures: number; warning?: string } | { ok: false; source: string; message: string };

/** How a worker thread formats what it reads. */
export interface OutputSettings {
  format: OutputFormat;
  single: boolean;
  /** The terminal's columns, which a table fits; undefined: as wide as it needs. */
  width?: number | undefined;
}

/** What the CLI touches outside itself, so tests can run it in memory. */
export interface CliIo {
  stdout: OutputSink;
  stderr(text: string): void;
  /** Whether stderr is a terminal (the progress bar shows only there). */
  stderrIsTTY: boolean;
  readStdin(): Promise<Uint8Array>;
  /** Rejects with a Node-style error (code ENOENT, EACCES …) when the path cannot be read. */
  stat(path: string): Promise<EntryInfo>;
  readFile(path: string): Promise<Uint8Array>;
  /** Names in a folder, each with whether it is a folder. */
  readdir(path: string): Promise<Array<{ name: string; isDirectory: boolean }>>;
  openOut(path: string): Promise<OutputSink>;
  workers?: WorkerPoolFactory | undefined;
  /** Columns of the terminal the output goes to (COLUMNS, else the terminal's width), if any. */
  columns?: number | undefined;
  version: string;
}
