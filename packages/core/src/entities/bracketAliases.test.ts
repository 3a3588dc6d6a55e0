import { describe, expect, it } from 'vitest';
import { withBracketAliases } from './bracketAliases.js';
import type { Candidate } from './candidate.js';

const spans = (text: string, names: Candidate[]) => withBracketAliases(text, names).map((c) => `${c.type}:${text.slice(c.start, c.end)}`);

describe('withBracketAliases', () => {
  it.each([
    { name: 'a bare zone and its district', text: '上半年，高新区(滨江)GDP实现增长', names: [], expected: ['zone:高新区(滨江)'] },
    { name: 'a named zone and its other name, full-width brackets', text: '青岛高新区（红岛经济区）管委会', names: [{ start: 0, end: 5, type: 'zone', source: 'lexicon' }], expected: ['zone:青岛高新区（红岛经济区）'] },
    { name: 'a campus and its city', text: '香港科技大学（广州）成立', names: [{ start: 0, end: 6, type: 'organization', source: 'suffix' }], expected: ['organization:香港科技大学（广州）'] },
    { name: 'a note in brackets is no other name', text: '高新区(试点)建设', names: [], expected: [] },
    { name: 'a name not right before the bracket is not joined', text: '香港科技大学在（广州）', names: [{ start: 0, end: 6, type: 'organization', source: 'suffix' }], expected: [] },
    { name: 'both kinds of bracket, in text order', text: '高新区（滨江）与开发区(萧山)', names: [], expected: ['zone:高新区（滨江）', 'zone:开发区(萧山)'] },
    { name: 'no bracket', text: '高新区滨江', names: [], expected: [] },
  ] as Array<{ name: string; text: string; names: Candidate[]; expected: string[] }>)('$name', ({ text, names, expected }) => {
    expect(spans(text, names)).toEqual(expected);
  });
});
