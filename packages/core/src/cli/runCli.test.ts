import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../models/report.js';
import { runCli, type CliIo } from './runCli.js';

function memoryIo(files: Record<string, Uint8Array | NodeJS.ErrnoException>, stdin = new Uint8Array()) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: async (p) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      if (f instanceof Error) throw f;
      return f;
    },
    readStdin: async () => stdin,
    version: '9.9.9',
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

const report = new TextEncoder().encode('截至今年9月，研发平台312个，总投资约20.8亿元。');

describe('gaoxin extract', () => {
  it('prints the Report as JSON that the Report schema accepts', async () => {
    const m = memoryIo({ 'r.txt': report });
    expect(await runCli(['extract', 'r.txt', '--reference-date', '2022-11-15'], m.io)).toBe(0);
    const parsed = ReportSchema.parse(JSON.parse(m.out()));
    expect(parsed.figures.map((f) => f.text)).toEqual(['312个', '约20.8亿元']);
    expect(parsed.referenceDate).toBe('2022-11-15');
  });
  it('reads standard input for -', async () => {
    const m = memoryIo({}, report);
    expect(await runCli(['extract', '-', '--format', 'table'], m.io)).toBe(0);
    expect(m.out()).toContain('约20.8亿元');
  });
});

describe('gaoxin fails with one clear line, never a stack trace', () => {
  it.each([
    { argv: ['extract', 'missing.txt'], files: {}, code: 1, message: 'gaoxin: missing.txt: no such file\n' },
    { argv: ['extract', 'dir'], files: { dir: Object.assign(new Error('EISDIR'), { code: 'EISDIR' }) }, code: 1, message: 'gaoxin: dir: is a folder, not a file\n' },
    { argv: ['extract', 'img.png'], files: { 'img.png': new Uint8Array([0x89, 0x50, 0, 0]) }, code: 1, message: 'gaoxin: img.png: not a text file (it contains NUL bytes)\n' },
    { argv: ['extract', 'r.txt', '--reference-date', '2022-13-40'], files: { 'r.txt': report }, code: 1, message: /^gaoxin: invalid --reference-date: .*YYYY-MM-DD\n$/ },
  ])('$argv', async ({ argv, files, code, message }) => {
    const m = memoryIo(files);
    expect(await runCli(argv, m.io)).toBe(code);
    expect(m.out()).toBe('');
    if (typeof message === 'string') expect(m.err()).toBe(message);
    else expect(m.err()).toMatch(message);
  });
  it('answers bad usage with exit code 2 and the usage text', async () => {
    const m = memoryIo({});
    expect(await runCli(['extract'], m.io)).toBe(2);
    expect(m.err().split('\n')[0]).toBe('gaoxin: extract needs a file, or - for standard input');
  });
});

describe('gaoxin schema, --help and --version', () => {
  it('prints the JSON Schema of the Report', async () => {
    const m = memoryIo({});
    expect(await runCli(['schema'], m.io)).toBe(0);
    expect(JSON.parse(m.out())).toMatchObject({ title: 'Gaoxin Report', type: 'object' });
  });
  it.each([
    { argv: ['--version'], expected: '9.9.9\n' },
    { argv: ['--help'], expected: /^Usage:\n  gaoxin extract/ },
  ])('$argv', async ({ argv, expected }) => {
    const m = memoryIo({});
    expect(await runCli(argv, m.io)).toBe(0);
    if (typeof expected === 'string') expect(m.out()).toBe(expected);
    else expect(m.out()).toMatch(expected);
  });
});
