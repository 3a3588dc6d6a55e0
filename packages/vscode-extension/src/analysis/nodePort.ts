import { Worker } from 'node:worker_threads';
import type { PortFactory } from './parserPort.js';
import type { FromWorker } from './protocol.js';

/**
 * Ports to worker_threads workers running `script` (dist/node/worker.js), for the desktop and
 * remote (Node) extension host. A `background` worker (whole documents) runs at a lower
 * scheduling priority than the host; an `interactive` one (windows a user waits for) does not.
 *
 * @example
 * new ParserClient(nodePorts(path.join(context.extensionPath, 'dist/node/worker.js'), 'background'));
 */
export function nodePorts(script: string, priority: 'background' | 'interactive'): PortFactory {
  return () => {
    const worker = new Worker(script, { name: `gaoxin-parser-${priority}`, workerData: { priority } });
    // A worker that is idle must not keep the extension host alive when VS Code shuts it down.
    worker.unref();
    return {
      post: (message) => worker.postMessage(message),
      listen: (onMessage, onError) => {
        worker.on('message', (message: FromWorker) => onMessage(message));
        worker.on('error', onError);
        worker.on('exit', (code) => {
          if (code !== 0) onError(new Error(`exit code ${code}`));
        });
      },
      terminate: () => void worker.terminate(),
    };
  };
}
