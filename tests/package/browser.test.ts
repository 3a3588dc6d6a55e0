import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../../packages/core/src/index.ts', import.meta.url));

describe('the core in a browser bundle', () => {
  it('bundles for the browser platform with no Node built-ins and runs in a bare context', async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'Gaoxin',
      write: false,
      logLevel: 'silent',
      conditions: ['@gaoxin/source'],
    });
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/require\(["']node:|require\(["'](fs|path|worker_threads)["']\)/);
    // Only what a browser page has: no process, no require, no Buffer.
    const context: Record<string, unknown> = { TextDecoder, Intl, console, Date, Math, JSON };
    runInNewContext(`${code}\nthis.result = Gaoxin.parseReport('截至今年9月，引育科技型企业1373家。', { referenceDate: '2022-11-15' });`, context);
    const report = context.result as { figures: Array<{ text: string; value: number }> };
    expect(report.figures.map((f) => [f.text, f.value])).toEqual([['1373家', 1373]]);
  });
});
