import { createWriteStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { CliIo, OutputSink } from './io.js';
import { createWorkerPool } from './workerPool.js';

/** Output to a Node stream that waits for 'drain', so a long batch keeps memory flat. */
export function streamSink(stream: Writable, closeStream: boolean): OutputSink {
  return {
    write: (text) =>
      new Promise<void>((resolve, reject) => {
        if (text === '') return resolve();
        const ok = stream.write(text, (error) => (error ? reject(error) : undefined));
        if (ok) resolve();
        else stream.once('drain', resolve);
      }),
    close: () =>
      closeStream
        ? new Promise<void>((resolve, reject) => {
            stream.once('error', reject);
            stream.end(resolve);
          })
        : Promise.resolve(),
  };
}

/** The real process's IO for the CLI. */
export function nodeIo(version: string): CliIo {
  return {
    stdout: streamSink(process.stdout, false),
    stderr: (t) => void process.stderr.write(t),
    stderrIsTTY: process.stderr.isTTY === true,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    stat: async (p) => {
      const s = await stat(p);
      return { isFile: s.isFile(), isDirectory: s.isDirectory(), size: s.size };
    },
    readFile: (p) => readFile(p),
    readdir: async (p) => (await readdir(p, { withFileTypes: true })).map((e) => ({ name: e.name, isDirectory: e.isDirectory() })),
    openOut: (p) =>
      new Promise<OutputSink>((resolve, reject) => {
        const stream = createWriteStream(p);
        stream.once('error', reject);
        stream.once('open', () => resolve(streamSink(stream, true)));
      }),
    workers: createWorkerPool,
    columns: terminalColumns(),
    version,
  };
}

// COLUMNS wins (a user's or a script's choice); else a terminal's own width; a pipe or a file has none.
function terminalColumns(): number | undefined {
  const fromEnv = Number(process.env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return process.stdout.isTTY ? process.stdout.columns : undefined;
}
