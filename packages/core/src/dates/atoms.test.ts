import { describe, expect, it } from 'vitest';
import { readAtom } from './atoms.js';
import { scanAtoms } from './patterns.js';
import type { Atom } from './types.js';

const atoms = (text: string): Atom[] => scanAtoms(text, 'mainland', (raw) => readAtom(raw, text));

describe('readAtom', () => {
  it.each([
    ['今年9月', [{ t: 'year', year: { kind: 'rel', offset: 0 } }, { t: 'month', month: 9 }]],
    ['去年底', [{ t: 'year', year: { kind: 'rel', offset: -1 }, part: 'last' }]],
    ['民国95年', [{ t: 'year', year: { kind: 'abs', year: 2006 } }]],
    ['08年', [{ t: 'year', year: { kind: 'yy', yy: 8 } }]],
    ['前三季度', [{ t: 'quarter', q: 3, cumulative: true }]],
    ['三季度末', [{ t: 'quarter', q: 3, cumulative: false, part: 'end' }]],
    ['上个半年', [{ t: 'relHalf', offset: -1 }]],
    ['半年前', [{ t: 'ago', n: 6, unit: 'month', sign: -1 }]],
    ['15日', [{ t: 'day', day: 15, loose: true }]],
    ['3号', [{ t: 'day', day: 3, loose: false }]],
    ['上周', [{ t: 'week', offset: -1 }]],
    ['星期天', [{ t: 'week', offset: 0, day: 7 }]],
  ])('reads %s', (text, expected) => {
    expect(atoms(text)).toEqual(expected);
  });

  it.each([
    ['a quantity of years', '有1000年历史'],
    ['years counted since', '2000年来'],
    ['a duration in days', '3日内'],
    ['a daily rate', '15日均'],
    ['a thirteenth month', '13月'],
    ['a duration in quarters', '三个季度'],
    ['a bare 周', '一周'],
    ['a weekend with nothing to pin it', '周末'],
    ['a version number', '2022.6.15.3'],
    ['a number with a unit', '2022.6万元'],
    ['a recurrence', '每月'],
  ])('rejects %s', (_name, text) => {
    expect(atoms(text).filter((a) => a.t !== 'vague')).toEqual([]);
  });
});
