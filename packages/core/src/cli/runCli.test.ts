import { describe, expect, it } from 'vitest';
import { ExtractedFileSchema } from '../models/extractedFile.js';
import { displayWidth } from './formatTable.js';
import { runCli } from './runCli.js';
import { memoryIo } from './memoryIo.test-support.js';

const REPORT = '截至今年9月，研发平台312个，总投资约20.8亿元。';
// GB18030 bytes of 研发平台312个.
const GBK_REPORT = new Uint8Array([0xd1, 0xd0, 0xb7, 0xa2, 0xc6, 0xbd, 0xcc, 0xa8, 0x33, 0x31, 0x32, 0xb8, 0xf6]);

describe('gaoxin extract on one file', () => {
  it('prints the file as JSON the schema accepts, with its encoding', async () => {
    const m = memoryIo({ 'r.txt': REPORT });
    expect(await runCli(['extract', 'r.txt', '--reference-date', '2022-11-15'], m.io)).toBe(0);
    const parsed = ExtractedFileSchema.parse(JSON.parse(m.out()));
    expect(parsed.figures.map((f) => f.text)).toEqual(['312个', '约20.8亿元']);
    expect([parsed.source, parsed.encoding, parsed.referenceDate]).toEqual(['r.txt', 'utf-8', '2022-11-15']);
    expect(m.err()).toBe('');
  });
  it('reads standard input for -', async () => {
    const m = memoryIo({}, REPORT);
    expect(await runCli(['extract', '-', '--format', 'table'], m.io)).toBe(0);
    expect(m.out()).toContain('约20.8亿元');
  });
  it('detects GB18030 and says so', async () => {
    const m = memoryIo({ 'gbk.txt': GBK_REPORT });
    expect(await runCli(['extract', 'gbk.txt'], m.io)).toBe(0);
    const parsed = ExtractedFileSchema.parse(JSON.parse(m.out()));
    expect(parsed.encoding).toBe('gb18030');
    expect(parsed.figures[0]?.text).toBe('312个');
  });
});

