import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';
import { CRUISE_OPTIONS, boundaryRules } from './layers.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Cruises `roots` under `baseDir` with the project's rules; violations as `rule: from -> to`. */
async function cruiseIn(baseDir: string, roots: string[]): Promise<ICruiseResult> {
  const cwd = process.cwd();
  process.chdir(baseDir);
  try {
    const result = await cruise(roots, { ...CRUISE_OPTIONS, ruleSet: { forbidden: boundaryRules() } });
    if (typeof result.output === 'string') throw new Error('dependency-cruiser returned text, not a result');
    return result.output;
  } finally {
    process.chdir(cwd);
  }
}

function violations(result: ICruiseResult): string[] {
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);
}

describe('import boundaries', () => {
  it('packages/core/src and packages/vscode-extension/src have no import cycle and no upward import', async () => {
    const result = await cruiseIn(repo, ['packages/core/src', 'packages/vscode-extension/src']);
    expect(violations(result)).toEqual([]);
    // The check sees the graph only if every relative import resolves.
    const unresolved = result.modules.flatMap((m) => m.dependencies.filter((d) => d.couldNotResolve && d.module.startsWith('.')).map((d) => `${m.source} -> ${d.module}`));
    expect(unresolved).toEqual([]);
  }, 60_000);

  describe('the check fails on', () => {
    const fixture = mkdtempSync(join(tmpdir(), 'gaoxin-boundaries-'));
    afterAll(() => rmSync(fixture, { recursive: true, force: true }));
    const write = (path: string, body: string): void => {
      const full = join(fixture, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, body);
    };
    write('packages/core/src/models/a.ts', "export const a = 1;\n");
    // Upward: text/ is below figures/.
    write('packages/core/src/figures/f.ts', "import { a } from '../models/a.js';\nexport const f = a;\n");
    write('packages/core/src/text/t.ts', "import { f } from '../figures/f.js';\nexport const t = f;\n");
    // Sideways: dates/ and entities/ are one layer.
    write('packages/core/src/dates/d.ts', "import { e } from '../entities/e.js';\nexport const d = e;\n");
    write('packages/core/src/entities/e.ts', "export const e = 1;\n");
    // A cycle inside one folder.
    write('packages/vscode-extension/src/x.ts', "import { y } from './y.js';\nexport const x = (): number => y();\n");
    write('packages/vscode-extension/src/y.ts', "import { x } from './x.js';\nexport const y = (): number => x();\n");

    it.each([
      ['an upward import', 'layer-text: packages/core/src/text/t.ts -> packages/core/src/figures/f.ts'],
      ['an import between folders of one layer', 'layer-dates: packages/core/src/dates/d.ts -> packages/core/src/entities/e.ts'],
      ['a cycle', 'no-cycle: packages/vscode-extension/src/x.ts -> packages/vscode-extension/src/y.ts'],
    ])('%s', async (_what, expected) => {
      const result = await cruiseIn(fixture, ['packages/core/src', 'packages/vscode-extension/src']);
      expect(violations(result)).toContain(expected);
    }, 60_000);
  });
});
