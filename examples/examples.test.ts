import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const built = existsSync(join(here, '../packages/core/dist/index.js'));

describe.skipIf(!built)('examples run (skipped until `pnpm build` has run)', () => {
  it('figures-table.mjs prints the sample report’s figures', () => {
    const out = execFileSync(process.execPath, ['figures-table.mjs'], { cwd: here, encoding: 'utf8' });
    expect(out).toContain('约386.5亿元');
    expect(out).toMatch(/\d+ figures; money mentioned in all: [\d,]+ CNY/);
  });
});
