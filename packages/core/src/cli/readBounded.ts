import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { TooLargeError } from './io.js';

const CHUNK = 1 << 20;

/**
 * Reads a file, FIFO or device, stopping once more than `maxBytes` have arrived: the limit
 * holds for what is read, not for what `stat` announces (0 for pipes and devices). A regular
 * file is read synchronously (it cannot block for long, and four trips through libuv's
 * thread pool per file were what kept worker threads waiting); a pipe or device is read
 * asynchronously, so a FIFO without a writer never freezes the thread that handles signals.
 */
export async function readBounded(path: string, maxBytes: number): Promise<Uint8Array> {
  if (statSync(path).isFile()) return readRegularFile(path, maxBytes) ?? readGrowing(path, maxBytes);
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.isFile() && info.size > maxBytes) throw new TooLargeError(0, maxBytes, info.size);
    return await readHandle(handle, maxBytes, info.isFile() ? info.size + 1 : CHUNK);
  } finally {
    await handle.close();
  }
}

async function readHandle(handle: FileHandle, maxBytes: number, firstChunk: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  let size = Math.min(firstChunk, maxBytes + 1);
  for (;;) {
    const buffer = Buffer.allocUnsafe(size);
    const { bytesRead } = await handle.read(buffer, 0, size, null);
    if (bytesRead === 0) break;
    total += bytesRead;
    if (total > maxBytes) throw new TooLargeError(total, maxBytes);
    chunks.push(bytesRead === size ? buffer : buffer.subarray(0, bytesRead));
    size = Math.min(CHUNK, maxBytes + 1 - total);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}


// Undefined when the file grew while being read.
function readRegularFile(path: string, maxBytes: number): Uint8Array | undefined {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) throw new TooLargeError(0, maxBytes, size);
    // One byte more than announced, to notice a file that grew since.
    const buffer = Buffer.allocUnsafe(size + 1);
    let total = 0;
    for (;;) {
      const n = readSync(fd, buffer, total, buffer.length - total, null);
      if (n === 0) return buffer.subarray(0, total);
      total += n;
      if (total === buffer.length) break;
    }
  } finally {
    closeSync(fd);
  }
  return undefined;
}

// A file that grew while being read is read again as a stream, with the limit on what arrives.
async function readGrowing(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    return await readHandle(handle, maxBytes, CHUNK);
  } finally {
    await handle.close();
  }
}
