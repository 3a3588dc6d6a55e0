import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidate.js';
import { findAliases, resolveBackReferences, shortNames } from './coreference.js';

describe('shortNames', () => {
  it.each([
    { name: '湖南星澜新材料科技有限公司', type: 'organization' as const, expected: ['星澜新材料科技', '星澜新材料'] },
    { name: '北辰天工数值计算通用软件', type: 'work' as const, expected: ['北辰天工'] },
    { name: '威高集团', type: 'organization' as const, expected: [] },
    { name: '金凤实验室', type: 'organization' as const, expected: [] },
  ])('$name', ({ name, type, expected }) => {
    expect(shortNames(name, type)).toEqual(expected);
  });
});

describe('findAliases', () => {
  it('finds a short name after its full name only', () => {
    const text = '星澜新材料A。湖南星澜新材料科技有限公司B。星澜新材料C。';
    const at = text.indexOf('湖南');
    const full: Candidate = { start: at, end: at + 13, type: 'organization', source: 'suffix' };
    expect(text.slice(full.start, full.end)).toBe('湖南星澜新材料科技有限公司');
    const aliases = findAliases(text, [full]).filter((a) => a.start >= full.end);
    expect(aliases.map((a) => [text.slice(a.start, a.end), a.canonical])).toEqual([['星澜新材料', '湖南星澜新材料科技有限公司']]);
  });
});

describe('resolveBackReferences', () => {
  const text = '甲高新区乙实验室该高新区该实验室该企业';
  const names: Candidate[] = [
    { start: 0, end: 4, type: 'zone', source: 'lexicon' },
    { start: 4, end: 8, type: 'organization', source: 'suffix' },
  ];
  const refs: Candidate[] = [
    { start: 8, end: 12, type: 'zone', source: 'backref', head: '高新区' },
    { start: 12, end: 16, type: 'organization', source: 'backref', head: '实验室' },
    { start: 16, end: 19, type: 'organization', source: 'backref', head: '企业' },
  ];
  it('resolves each to the latest name of its kind and drops the unresolved', () => {
    expect(resolveBackReferences(text, refs, names).map((r) => [text.slice(r.start, r.end), r.refersTo])).toEqual([
      ['该高新区', '甲高新区'],
      ['该实验室', '乙实验室'],
    ]);
  });
});