describe('gaoxin extract on many inputs', () => {
  const files = { 'in/a.txt': REPORT, 'in/sub/b.md': '新增17家企业', 'in/skip.png': new Uint8Array([0x89, 0x50, 0, 0]), 'in/c.txt': new Uint8Array([0x89, 0x50, 0, 0]) };

  it('reads a folder recursively, reports each bad file, goes on, and ends with a summary', async () => {
    const m = memoryIo(files);
    expect(await runCli(['extract', 'in', '--format', 'jsonl'], m.io)).toBe(1);
    const lines = m.out().trim().split('\n').map((l) => ExtractedFileSchema.parse(JSON.parse(l)));
    expect(lines.map((l) => l.source)).toEqual(['in/a.txt', 'in/sub/b.md']);
    const errors = m.err().split('\n').filter((l) => !l.includes(': warning: '));
    expect(errors.join('\n')).toBe('gaoxin: in/c.txt: not a text file (it contains NUL bytes)\ngaoxin: 3 files, 2 read, 3 figures, 1 error\n');
  });
  it('warns once per file, on stderr, when a file has no date of its own and today is used', async () => {
    const m = memoryIo({ 'in/dated.txt': `发布时间：2023-10-20 来源：西安高新区管委会\n${REPORT}`, 'in/undated.txt': REPORT });
    expect(await runCli(['extract', 'in', '--format', 'jsonl'], m.io)).toBe(0);
    const warnings = m.err().split('\n').filter((l) => l.includes(': warning: '));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^gaoxin: in\/undated\.txt: warning: no publication date found, dates read against today \(\d{4}-\d{2}-\d{2}\)/);
    const dated = m.out().trim().split('\n').map((l) => ExtractedFileSchema.parse(JSON.parse(l))).find((f) => f.source === 'in/dated.txt');
    expect([dated?.referenceDate, dated?.referenceDateSource]).toEqual(['2023-10-20', 'dateline']);
  });
  it('does not warn when the reference date is given', async () => {
    const m = memoryIo({ 'r.txt': REPORT });
    await runCli(['extract', 'r.txt', '--reference-date', '2022-11-15'], m.io);
    expect(m.err()).toBe('');
  });
  it('writes a JSON array for several files', async () => {
    const m = memoryIo(files);
    await runCli(['extract', 'in/a.txt', 'in/sub/b.md'], m.io);
    expect((JSON.parse(m.out()) as unknown[]).length).toBe(2);
  });
  it('expands globs', async () => {
    const m = memoryIo(files);
    expect(await runCli(['extract', 'in/**/*.md', '--format', 'jsonl'], m.io)).toBe(0);
    expect(m.out().trim().split('\n')).toHaveLength(1);
  });
  it('writes CSV with a BOM, one row per figure, to --out', async () => {
    const m = memoryIo(files);
    await runCli(['extract', 'in/a.txt', 'in/sub/b.md', '--format', 'csv', '--out', 'figures.csv'], m.io);
    const csv = m.written['figures.csv'] ?? '';
    expect(csv.startsWith('\uFEFFsource,article,subject,metric,measure,direction,status,text,kind,value,min,max')).toBe(true);
    expect(csv.trim().split('\r\n')).toHaveLength(4);
    expect(csv).toContain('in/a.txt,');
    expect(csv).toContain(',约20.8亿元,money,2080000000,,,CNY,about,约,');
    expect(m.out()).toBe('');
  });
  it('writes a file name and a title that would be formulas as text (issue 10, finding 6)', async () => {
    const evil = '=HYPERLINK("http://evil","点击")';
    const m = memoryIo({ [`${evil}.txt`]: `-1+1+cmd|calc\n\n${REPORT}` });
    expect(await runCli(['extract', `${evil}.txt`, '--format', 'csv'], m.io)).toBe(0);
    const row = m.out().split('\r\n')[1] ?? '';
    expect(row.startsWith(`"'=HYPERLINK(""http://evil"",""点击"").txt",'-1+1+cmd|calc,`)).toBe(true);
  });
  it('writes Markdown tables, escaped only where Markdown needs it, values grouped', async () => {
    const m = memoryIo(files);
    await runCli(['extract', 'in/a.txt', '--format', 'md'], m.io);
    expect(m.out()).toMatch(/^## in\/a\.txt · reference date \d{4}-\d{2}-\d{2} \(today\) · region mainland\n/);
    expect(m.out()).toContain('| 2 | 约20.8亿元 | money | 2,080,000,000 | CNY | about |');
  });
  it('writes the table to fit the terminal', async () => {
    const m = memoryIo(files);
    m.io.columns = 80;
    await runCli(['extract', 'in/a.txt', '--format', 'table'], m.io);
    const lines = m.out().trimEnd().split('\n').slice(2);
    expect(Math.max(...lines.map((l) => displayWidth(l)))).toBeLessThanOrEqual(80);
    expect(lines[0]).not.toContain('span');
  });
  it.each([
    { inputs: ['empty-dir-file.txt', 'in'], message: 'gaoxin: empty-dir-file.txt: no such file\n' },
    { inputs: ['in/*.pdf'], message: 'gaoxin: in/*.pdf: no files match this pattern\n' },
  ])('reports an input that gives nothing: $inputs', async ({ inputs, message }) => {
    const m = memoryIo(files);
    expect(await runCli(['extract', ...inputs, '--format', 'jsonl'], m.io)).toBe(1);
    expect(m.err().startsWith(message)).toBe(true);
  });
  it('refuses a file above --max-size with one line', async () => {
    const m = memoryIo({ 'big.txt': '研发平台312个'.repeat(200_000) });
    expect(await runCli(['extract', 'big.txt', '--max-size', '1'], m.io)).toBe(1);
    expect(m.err()).toBe('gaoxin: big.txt: too large (3.6 MB; the limit is 1.0 MB, raise it with --max-size)\n');
  });
});

