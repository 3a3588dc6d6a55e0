import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE } from '../support/reportBatch.js';

// Each test runs the built CLI as a user would, on real files, pipes and devices: what the
// README promises about outputs, limits, interrupts and exit codes.
const cli = fileURLToPath(new URL('../../packages/core/dist/cli.js', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'gaoxin-guarantees-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const REPORT = '截至今年9月，研发平台312个，总投资约20.8亿元。\n';
const REF = ['--reference-date', '2023-10-26'];

function gaoxin(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string>; stdout?: number; timeout?: number } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cli, ...args], {
    cwd: options.cwd ?? work,
    encoding: 'utf8',
    input: options.input,
    env: { ...process.env, ...options.env },
    stdio: [options.input === undefined ? 'ignore' : 'pipe', options.stdout ?? 'pipe', 'pipe'],
    timeout: options.timeout ?? 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** A fresh folder under the work folder with the given files. */
function folder(name: string, files: Record<string, string | Buffer>): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

function expectOneLineErrors(stderr: string): void {
  expect(stderr).not.toMatch(/\n\s+at |Unhandled|node:internal|Error: /);
}

/** Files a run left beside its output: temporary files must never stay. */
function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((n) => n.includes('.gaoxin-'));
}

function mkfifo(path: string): void {
  const r = spawnSync('mkfifo', [path]);
  if (r.status !== 0) throw new Error(`mkfifo failed: ${r.stderr}`);
}

describe.skipIf(!existsSync(cli))('the built CLI keeps what the user has (skipped until `pnpm build`)', () => {
  describe('finding 1: output that cannot be written is an error, never "written to"', () => {
    it('--out /dev/full: exit 1, one line saying the device is full', () => {
      const dir = folder('full', { 'a.txt': REPORT });
      const r = gaoxin(['extract', join(dir, 'a.txt'), '--out', '/dev/full']);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('/dev/full: cannot be written: no space left on the device');
      expect(r.stderr).not.toContain('written to /dev/full');
      expectOneLineErrors(r.stderr);
    });

    it('standard output on /dev/full: exit 1, one line, no stack trace', () => {
      const dir = folder('full-stdout', { 'a.txt': REPORT, 'b.txt': REPORT });
      const fd = openSync('/dev/full', 'w');
      try {
        const r = gaoxin(['extract', dir, '--format', 'jsonl'], { stdout: fd });
        expect(r.status).toBe(1);
        expect(r.stderr).toContain('standard output: cannot be written: no space left on the device');
        expectOneLineErrors(r.stderr);
      } finally {
        closeSync(fd);
      }
    });

    it('a reader that closes the pipe early (| head -c 100): one line, no uncaught error', async () => {
      const dir = folder('head', Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`r${i}.txt`, SAMPLE])));
      const child = spawn(process.execPath, [cli, 'extract', dir, '--format', 'jsonl'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      let got = 0;
      child.stdout.on('data', (d: Buffer) => {
        got += d.length;
        if (got >= 100) child.stdout.destroy();
      });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code).toBe(1);
      expect(stderr).toContain('standard output: cannot be written: the reader closed the pipe');
      expectOneLineErrors(stderr);
    });

    it('a finished run replaces the output whole and leaves no temporary file', () => {
      const dir = folder('atomic', { 'in/a.txt': REPORT, 'results.json': '{"earlier":true}' });
      const r = gaoxin(['extract', join(dir, 'in'), ...REF, '--out', join(dir, 'results.json')]);
      expect(r.status).toBe(0);
      expect((JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as unknown[]).length).toBe(1);
      expect(leftovers(dir)).toEqual([]);
    });
  });

  describe('finding 2: --out never destroys an input or earlier results', () => {
    it('--out naming the input: exit 2 before reading, the input unchanged', () => {
      const dir = folder('same', { 'same.txt': REPORT });
      const r = gaoxin(['extract', 'same.txt', '--out', 'same.txt'], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stderr.split('\n')[0]).toBe('gaoxin: --out same.txt is also an input (same.txt); writing it would destroy what is read');
      expect(readFileSync(join(dir, 'same.txt'), 'utf8')).toBe(REPORT);
    });

    it('--out naming an input through another path (./same.txt, a link): refused too, even with --force', () => {
      const dir = folder('same-link', { 'same.txt': REPORT });
      spawnSync('ln', ['-s', 'same.txt', join(dir, 'link.txt')]);
      for (const args of [['same.txt', '--out', './same.txt'], ['link.txt', '--out', 'same.txt', '--force']]) {
        const r = gaoxin(['extract', ...args], { cwd: dir });
        expect(r.status).toBe(2);
        expect(readFileSync(join(dir, 'same.txt'), 'utf8')).toBe(REPORT);
      }
    });

    it('a run that read nothing (a typo) leaves earlier results as they were', () => {
      const dir = folder('typo', { 'results.json': '{"earlier":true}' });
      const r = gaoxin(['extract', 'typo.txt', '--out', 'results.json'], { cwd: dir });
      expect(r.status).toBe(1);
      expect(readFileSync(join(dir, 'results.json'), 'utf8')).toBe('{"earlier":true}');
      expect(r.stderr).toContain('nothing was read, so results.json left as it was');
      expect(leftovers(dir)).toEqual([]);
    });

    it('--out inside a folder being read: exit 2; with --force written, and refused once it would be read back', () => {
      const dir = folder('inside', { 'reports/a.txt': REPORT });
      const refused = gaoxin(['extract', 'reports', '--out', 'reports/out.md', '--format', 'md'], { cwd: dir });
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('is inside reports, which is being read');
      expect(existsSync(join(dir, 'reports/out.md'))).toBe(false);
      const forced = gaoxin(['extract', 'reports', '--out', 'reports/out.md', '--format', 'md', '--force'], { cwd: dir });
      expect(forced.status).toBe(0);
      const before = readFileSync(join(dir, 'reports/out.md'), 'utf8');
      const again = gaoxin(['extract', 'reports', '--out', 'reports/out.md', '--format', 'md', '--force'], { cwd: dir });
      expect(again.status).toBe(2);
      expect(again.stderr).toContain('is also an input');
      expect(readFileSync(join(dir, 'reports/out.md'), 'utf8')).toBe(before);
    });
  });

  describe('finding 4: one file never stops the run', () => {
    it('a file whose output is over the limit is its own error line; later files are read, the summary printed', () => {
      const dir = folder('too-long', { '1.txt': REPORT, '2.txt': `${'研发平台312个，投资约20.8亿元。'.repeat(2000)}`, '3.txt': REPORT });
      for (const jobs of ['1', '2']) {
        const r = gaoxin(['extract', dir, '--format', 'jsonl', '--jobs', jobs], { env: { GAOXIN_MAX_FILE_OUTPUT: '200000', GAOXIN_MB_PER_THREAD: '0' } });
        expect(r.status).toBe(1);
        expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { source: string }).source)).toEqual([join(dir, '1.txt'), join(dir, '3.txt')]);
        expect(r.stderr).toContain(`gaoxin: ${join(dir, '2.txt')}: output too large (over 200,000 characters for this file); not written`);
        expect(r.stderr.trim().split('\n').at(-1)).toBe('gaoxin: 3 files, 2 read, 4 figures, 1 error');
      }
    });

    it('a worker that dies (out of memory) fails only its file and is replaced: every queued file settles', () => {
      const files: Record<string, string> = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`${i}.txt`, REPORT]));
      files['2.txt'] = '研发平台312个，投资约20.8亿元。'.repeat(200_000);
      const dir = folder('oom', files);
      // GAOXIN_MB_PER_THREAD=0: a worker even for these few megabytes.
      const r = gaoxin(['extract', dir, '--format', 'jsonl', '--jobs', '2'], { env: { GAOXIN_WORKER_MEMORY_MB: '32', GAOXIN_MB_PER_THREAD: '0' }, timeout: 60_000 });
      expect(r.status).toBe(1);
      expect(r.stdout.trim().split('\n')).toHaveLength(5);
      expect(r.stderr).toMatch(/2\.txt: the worker reading it failed \(.*memory.*\); it was replaced/);
      expect(r.stderr.trim().split('\n').at(-1)).toBe('gaoxin: 6 files, 5 read, 10 figures, 1 error');
    });
  });

  describe('finding 5: limits hold for bytes actually read', () => {
    it('/dev/zero with --max-size 1 stops after 1 MB', () => {
      const r = gaoxin(['extract', '/dev/zero', '--max-size', '1'], { timeout: 20_000 });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('gaoxin: /dev/zero: too large (more than 1.0 MB read; the limit is 1.0 MB, raise it with --max-size)\n');
    });

    it('standard input over --max-size is refused without buffering it whole', () => {
      const r = gaoxin(['extract', '-', '--max-size', '1'], { input: Buffer.alloc(3_000_000, 0x31) });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('standard input: too large (more than 1.0 MB read');
    });

    it('a FIFO in a scanned folder is skipped, and the run ends', () => {
      const dir = folder('fifo', { 'a.txt': REPORT });
      mkfifo(join(dir, 'pipe.txt'));
      const r = gaoxin(['extract', dir, '--format', 'jsonl', ...REF], { timeout: 20_000 });
      expect(r.signal).toBeNull();
      expect(r.status).toBe(0);
      expect(r.stdout.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toBe('gaoxin: 1 file, 1 read, 2 figures, 0 errors, 1 skipped (not regular files)\n');
    });

    it('a FIFO named on the command line is read, with the limit on what arrives', async () => {
      const dir = folder('fifo-named', {});
      const fifo = join(dir, 'feed');
      mkfifo(fifo);
      const child = spawn(process.execPath, [cli, 'extract', fifo, '--max-size', '1', '--format', 'jsonl'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const writer = spawn('sh', ['-c', `head -c 3000000 /dev/zero | tr '\\0' 1 > '${fifo}'`]);
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      writer.kill();
      expect(code).toBe(1);
      expect(stderr).toContain('too large (more than 1.0 MB read');
    });
  });

  describe('finding 7: interrupts end cleanly', () => {
    const dir = folder('interrupt', Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`r${String(i).padStart(3, '0')}.txt`, SAMPLE.repeat(4)])));

    async function interrupt(args: string[], signal: NodeJS.Signals) {
      const child = spawn(process.execPath, [cli, 'extract', dir, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GAOXIN_MB_PER_THREAD: '0' } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        if (stdout.length > 0 && !child.killed) child.kill(signal);
      });
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      return { code, stdout, stderr };
    }

    it.each(['SIGINT', 'SIGTERM'] as const)('%s: a closed JSON array, the summary says interrupted, exit 130', async (signal) => {
      const r = await interrupt(['--format', 'json', '--jobs', '2'], signal);
      expect(r.code).toBe(130);
      const files = JSON.parse(r.stdout) as unknown[];
      expect(files.length).toBeLessThan(400);
      expect(r.stderr.trim().split('\n').at(-1)).toMatch(/^gaoxin: interrupted after \d+ of 400 files: 400 files, \d+ read/);
    });

    it('SIGINT with --out: the earlier output stays whole and no temporary file is left', async () => {
      const outDir = folder('interrupt-out', { 'results.json': '{"earlier":true}' });
      const child = spawn(process.execPath, [cli, 'extract', dir, '--out', join(outDir, 'results.json')], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      // Interrupt once the run is writing: its temporary file exists beside the target.
      const timer = setInterval(() => {
        if (leftovers(outDir).length > 0) {
          clearInterval(timer);
          child.kill('SIGINT');
        }
      }, 20);
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      clearInterval(timer);
      expect(code).toBe(130);
      expect(stderr).toContain('results.json left as it was');
      expect(readFileSync(join(outDir, 'results.json'), 'utf8')).toBe('{"earlier":true}');
      expect(leftovers(outDir)).toEqual([]);
    });

    it('U+2028 and U+2029 in a report stay inside their JSONL record', () => {
      const d = folder('ls', { 'a.txt': `研发平台312个\u2028投资约20.8亿元\u2029`, 'b.txt': REPORT });
      const r = gaoxin(['extract', d, '--format', 'jsonl']);
      const records = r.stdout.split(/\r\n|\r|\n|\u2028|\u2029/).filter((l) => l !== '');
      expect(records).toHaveLength(2);
      expect((JSON.parse(records[0]!) as { text: string }).text).toContain('\u2028');
    });
  });

  describe('finding 8: usage errors are found once, before any file is read', () => {
    const dir = folder('usage', Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`r${i}.txt`, REPORT])));
    it.each([
      [['--reference-date', '2022-13-01'], '--reference-date must be a real day written YYYY-MM-DD, got "2022-13-01"'],
      [['--reference-date', '9999-12-31'], '--reference-date must be a day in the years 1000 to 9998, got "9999-12-31"'],
      [['--max-size', '0'], '--max-size must be a whole number'],
      [['--jobs', 'many'], '--jobs must be a whole number'],
      [['--encoding', 'latin1'], '--encoding must be one of'],
    ])('%s: exit 2 with one line', (args, message) => {
      const r = gaoxin(['extract', dir, ...args]);
      expect(r.status).toBe(2);
      expect(r.stderr.split('\n')[0]).toContain(message);
      expect(r.stderr).not.toContain('.txt:');
      expect(r.stdout).toBe('');
    });
  });

  describe('finding 9: encodings', () => {
    const utf16le = (text: string) => Buffer.from(text, 'utf16le');
    it.each([
      { name: 'UTF-8 with one stray byte', bytes: Buffer.concat([Buffer.from('研发平台312个，'), Buffer.from([0xff]), Buffer.from('总投资约20.8亿元。')]), encoding: 'utf-8', warning: /1 byte sequence not valid utf-8, replaced by U\+FFFD/ },
      { name: 'UTF-16 LE without a BOM, all Chinese', bytes: utf16le('研发平台三百个，总投资约二十亿元。'), encoding: 'utf-16le', warning: undefined },
      { name: 'UTF-16 LE without a BOM, with ASCII', bytes: utf16le(REPORT), encoding: 'utf-16le', warning: undefined },
      { name: 'UTF-32 LE with a BOM', bytes: Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.from(new Uint32Array([...REPORT].map((c) => c.codePointAt(0)!)).buffer)]), encoding: 'utf-32le', warning: undefined },
    ])('$name is read (encoding $encoding)', ({ bytes, encoding, warning }) => {
      const dir = folder(`enc-${encoding}-${bytes.length}`, { 'r.txt': bytes });
      const r = gaoxin(['extract', join(dir, 'r.txt'), ...REF]);
      expect(r.status).toBe(0);
      const file = JSON.parse(r.stdout) as { encoding: string; figures: Array<{ text: string }> };
      expect(file.encoding).toBe(encoding);
      expect(file.figures.length).toBeGreaterThan(0);
      if (warning) expect(r.stderr).toMatch(warning);
      else expect(r.stderr).toBe('');
    });

    it('a wrong --encoding that gives replacement characters is warned about', () => {
      const dir = folder('enc-wrong', { 'r.txt': REPORT });
      const r = gaoxin(['extract', join(dir, 'r.txt'), '--encoding', 'big5']);
      expect(r.stderr).toMatch(/warning: \d+ byte sequences? not valid big5, replaced by U\+FFFD; is --encoding big5 right for this file\?/);
    });
  });

  describe('finding 10: bounded resources', () => {
    it('a glob with fourteen **/ ends in seconds', () => {
      // A deep path that does not match makes a backtracking matcher try every split of its folders.
      const deep = `${'d/'.repeat(24)}notes.txx`;
      const dir = folder('globs', { 'a/b/c/r.txt': REPORT, [deep]: 'x' });
      const t0 = Date.now();
      const r = gaoxin(['extract', `${'**/'.repeat(14)}*.txt`, '--format', 'jsonl'], { cwd: dir, timeout: 20_000 });
      expect(r.status).toBe(0);
      expect(r.stdout.trim().split('\n')).toHaveLength(1);
      expect(Date.now() - t0).toBeLessThan(10_000);
    });

    it('a file named brace{a,b}.txt is read by its name', () => {
      const dir = folder('brace', { 'brace{a,b}.txt': REPORT, 'bracea.txt': 'x' });
      const r = gaoxin(['extract', 'brace{a,b}.txt', '--format', 'jsonl'], { cwd: dir });
      expect(r.status).toBe(0);
      expect((JSON.parse(r.stdout) as { source: string }).source).toBe('brace{a,b}.txt');
    });

    it('--jobs 64 starts no more workers than there are cores', () => {
      const dir = folder('jobs', { 'a.txt': REPORT, 'b.txt': REPORT });
      const t0 = Date.now();
      const r = gaoxin(['extract', dir, '--jobs', '64', '--format', 'jsonl'], { env: { NODE_DEBUG: '', GAOXIN_MB_PER_THREAD: '0' } });
      expect(r.status).toBe(0);
      expect(r.stdout.trim().split('\n')).toHaveLength(2);
      expect(Date.now() - t0).toBeLessThan(15_000);
    });
  });
});
