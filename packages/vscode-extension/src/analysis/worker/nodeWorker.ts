import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { ToWorker } from '../protocol.js';
import { createParseJobs } from './parseJobs.js';

// The parse worker of the desktop (Node) extension host: a worker_threads thread.

/**
 * Lowers this thread's scheduling priority where the system allows it (Linux: a thread id is a
 * valid target of setpriority), so that on a busy machine the extension host's own thread, which
 * answers the editor, gets the CPU before a parse does.
 */
function yieldCpuToHost(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, 10);
  } catch {
    // Not Linux, or not allowed: the worker runs at the host's priority, which is only slower.
  }
}

if (parentPort) {
  const port = parentPort;
  if ((workerData as { priority?: string } | undefined)?.priority === 'background') yieldCpuToHost();
  const handle = createParseJobs((message) => port.postMessage(message));
  port.on('message', (message: ToWorker) => handle(message));
}
