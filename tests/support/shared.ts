import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** `../shared` beside the repository: corpus pages, gold files and the peer's specs. Never copied in. */
export const SHARED_DIR = process.env.GAOXIN_SHARED_DIR ?? resolve(here, '../../../shared');

/** The path of a file under ../shared, or undefined (with the reason) where it is absent. */
export function sharedPath(...parts: string[]): string | undefined {
  const p = join(SHARED_DIR, ...parts);
  return existsSync(p) ? p : undefined;
}

/** The message a test skips with when ../shared is not beside the checkout. */
export function missingShared(what: string): string {
  return `skipped: ${what} not found under ${SHARED_DIR} (place the shared folder beside the repository or set GAOXIN_SHARED_DIR)`;
}
