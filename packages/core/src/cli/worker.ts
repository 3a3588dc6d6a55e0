import { readFile, stat } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import type { FileSettings } from './io.js';
import { extractPath } from './readSource.js';

// The worker thread of `gaoxin extract --jobs N`: reads and parses the files it is sent.
const fs = {
  stat: async (p: string) => {
    const s = await stat(p);
    return { size: s.size, isDirectory: s.isDirectory() };
  },
  readFile: (p: string) => readFile(p),
};

parentPort?.on('message', (message: { id: number; path: string; settings: FileSettings }) => {
  void extractPath(message.path, message.settings, fs).then((outcome) => parentPort?.postMessage({ id: message.id, outcome }));
});
