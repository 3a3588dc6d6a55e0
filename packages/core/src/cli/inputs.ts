import { globBase, isGlob } from './glob.js';
import type { CliIo } from './io.js';

/**
 * One thing to read: a file (`named` when the command line gave its name), standard input,
 * or an input that gave nothing, with why.
 */
export type Source = { kind: 'file'; path: string; named: boolean } | { kind: 'stdin' } | { kind: 'error'; input: string; message: string };

/** The inputs of a run: what to read, the folders scanned for it, and entries skipped there. */
export interface Expansion {
  sources: Source[];
  /** Folders and glob bases walked for files: an output must not lie inside one. */
  scanned: string[];
  /** Entries in scanned folders that are not regular files (FIFOs, devices, sockets): never read. */
  skipped: number;
}

/** File endings read from folders and globs without `*.ext` of their own. */
export const REPORT_EXTENSIONS = ['.txt', '.md', '.text'];
// Folders that never hold reports and can be huge.
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/**
 * Turns the command line's inputs into sources, in the order given: a file as it is, a
 * folder as its report files (recursively, sorted), a glob as the regular files it matches,
 * `-` as standard input. A name that exists is taken literally even when it holds glob
 * characters (`brace{a,b}.txt`). Pipes and devices are read only when named; in folders
 * and globs they are skipped. An input that yields nothing becomes an error source, so the
 * run reports it and goes on.
 */
export async function expandInputs(inputs: readonly string[], io: CliIo): Promise<Expansion> {
  const sources: Source[] = [];
  const scanned: string[] = [];
  let skipped = 0;
  for (const input of inputs) {
    if (input === '-') {
      sources.push({ kind: 'stdin' });
      continue;
    }
    let info;
    try {
      info = await io.stat(input);
    } catch (error) {
      if (isGlob(input) && (error as { code?: unknown }).code === 'ENOENT') {
        const base = globBase(input);
        scanned.push(base);
        const files = await globFiles(io, input, base);
        skipped += files.skipped;
        if (files.paths.length === 0) sources.push({ kind: 'error', input, message: 'no files match this pattern' });
        for (const path of files.paths) sources.push({ kind: 'file', path, named: false });
      } else sources.push({ kind: 'error', input, message: describeFsError(error) });
      continue;
    }
    if (info.kind === 'directory') {
      scanned.push(input);
      const found = await walk(io, input);
      skipped += found.skipped;
      const files = found.files.filter((p) => REPORT_EXTENSIONS.some((e) => p.toLowerCase().endsWith(e)));
      if (files.length === 0) sources.push({ kind: 'error', input, message: `no report files (${REPORT_EXTENSIONS.join(', ')}) in this folder` });
      for (const path of files) sources.push({ kind: 'file', path, named: false });
    } else if (info.kind === 'other') {
      sources.push({ kind: 'error', input, message: 'not a regular file, a pipe or a device (a socket?); not read' });
    } else sources.push({ kind: 'file', path: input, named: true });
  }
  return { sources, scanned, skipped };
}

async function globFiles(io: CliIo, pattern: string, base: string): Promise<{ paths: string[]; skipped: number }> {
  const normalized = pattern.replace(/\\/g, '/');
  const rest = base === '.' && !normalized.startsWith('./') ? normalized : normalized.slice(base.length).replace(/^\/+/, '');
  let matches: string[];
  try {
    matches = await io.glob(rest, base);
  } catch {
    return { paths: [], skipped: 0 };
  }
  const paths: string[] = [];
  let skipped = 0;
  for (const m of matches.sort()) {
    const path = base === '.' ? m : `${base.replace(/\/$/, '')}/${m}`;
    const info = await io.stat(path).catch(() => undefined);
    if (info?.kind === 'file') paths.push(path);
    else skipped++;
  }
  return { paths, skipped };
}

async function walk(io: CliIo, dir: string): Promise<{ files: string[]; skipped: number }> {
  const files: string[] = [];
  let skipped = 0;
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
      if (e.kind === 'directory') {
        if (!SKIPPED_FOLDERS.has(e.name)) pending.push(path);
      } else if (e.kind === 'file') files.push(path);
      else skipped++;
    }
  }
  return { files: files.sort(), skipped };
}

/** One line for a Node file-system error. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'EPIPE') return 'the reader closed the pipe';
  if (code === 'EROFS') return 'the file system is read-only';
  return `cannot be read (${String(code ?? (error instanceof Error ? error.message : error))})`;
}
