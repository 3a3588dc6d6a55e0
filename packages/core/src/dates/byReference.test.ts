import { describe, expect, it } from 'vitest';
import { resolveByReference } from './byReference.js';
import { isoDay } from '../knowledge/isoDay.js';
import type { Atom } from './types.js';

const REF = new Date(2022, 10, 15);

describe('dates that need only the reference date', () => {
  it.each<[string, Atom, string, string | undefined, string | undefined]>([
    ['“十四五” is its five years', { t: 'plan', n: 14 }, 'range', '2021-01-01', '2025-12-31'],
    ['十四五末 is the last day', { t: 'plan', n: 14, end: true }, 'day', '2025-12-31', '2025-12-31'],
    ['近三年 ends at the reference date', { t: 'recent', n: 3, unit: 'year' }, 'range', '2019-11-16', '2022-11-15'],
    ['a vague word has no days', { t: 'vague' }, 'vague', undefined, undefined],
  ])('%s', (_name, atom, grain, from, to) => {
    const r = resolveByReference(atom, REF);
    expect(r?.grain).toBe(grain);
    expect(r?.from && isoDay(r.from)).toBe(from);
    expect(r?.to && isoDay(r.to)).toBe(to);
  });

  it('leaves atoms that need the passage to the resolver', () => {
    expect(resolveByReference({ t: 'relDay', offset: 1, ctx: true }, REF)).toBeUndefined();
  });
});
