import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The built package, as users load it: ESM import, CommonJS require and the CLI bin.
const testsDir = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(testsDir, '../packages/core/dist');
const built = existsSync(join(dist, 'index.js')) && existsSync(join(dist, 'index.cjs')) && existsSync(join(dist, 'cli.js'));
const node = (args: string[], input?: string) =>
  execFileSync(process.execPath, args, { cwd: testsDir, encoding: 'utf8', input, stdio: ['pipe', 'pipe', 'pipe'] });

describe.skipIf(!built)('the built @gaoxin/core (skipped until `pnpm build` has run)', () => {
  const script = "const r = m.parseReport('总投资约20.8亿元', { referenceDate: '2022-11-15' }); console.log(r.figures[0].value, r.figures[0].unit)";
  it('imports as ESM', () => {
    expect(node(['--input-type=module', '-e', `import * as m from '@gaoxin/core'; ${script}`]).trim()).toBe('2080000000 CNY');
  });
  it('requires as CommonJS', () => {
    expect(node(['-e', `const m = require('@gaoxin/core'); ${script}`]).trim()).toBe('2080000000 CNY');
  });
  it('runs the gaoxin CLI on standard input', () => {
    const out = node([join(dist, 'cli.js'), 'extract', '-', '--format', 'table', '--reference-date', '2022-11-15'], '引育科技型企业1373家');
    expect(out).toContain('1373家');
  });
  it('exits 1 with one line for a missing file', () => {
    let stderr = '';
    let status = 0;
    try {
      node([join(dist, 'cli.js'), 'extract', 'no-such-report.txt']);
    } catch (error) {
      const e = error as { status: number; stderr: string };
      status = e.status;
      stderr = e.stderr;
    }
    expect(status).toBe(1);
    expect(stderr).toBe('gaoxin: no-such-report.txt: no such file\n');
  });
});
