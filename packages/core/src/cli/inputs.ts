import { globBase, globToRegExp, isGlob } from './glob.js';
import type { CliIo } from './io.js';

/** One thing to read: a file, standard input, or an input that gave nothing, with why. */
export type Source = { kind: 'file'; path: string } | { kind: 'stdin' } | { kind: 'error'; input: string; message: string };

/** File endings read from folders and globs without `*.ext` of their own. */
export const REPORT_EXTENSIONS = ['.txt', '.md', '.text'];
// Folders that never hold reports and can be huge.
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/**
 * Turns the command line's inputs into sources, in the order given: a file as it is, a
 * folder as its report files (recursively, sorted), a glob as the files it matches, `-` as
 * standard input. An input that yields nothing becomes an error source, so the run reports
 * it and goes on.
 */
export async function expandInputs(inputs: readonly string[], io: CliIo): Promise<Source[]> {
  const out: Source[] = [];
  for (const input of inputs) {
    if (input === '-') {
      out.push({ kind: 'stdin' });
      continue;
    }
    if (isGlob(input)) {
      const re = globToRegExp(input.replace(/\\/g, '/'));
      const base = globBase(input);
      const files = (await walk(io, base)).filter((p) => re.test(p) || re.test(p.replace(/^\.\//, '')));
      if (files.length === 0) out.push({ kind: 'error', input, message: 'no files match this pattern' });
      for (const path of files) out.push({ kind: 'file', path });
      continue;
    }
    let info;
    try {
      info = await io.stat(input);
    } catch (error) {
      out.push({ kind: 'error', input, message: describeFsError(error) });
      continue;
    }
    if (info.isDirectory) {
      const files = (await walk(io, input)).filter((p) => REPORT_EXTENSIONS.some((e) => p.toLowerCase().endsWith(e)));
      if (files.length === 0) out.push({ kind: 'error', input, message: `no report files (${REPORT_EXTENSIONS.join(', ')}) in this folder` });
      for (const path of files) out.push({ kind: 'file', path });
    } else out.push({ kind: 'file', path: input });
  }
  return out;
}

async function walk(io: CliIo, dir: string): Promise<string[]> {
  const files: string[] = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries;
    try {
      entries = await io.readdir(current);
    } catch {
      continue;
    }
    for (const e of entries) {
      const path = current === '.' ? e.name : `${current.replace(/\/$/, '')}/${e.name}`;
      if (e.isDirectory) {
        if (!SKIPPED_FOLDERS.has(e.name)) pending.push(path);
      } else files.push(path);
    }
  }
  return files.sort();
}

/** One line for a Node file-system error. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return `cannot be read (${String(code ?? (error instanceof Error ? error.message : error))})`;
}
