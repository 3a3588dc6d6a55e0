import type { PortFactory } from './parserPort.js';
import type { FromWorker } from './protocol.js';
import { createParseJobs } from './worker/parseJobs.js';

/**
 * A port that parses on the calling thread, a macrotask later: the fallback where no worker can
 * be started (a web host that forbids nested workers) and the unit tests' worker. It blocks the
 * thread for as long as a parse takes, so the extension keeps the document size small there.
 *
 * @example
 * const client = new ParserClient(inlinePort);
 */
export const inlinePort: PortFactory = () => {
  let listener: ((message: FromWorker) => void) | undefined;
  let stopped = false;
  const handle = createParseJobs((message) =>
    setTimeout(() => {
      if (!stopped) listener?.(message);
    }, 0),
  );
  return {
    post: (message) =>
      setTimeout(() => {
        if (!stopped) handle(message);
      }, 0),
    listen: (onMessage) => {
      listener = onMessage;
    },
    terminate: () => {
      stopped = true;
    },
  };
};
