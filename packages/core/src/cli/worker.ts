import { readFile, stat } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { formatWriter } from './formats.js';
import type { FileSettings, OutputSettings } from './io.js';
import { extractPath, formatted } from './readSource.js';

// The worker thread of `gaoxin extract --jobs N`: reads and parses the files it is sent.
const fs = {
  stat: async (p: string) => {
    const s = await stat(p);
    return { size: s.size, isDirectory: s.isDirectory() };
  },
  readFile: (p: string) => readFile(p),
};

// Formatting here keeps the main thread to writing strings: a Report never crosses threads.
parentPort?.on('message', (message: { id: number; path: string; settings: FileSettings; output: OutputSettings }) => {
  const writer = formatWriter(message.output.format, message.output.single, message.output.width);
  void extractPath(message.path, message.settings, fs).then((outcome) => parentPort?.postMessage({ id: message.id, outcome: formatted(outcome, writer) }));
});
