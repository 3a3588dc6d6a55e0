import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const core = fileURLToPath(new URL('../../packages/core', import.meta.url));
const bin = fileURLToPath(new URL('../../node_modules/.bin', import.meta.url));
const built = existsSync(join(core, 'dist/index.js'));
const work = mkdtempSync(join(tmpdir(), 'gaoxin-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!built)('the packed @gaoxin/core tarball (skipped until `pnpm build`)', () => {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: core, encoding: 'utf8' })) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  const tarball = join(work, packed[0]!.filename);

  it('holds only the build, the schema and the docs', () => {
    const paths = packed[0]!.files.map((f) => f.path);
    expect(paths.every((p) => /^(dist\/|schema\/report\.schema\.json$|README\.md$|CHANGELOG\.md$|package\.json$)/.test(p))).toBe(true);
    expect(paths).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js', 'schema/report.schema.json']));
  });

  it('installs into a fresh project and imports both as ESM and as CommonJS', () => {
    const project = join(work, 'project');
    const target = join(project, 'node_modules/@gaoxin/core');
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
    // The runtime dependencies as the workspace resolved them: no registry needed.
    for (const dep of ['zod', 'date-fns']) symlinkSync(realpathSync(join(core, 'node_modules', dep)), join(project, 'node_modules', dep));
    writeFileSync(join(project, 'package.json'), '{"name":"consumer","private":true}');
    const check = "const r = m.parseReport('总投资约20.8亿元', { referenceDate: '2022-11-15' }); console.log(r.figures[0].value, r.figures[0].unit)";
    const esm = execFileSync(process.execPath, ['--input-type=module', '-e', `import * as m from '@gaoxin/core'; ${check}`], { cwd: project, encoding: 'utf8' });
    const cjs = execFileSync(process.execPath, ['-e', `const m = require('@gaoxin/core'); ${check}`], { cwd: project, encoding: 'utf8' });
    expect([esm.trim(), cjs.trim()]).toEqual(['2080000000 CNY', '2080000000 CNY']);
    const schema = execFileSync(process.execPath, ['-e', "console.log(require('@gaoxin/core/report.schema.json').title)"], { cwd: project, encoding: 'utf8' });
    expect(schema.trim()).toBe('Gaoxin Report');
  });

  it('passes publint', () => {
    const out = execFileSync(join(bin, 'publint'), ['--pack', 'npm', '--strict'], { cwd: core, encoding: 'utf8' });
    expect(out).not.toMatch(/Errors?:|Warnings?:/);
  });

  it('passes @arethetypeswrong/cli (ESM, CJS and bundler resolve with types)', () => {
    // attw exits non-zero on any problem (execFileSync then throws); node10 cannot see subpath exports and is ignored.
    const out = execFileSync(join(bin, 'attw'), [tarball, '--profile', 'node16', '--format', 'table-flipped'], { cwd: core, encoding: 'utf8' });
    expect(out).toContain('🟢 (ESM)');
    expect(out).toContain('🟢 (CJS)');
    expect(out.split('\n').filter((l) => l.includes('💀') && !l.includes('(ignored'))).toEqual([]);
  });
});