describe('gaoxin fails with one clear line, never a stack trace', () => {
  it.each([
    { argv: ['extract', 'missing.txt'], files: {}, code: 1, message: 'gaoxin: missing.txt: no such file\n' },
    { argv: ['extract', 'img.png'], files: { 'img.png': new Uint8Array([0x89, 0x50, 0, 0]) }, code: 1, message: 'gaoxin: img.png: not a text file (it contains NUL bytes)\n' },
    { argv: ['extract', 'r.txt', '--reference-date', '2022-13-40'], files: { 'r.txt': REPORT }, code: 2, message: 'gaoxin: --reference-date must be a real day written YYYY-MM-DD, got "2022-13-40"\n' },
  ])('$argv', async ({ argv, files, code, message }) => {
    const m = memoryIo(files as Record<string, Uint8Array | string>);
    expect(await runCli(argv, m.io)).toBe(code);
    if (typeof message === 'string') expect(m.err()).toBe(message);
    else expect(m.err()).toMatch(message);
  });
  it('answers bad usage with exit code 2 and one line', async () => {
    const m = memoryIo({});
    expect(await runCli(['extract'], m.io)).toBe(2);
    expect(m.err()).toBe('gaoxin: extract needs a file, a folder, a glob, or - for standard input\n');
  });
  it('answers an unknown option with the closest one, exit code 2', async () => {
    const m = memoryIo({});
    expect(await runCli(['extract', 'a.txt', '--formt', 'csv'], m.io)).toBe(2);
    expect(m.err()).toBe('gaoxin: unknown option --formt (did you mean --format?); see gaoxin --help\n');
    expect(m.out()).toBe('');
  });
  it('answers gaoxin alone with the help on stderr, exit code 2', async () => {
    const m = memoryIo({});
    expect(await runCli([], m.io)).toBe(2);
    expect(m.err()).toMatch(/^gaoxin: figures, dates and entities[\s\S]*Exit codes:/);
    expect(m.out()).toBe('');
  });
});

describe('gaoxin schema, --help and --version', () => {
  it('prints the JSON Schema of the extract output', async () => {
    const m = memoryIo({});
    expect(await runCli(['schema'], m.io)).toBe(0);
    const schema = JSON.parse(m.out()) as { title: string; required: string[] };
    expect(schema.title).toBe('Gaoxin extracted file');
    expect(schema.required).toEqual(expect.arrayContaining(['source', 'encoding', 'figures']));
  });
  it.each([
    { argv: ['--version'], expected: '9.9.9\n' },
    { argv: ['--help'], expected: /^gaoxin: figures, dates and entities of Chinese high-tech zone reports, as typed data\.\n\nUsage:\n  gaoxin extract/ },
  ])('$argv', async ({ argv, expected }) => {
    const m = memoryIo({});
    expect(await runCli(argv, m.io)).toBe(0);
    if (typeof expected === 'string') expect(m.out()).toBe(expected);
    else expect(m.out()).toMatch(expected);
  });
});

describe('gaoxin extract --jobs starts worker threads only for input enough to pay for them', () => {
  // A stand-in pool that answers nothing useful: the test only asks whether it was started.
  const files = Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`in/${i}.txt`, REPORT]));
  const runWith = async (bytesPerThread: number | undefined, jobs: string, tty = false) => {
    const m = memoryIo(files);
    const started: number[] = [];
    m.io.cores = 8;
    m.io.stderrIsTTY = tty;
    m.io.bytesPerThread = bytesPerThread;
    m.io.workers = (n) => {
      started.push(n);
      return { run: async (paths) => paths.map((source) => ({ ok: false, source, message: 'read by the stand-in pool' })), close: async () => {} };
    };
    const code = await runCli(['extract', 'in', '--format', 'jsonl', '--jobs', jobs], m.io);
    return { code, started, err: m.err(), out: m.out() };
  };
  const size = new TextEncoder().encode(REPORT).length * 4;

  it.each([
    { name: 'a small batch reads on this thread alone', perThread: undefined, jobs: '2', started: [] },
    { name: 'two workers once the input reaches the size per thread', perThread: size, jobs: '2', started: [2] },
    { name: 'no more workers than the input pays for', perThread: size / 2, jobs: '8', started: [3] },
    { name: 'every thread --jobs asks for with a size per thread of 0', perThread: 0, jobs: '4', started: [4] },
    { name: 'no worker with --jobs 1', perThread: 0, jobs: '1', started: [] },
  ])('$name', async ({ perThread, jobs, started }) => {
    const r = await runWith(perThread, jobs);
    expect(r.started).toEqual(started);
    // With workers every file goes to them (the stand-in answers each with an error line); without, this thread reads all four.
    if (started.length === 0) expect(r.out.trim().split('\n')).toHaveLength(4);
    else expect(r.err.match(/read by the stand-in pool/g)).toHaveLength(4);
  });

  it('says so on a terminal when it uses fewer threads than --jobs', async () => {
    expect((await runWith(undefined, '2', true)).err).toMatch(/gaoxin: 0\.0 MB of input, so 1 of the 2 threads --jobs allows parse \(a thread pays for its start from about 16 MB\)/);
    expect((await runWith(undefined, '2', false)).err).not.toContain('threads --jobs allows');
  });
});
