import type { Report } from '@gaoxin/core';
import type { Problem } from '../shared/problems.js';

// The messages between the extension host and the parse worker. A Report is never sent whole:
// deserialising a 5 MB document's report takes about a second, so the worker keeps it and the
// host pulls it list by list in chunks, each small enough to deserialise within a few milliseconds,
// and yields to its event loop between two chunks.

/** The lists of a report that travel in chunks. */
export const REPORT_LISTS = ['figures', 'dates', 'entities', 'articles'] as const;
/** One of `REPORT_LISTS`. */
export type ReportList = (typeof REPORT_LISTS)[number];

/** Most items in one chunk: a few milliseconds to deserialise on the host. */
export const CHUNK_ITEMS = 1000;

/** Analyse a text (a whole document, or a window of one). */
export interface ParseRequest {
  type: 'parse';
  id: number;
  text: string;
  /** `YYYY-MM-DD`, or undefined for the report's own dateline, else today. */
  referenceDate: string | undefined;
  /**
   * Set for a window of a larger document: `text` starts at `offset` in it, and `head` is the
   * document's start, where its dateline stands (the window's reference date comes from there).
   */
  window?: { offset: number; head: string };
}

/** Send the next chunk of a finished job. */
export interface NextRequest {
  type: 'next';
  id: number;
}

/** Forget a finished job's result (the host no longer wants it). */
export interface DropRequest {
  type: 'drop';
  id: number;
}

/** What the host sends. */
export type ToWorker = ParseRequest | NextRequest | DropRequest;

/** The scalar part of a report, sent first. */
export type ReportHead = Pick<Report, 'referenceDate' | 'referenceDateSource' | 'region'>;

/** A job finished: its scalars, and how many chunks follow on request. */
export interface ParsedMessage {
  type: 'parsed';
  id: number;
  millis: number;
  head: ReportHead;
  chunks: number;
  /** The consistency findings of a whole document (none for a window, which cuts indicators apart). */
  problems: Problem[];
}

/** A job failed; `message` says why, in one line. */
export interface FailedMessage {
  type: 'failed';
  id: number;
  message: string;
}

/** One chunk of a finished job's lists. */
export interface ChunkMessage {
  type: 'chunk';
  id: number;
  index: number;
  list: ReportList;
  items: unknown[];
}

/** What the worker sends. */
export type FromWorker = ParsedMessage | FailedMessage | ChunkMessage;
