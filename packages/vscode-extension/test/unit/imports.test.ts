import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The extension's modules form layers: shared/ at the bottom, the feature folders (analysis,
// decorations, hover, summary, status, commands) above it, the entries (extension.ts, node.ts,
// web.ts) on top. This checks the import graph of src/ for cycles and for imports that go up.
const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : [];
  });
}

const IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'/gm;
const graph = new Map<string, string[]>();
for (const file of sources(SRC)) {
  const text = readFileSync(file, 'utf8');
  const targets = [...text.matchAll(IMPORT)].map((m) => path.resolve(path.dirname(file), (m[1] ?? '').replace(/\.js$/, '.ts')));
  graph.set(file, targets);
}
const rel = (file: string) => path.relative(SRC, file);

/** A module's layer: lower numbers may not import higher ones. */
function layer(file: string): number {
  const top = rel(file).split(path.sep)[0] ?? '';
  if (top === 'shared') return 0;
  if (top === 'analysis') return 1;
  if (['decorations', 'hover', 'status', 'problems'].includes(top)) return 2;
  if (top === 'summary') return 3;
  if (top === 'commands' || top === 'export.ts') return 4;
  return 5;
}

describe('the extension import graph', () => {
  it('resolves every relative import to a source file', () => {
    const missing = [...graph].flatMap(([from, targets]) => targets.filter((t) => !graph.has(t)).map((t) => `${rel(from)} → ${rel(t)}`));
    expect(missing).toEqual([]);
  });

  it('has no cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].map(rel).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('imports only from the same folder or a lower layer', () => {
    const upward = [...graph].flatMap(([from, targets]) =>
      targets.filter((t) => layer(t) > layer(from)).map((t) => `${rel(from)} → ${rel(t)}`),
    );
    expect(upward).toEqual([]);
  });

  it('keeps vscode out of the worker, which must run without it', () => {
    const worker = [...graph.keys()].filter((f) => rel(f).startsWith(path.join('analysis', 'worker')));
    const reach = new Set<string>();
    const walk = (f: string): void => {
      if (reach.has(f)) return;
      reach.add(f);
      for (const t of graph.get(f) ?? []) walk(t);
    };
    worker.forEach(walk);
    const withVscode = [...reach].filter((f) => /from 'vscode'/.test(readFileSync(f, 'utf8'))).map(rel);
    expect(withVscode).toEqual([]);
  });
});
