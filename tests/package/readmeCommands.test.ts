import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The README's `gaoxin` commands, pasted as written from the repository root. `pnpm exec`
// runs the bin the workspace links into node_modules/.bin, so the lines run that same bin;
// one test goes through pnpm itself, from the root and from a package.
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bin = join(root, 'node_modules/.bin/gaoxin');
const built = existsSync(join(root, 'packages/core/dist/cli.js'));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## The `gaoxin` command'));
const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
const commands = block
  .split('\n')
  .map((line) => line.replace(/\s+#\s.*$/, '').trim())
  .filter((line) => line.length > 0);

describe('the README’s gaoxin commands', () => {
  it('are all `pnpm exec gaoxin …`, so they run inside the workspace', () => {
    expect(commands.length).toBeGreaterThan(0);
    for (const c of commands) expect(c).toMatch(/(^|\| )pnpm exec gaoxin /);
  });
});

describe.skipIf(!built || !existsSync(bin))('the README’s gaoxin commands, run from the root (after the quick start)', () => {
  it.each(commands)('%s', (command) => {
    const out = mkdtempSync(join(tmpdir(), 'gaoxin-readme-'));
    try {
      // Files the command writes go to a folder of the test's own, never over a file in the checkout.
      const line = command.replace(/--out (\S+)/g, (_, name: string) => `--out ${join(out, name)}`).replaceAll('pnpm exec gaoxin', `"${bin}"`);
      const stdout = execFileSync('sh', ['-c', line], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      const written = /--out (\S+)/.exec(command)?.[1];
      if (written) expect(readFileSync(join(out, written), 'utf8').length).toBeGreaterThan(0);
      else expect(stdout.length).toBeGreaterThan(0);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it.each(['.', 'packages/core'])('`pnpm exec gaoxin` is a command in %s', (dir) => {
    const version = execFileSync('npx', ['-y', 'pnpm@12.4.2', 'exec', 'gaoxin', '--version'], { cwd: join(root, dir), encoding: 'utf8' });
    expect(version.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
