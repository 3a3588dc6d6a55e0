import type { CliIo, OutputSink } from './io.js';

/** An in-memory file system and terminal for CLI tests: files by path, folders implied by paths. */
export function memoryIo(files: Record<string, Uint8Array | string>, stdin: Uint8Array | string = new Uint8Array()) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const bytes = (v: Uint8Array | string) => (typeof v === 'string' ? new TextEncoder().encode(v) : v);
  const isDir = (p: string) => Object.keys(files).some((f) => f.startsWith(`${p.replace(/\/$/, '')}/`));
  const enoent = (p: string) => Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
  const sink = (onWrite: (t: string) => void): OutputSink => ({ write: async (t) => onWrite(t), close: async () => {} });
  const io: CliIo = {
    stdout: sink((t) => out.push(t)),
    stderr: (t) => void err.push(t),
    stderrIsTTY: false,
    readStdin: async () => bytes(stdin),
    stat: async (p) => {
      const f = files[p];
      if (f !== undefined) return { isFile: true, isDirectory: false, size: bytes(f).length };
      if (isDir(p)) return { isFile: false, isDirectory: true, size: 0 };
      throw enoent(p);
    },
    readFile: async (p) => {
      const f = files[p];
      if (f === undefined) throw isDir(p) ? Object.assign(new Error('EISDIR'), { code: 'EISDIR' }) : enoent(p);
      return bytes(f);
    },
    readdir: async (p) => {
      const prefix = p === '.' ? '' : `${p.replace(/\/$/, '')}/`;
      const names = new Map<string, boolean>();
      for (const f of Object.keys(files)) {
        if (!f.startsWith(prefix)) continue;
        const [name, ...rest] = f.slice(prefix.length).split('/');
        if (name) names.set(name, rest.length > 0 || names.get(name) === true);
      }
      if (names.size === 0) throw enoent(p);
      return [...names].map(([name, isDirectory]) => ({ name, isDirectory }));
    },
    openOut: async (p) => {
      written[p] = '';
      return sink((t) => (written[p] += t));
    },
    version: '9.9.9',
  };
  return { io, out: () => out.join(''), err: () => err.join(''), written };
}
