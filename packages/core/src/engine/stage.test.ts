import { describe, expect, it } from 'vitest';
import { createContext } from './context.js';
import { createRun, type Stage } from './stage.js';

const ctx = createContext('研发平台312个', { referenceDate: new Date(2022, 10, 15) });

/** Stages that record the order they ran in. */
function stages(log: string[]) {
  const a: Stage<number> = { name: 'a', needs: [], run: () => (log.push('a'), 1) };
  const b: Stage<number> = { name: 'b', needs: [a], run: (_c, input) => (log.push('b'), input.get(a) + 1) };
  const c: Stage<number> = { name: 'c', needs: [a, b], run: (_c, input) => (log.push('c'), input.get(a) + input.get(b)) };
  return { a, b, c };
}

describe('a run of stages', () => {
  it.each([
    ['a stage with no needs runs alone', 'a', ['a'], 1],
    ['a stage runs its needs first', 'b', ['a', 'b'], 2],
    ['a need shared by two stages runs once', 'c', ['a', 'b', 'c'], 3],
  ] as const)('%s', (_what, target, order, value) => {
    const log: string[] = [];
    const s = stages(log);
    expect(createRun(ctx).get(s[target])).toBe(value);
    expect(log).toEqual(order);
  });

  it('keeps results: asking again runs nothing', () => {
    const log: string[] = [];
    const s = stages(log);
    const run = createRun(ctx);
    run.get(s.b);
    run.get(s.c);
    run.get(s.b);
    expect(log).toEqual(['a', 'b', 'c']);
  });

  it('gives every stage the same context', () => {
    const seen: unknown[] = [];
    const a: Stage<void> = { name: 'a', needs: [], run: (c) => void seen.push(c) };
    const b: Stage<void> = { name: 'b', needs: [a], run: (c) => void seen.push(c) };
    createRun(ctx).get(b);
    expect(seen).toEqual([ctx, ctx]);
  });

  it('refuses a stage that reads a stage it did not declare, naming both', () => {
    const a: Stage<number> = { name: 'a', needs: [], run: () => 1 };
    const sneaky: Stage<number> = { name: 'sneaky', needs: [], run: (_c, input) => input.get(a) };
    expect(() => createRun(ctx).get(sneaky)).toThrow('Stage sneaky reads stage a without declaring it');
  });

  it('refuses stages that need each other', () => {
    const needs: Array<Stage<unknown>> = [];
    const loop: Stage<number> = { name: 'loop', needs, run: () => 1 };
    needs.push(loop);
    expect(() => createRun(ctx).get(loop)).toThrow('Stage loop needs itself');
  });
});
