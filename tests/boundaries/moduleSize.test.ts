import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A module over 400 lines has grown more than one job; split it where the jobs part.
const MAX_LINES = 400;
const ROOTS = ['../../packages/core/src', '../../packages/vscode-extension/src'].map((p) => fileURLToPath(new URL(p, import.meta.url)));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : [];
  });
}

describe('module size', () => {
  it(`keeps every source module at ${MAX_LINES} lines or fewer`, () => {
    const files = ROOTS.flatMap(sources);
    expect(files.length).toBeGreaterThan(50);
    const over = files.map((f) => [f, readFileSync(f, 'utf8').split('\n').length - 1] as const).filter(([, n]) => n > MAX_LINES);
    expect(over.map(([f, n]) => `${f}: ${n} lines`)).toEqual([]);
  });
});
