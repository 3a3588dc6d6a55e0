import { closeSync, fsyncSync, openSync, writeSync, type Stats } from 'node:fs';
import { open, readdir, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { readBounded } from './readBounded.js';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { glob } from 'tinyglobby';
import { TooLargeError, type CliIo, type EntryKind, type OutputFile, type OutputSink } from './io.js';
import { createWorkerPool } from './workerPool.js';

/**
 * Output to a Node stream (standard output). Every write waits for the stream to take it;
 * an error on the stream (a closed pipe, a full disk) rejects the write in progress and
 * every later one, instead of becoming an uncaught 'error' event.
 */
export function streamSink(stream: Writable): OutputSink {
  let failure: Error | undefined;
  stream.on('error', (error: Error) => {
    failure ??= error;
  });
  return {
    write: (text) =>
      new Promise<void>((resolve, reject) => {
        if (failure) return reject(failure);
        if (text.length === 0) return resolve();
        const onError = (error: Error) => reject(error);
        stream.once('error', onError);
        stream.write(text, (error) => {
          stream.off('error', onError);
          if (error) reject(error);
          else if (failure) reject(failure);
          else resolve();
        });
      }),
  };
}

/** The kind of entry a Stats describes. */
export function kindOf(s: Stats): EntryKind {
  if (s.isFile()) return 'file';
  if (s.isDirectory()) return 'directory';
  if (s.isFIFO()) return 'fifo';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'device';
  return 'other';
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const b = chunk as Buffer;
    total += b.length;
    if (total > maxBytes) {
      process.stdin.destroy();
      throw new TooLargeError(total, maxBytes);
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks, total);
}

/**
 * Opens an output file. A regular file (or a name not there yet) is written to a temporary
 * file beside it, which `commit` flushes to disk and renames over the target; anything else
 * (a device, a FIFO) is written directly, every write awaited and checked.
 */
export async function openOutput(path: string): Promise<OutputFile> {
  let existing: Stats | undefined;
  try {
    existing = await stat(path);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
  }
  if (existing && !existing.isFile()) {
    const handle = await open(path, 'w');
    let closed = false;
    const close = async () => {
      if (!closed) {
        closed = true;
        await handle.close();
      }
    };
    return { atomic: false, write: (text) => writeAll(handle, text), commit: close, discard: close };
  }
  const temp = join(dirname(path), `.${basename(path)}.gaoxin-${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`);
  const fd = openSync(temp, 'wx', existing ? existing.mode & 0o777 : 0o666);
  // Written synchronously, a megabyte at a time: a regular file never blocks for long, and
  // one trip through libuv's thread pool per report was a tenth of a batch's main thread.
  let buffered: Uint8Array[] = [];
  let bufferedBytes = 0;
  const flush = () => {
    if (bufferedBytes === 0) return;
    const bytes = buffered.length === 1 ? buffered[0]! : Buffer.concat(buffered, bufferedBytes);
    buffered = [];
    bufferedBytes = 0;
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
  };
  let closed = false;
  const close = () => {
    if (!closed) {
      closed = true;
      closeSync(fd);
    }
  };
  return {
    atomic: true,
    write: async (text) => {
      if (text.length === 0) return;
      const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
      buffered.push(bytes);
      bufferedBytes += bytes.length;
      if (bufferedBytes >= 1 << 20) flush();
    },
    commit: async () => {
      try {
        flush();
        fsyncSync(fd);
        close();
        await rename(temp, path);
      } catch (error) {
        try {
          close();
        } catch {
          // Already failing: the first error is the one to report.
        }
        await unlink(temp).catch(() => undefined);
        throw error;
      }
    },
    discard: async () => {
      try {
        close();
      } catch {
        // Discarding: nothing of it is kept either way.
      }
      await unlink(temp).catch(() => undefined);
    },
  };
}

async function writeAll(handle: FileHandle, text: string | Uint8Array): Promise<void> {
  if (text.length === 0) return;
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset);
    if (bytesWritten === 0) throw Object.assign(new Error('nothing could be written'), { code: 'EIO' });
    offset += bytesWritten;
  }
}

/** The real process's IO for the CLI. */
export function nodeIo(version: string): CliIo {
  return {
    stdout: streamSink(process.stdout),
    stderr: (t) => void process.stderr.write(t),
    stderrIsTTY: process.stderr.isTTY === true,
    cores: availableParallelism(),
    readStdin,
    stat: async (p) => {
      const s = await stat(p);
      return { kind: kindOf(s), size: s.size, id: `${s.dev}:${s.ino}` };
    },
    readFile: readBounded,
    readdir: async (p) => {
      const entries = await readdir(p, { withFileTypes: true });
      const out: Array<{ name: string; kind: EntryKind }> = [];
      for (const e of entries) {
        if (e.isSymbolicLink()) {
          // A link counts as what it points to, except a folder: following those could loop.
          const target = await stat(join(p, e.name)).catch(() => undefined);
          out.push({ name: e.name, kind: target?.isFile() ? 'file' : 'other' });
        } else out.push({ name: e.name, kind: e.isFile() ? 'file' : e.isDirectory() ? 'directory' : e.isFIFO() ? 'fifo' : e.isCharacterDevice() || e.isBlockDevice() ? 'device' : 'other' });
      }
      return out;
    },
    glob: (pattern, cwd) =>
      glob(pattern, { cwd, onlyFiles: true, dot: false, expandDirectories: false, followSymbolicLinks: false, ignore: ['**/node_modules/**', '**/.git/**'] }),
    locate: async (p) => {
      try {
        return await realpath(p);
      } catch {
        return join(await realpath(dirname(resolve(p))).catch(() => dirname(resolve(p))), basename(p));
      }
    },
    openOut: openOutput,
    onInterrupt: (handler) => {
      let seen = 0;
      const listener = () => {
        // A second interrupt means now: the first one's cleanup is taking too long.
        if (++seen > 1) process.exit(130);
        handler();
      };
      process.on('SIGINT', listener);
      process.on('SIGTERM', listener);
      return () => {
        process.off('SIGINT', listener);
        process.off('SIGTERM', listener);
      };
    },
    workers: createWorkerPool,
    maxFileOutput: positive(process.env.GAOXIN_MAX_FILE_OUTPUT),
    bytesPerThread: megabytes(process.env.GAOXIN_MB_PER_THREAD),
    columns: terminalColumns(),
    version,
  };
}

// A size in MB from the environment, as bytes; 0 is allowed, anything else not a number is ignored.
function megabytes(raw: string | undefined): number | undefined {
  const n = Number(raw);
  return raw !== undefined && raw.trim() !== '' && Number.isFinite(n) && n >= 0 ? n * 1_000_000 : undefined;
}

function positive(raw: string | undefined): number | undefined {
  const n = Number(raw);
  return raw !== undefined && Number.isInteger(n) && n > 0 ? n : undefined;
}

// COLUMNS wins (a user's or a script's choice); else a terminal's own width; a pipe or a file has none.
function terminalColumns(): number | undefined {
  const fromEnv = Number(process.env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return process.stdout.isTTY ? process.stdout.columns : undefined;
}
