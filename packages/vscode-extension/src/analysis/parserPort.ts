import type { FromWorker, ToWorker } from './protocol.js';

/** A channel to a parse worker, whatever runs it (worker_threads, a Web Worker, or this thread). */
export interface ParserPort {
  post(message: ToWorker): void;
  /** Sets the one listener for the worker's messages and for its failure (it then is gone). */
  listen(onMessage: (message: FromWorker) => void, onError: (error: Error) => void): void;
  /** Stops the worker at once, mid-parse if need be: how a stale job is cancelled. */
  terminate(): void;
}

/** Starts a worker; called again after one was terminated. */
export type PortFactory = () => ParserPort;

