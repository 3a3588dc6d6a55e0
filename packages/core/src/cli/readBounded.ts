import { open, type FileHandle } from 'node:fs/promises';
import { TooLargeError } from './io.js';

const CHUNK = 1 << 20;

/**
 * Reads a file, FIFO or device, stopping once more than `maxBytes` have arrived: the limit
 * holds for what is read, not for what `stat` announces (0 for pipes and devices).
 */
export async function readBounded(path: string, maxBytes: number): Promise<Uint8Array> {
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

