import { describe, expect, it } from 'vitest';
import { entityDisplayName } from './displayName.js';

describe("an entity's display name: part-of, else canonical, else what it refers to, else the text", () => {
  const base = { text: '该区', start: 0, end: 2, type: 'zone' } as const;
  it.each([
    [{}, '该区'],
    [{ refersTo: '无锡高新区' }, '无锡高新区'],
    [{ refersTo: '无锡高新区', canonical: '无锡国家高新区' }, '无锡国家高新区'],
    [{ refersTo: '无锡高新区', canonical: '无锡国家高新区', partOf: '西部(重庆)科学城' }, '西部(重庆)科学城'],
  ])('%j → %s', (extra, expected) => {
    expect(entityDisplayName({ ...base, ...extra })).toBe(expected);
  });
});
