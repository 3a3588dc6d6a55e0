import type { FromWorker, ToWorker } from '../protocol.js';
import { createParseJobs } from './parseJobs.js';

// The parse worker of the web extension host: a dedicated Web Worker. Typed by hand, as the
// project compiles without the DOM library.
interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: { data: ToWorker }) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const handle = createParseJobs((message) => scope.postMessage(message));
scope.addEventListener('message', (event) => handle(event.data));
