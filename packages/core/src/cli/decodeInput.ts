/** Input the CLI refuses, with the one-line reason. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes file bytes as UTF-8 text (a BOM is dropped). Bytes that are not text — a NUL byte,
 * or invalid UTF-8 — raise an `InputError` naming the source, never a stack trace.
 *
 * @example
 * decodeInput(new TextEncoder().encode('312个'), 'report.txt'); // '312个'
 */
export function decodeInput(bytes: Uint8Array, source: string): string {
  if (bytes.includes(0)) throw new InputError(`${source}: not a text file (it contains NUL bytes)`);
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new InputError(`${source}: not valid UTF-8 text`);
  }
}
