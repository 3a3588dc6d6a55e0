import { TooLargeError, type CliIo, type OutputSink } from './io.js';

/** An in-memory file system and terminal for CLI tests: files by path, folders implied by paths. */
export function memoryIo(files: Record<string, Uint8Array | string>, stdin: Uint8Array | string = new Uint8Array()) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const bytes = (v: Uint8Array | string) => (typeof v === 'string' ? new TextEncoder().encode(v) : v);
  const isDir = (p: string) => Object.keys(files).some((f) => f.startsWith(`${p.replace(/\/$/, '')}/`));
  const enoent = (p: string) => Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
  const text = (t: string | Uint8Array) => (typeof t === 'string' ? t : new TextDecoder().decode(t));
  const sink = (onWrite: (t: string) => void): OutputSink => ({ write: async (t) => onWrite(text(t)) });
  const bounded = (b: Uint8Array, max: number) => {
    if (b.length > max) throw new TooLargeError(b.length, max, b.length);
    return b;
  };
  // Glob characters as a regular expression: enough for the tests' `dir/**/*.md`.
  const globRe = (pattern: string) =>
    new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\?/g, '[^/]').replace(/\*\*\//g, '\0').replace(/\*/g, '[^/]*').replace(/\0/g, '(?:.*/)?')}$`);
  const io: CliIo = {
    stdout: sink((t) => out.push(t)),
    stderr: (t) => void err.push(t),
    stderrIsTTY: false,
    cores: 2,
    readStdin: async (max) => bounded(bytes(stdin), max),
    stat: async (p) => {
      const f = files[p];
      if (f !== undefined) return { kind: 'file', size: bytes(f).length, id: p };
      if (isDir(p)) return { kind: 'directory', size: 0, id: p };
      throw enoent(p);
    },
    readFile: async (p, max) => {
      const f = files[p];
      if (f === undefined) throw isDir(p) ? Object.assign(new Error('EISDIR'), { code: 'EISDIR' }) : enoent(p);
      return bounded(bytes(f), max);
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
      return [...names].map(([name, isDirectory]) => ({ name, kind: isDirectory ? 'directory' : 'file' }));
    },
    glob: async (pattern, cwd) => {
      const prefix = cwd === '.' ? '' : `${cwd.replace(/\/$/, '')}/`;
      const re = globRe(pattern);
      return Object.keys(files)
        .filter((f) => f.startsWith(prefix) && re.test(f.slice(prefix.length)))
        .map((f) => f.slice(prefix.length));
    },
    locate: async (p) => `/mem/${p.replace(/^\.\//, '').replace(/\/+$/, '')}`,
    openOut: async (p) => {
      let content = '';
      return {
        atomic: true,
        write: async (t) => void (content += text(t)),
        commit: async () => void (written[p] = content),
        discard: async () => {},
      };
    },
    onInterrupt: () => () => {},
    version: '9.9.9',
  };
  return { io, out: () => out.join(''), err: () => err.join(''), written };
}
