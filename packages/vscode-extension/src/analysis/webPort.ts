import { inlinePort } from './inlinePort.js';
import type { ParserPort, PortFactory } from './parserPort.js';
import type { FromWorker, ToWorker } from './protocol.js';

// Typed by hand: the project compiles without the DOM library.
interface WebWorker {
  postMessage(message: ToWorker): void;
  addEventListener(type: 'message', listener: (event: { data: FromWorker }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
  terminate(): void;
}
interface WebGlobals {
  Worker?: new (url: string, options?: { name?: string }) => WebWorker;
  Blob?: new (parts: string[], options: { type: string }) => object;
  URL: { createObjectURL?(blob: object): string };
  fetch?(url: string): Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
}

async function startWorker(url: string): Promise<WebWorker> {
  const g = globalThis as unknown as WebGlobals;
  if (!g.Worker) throw new Error('no Worker in this host');
  try {
    return new g.Worker(url, { name: 'gaoxin-parser' });
  } catch (error) {
    // The extension's files are often served from another origin than the extension host's,
    // and a worker script must be same-origin: the script then runs from a blob URL.
    if (!g.fetch || !g.Blob || !g.URL.createObjectURL) throw error;
    const response = await g.fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const blob = new g.Blob([await response.text()], { type: 'text/javascript' });
    return new g.Worker(g.URL.createObjectURL(blob), { name: 'gaoxin-parser' });
  }
}

/**
 * Ports to Web Workers running the script at `url` (dist/web/worker.js), for VS Code for the
 * Web. Messages wait while the worker starts. Where no worker can be started, jobs run on the
 * host's own thread instead (`inlinePort`).
 *
 * @example
 * new ParserClient(webPorts(vscode.Uri.joinPath(context.extensionUri, 'dist/web/worker.js').toString(true)));
 */
export function webPorts(url: string): PortFactory {
  if (!(globalThis as unknown as WebGlobals).Worker) return inlinePort;
  return () => {
    let target: ParserPort | undefined;
    const waiting: ToWorker[] = [];
    let onMessage: (message: FromWorker) => void = () => undefined;
    let onError: (error: Error) => void = () => undefined;
    let stopped = false;
    const attach = (port: ParserPort): void => {
      if (stopped) {
        port.terminate();
        return;
      }
      port.listen(onMessage, onError);
      target = port;
      for (const message of waiting.splice(0)) port.post(message);
    };
    startWorker(url).then(
      (worker) =>
        attach({
          post: (message) => worker.postMessage(message),
          listen: (m, e) => {
            worker.addEventListener('message', (event) => m(event.data));
            worker.addEventListener('error', (event) => e(new Error(event.message ?? 'the worker failed')));
          },
          terminate: () => worker.terminate(),
        }),
      () => attach(inlinePort()),
    );
    return {
      post: (message) => (target ? target.post(message) : waiting.push(message)),
      listen: (m, e) => {
        onMessage = m;
        onError = e;
      },
      terminate: () => {
        stopped = true;
        target?.terminate();
      },
    };
  };
}
