import { describe, expect, it } from 'vitest';
import { anchoredMatches, makeNextOf } from './anchored.js';

describe('makeNextOf', () => {
  it.each([
    { name: 'the nearest of the characters', text: 'a(b【c', asks: [0], expected: [1] },
    { name: 'each position asked, rising', text: 'a(b【c(', asks: [0, 2, 4, 6], expected: [1, 3, 5, -1] },
    { name: 'none left after the last', text: '(abc', asks: [0, 1], expected: [0, -1] },
    { name: 'none in a text without them', text: 'abc', asks: [0, 1, 2], expected: [-1, -1, -1] },
  ])('$name', ({ text, asks, expected }) => {
    const next = makeNextOf(text, '(【');
    expect(asks.map((from) => next(from))).toEqual(expected);
  });
});

// Each pattern with the g flag over the whole text, and the same pattern tried only where its first characters stand.
const PATTERNS = [
  { firsts: '该此这', source: '(?:该|此|这个|这家)(?:高新区|企业|公司|新区)' },
  { firsts: '“「', source: '[“「]([^“”「」\\n]{2,12})[”」]' },
  { firsts: '《', source: '《[^《》\\n]{1,100}》' },
];
const TEXTS = ['该企业与这家公司在此新区', '推出“高新贷”与「金凤凰」，“”“长', '《a《b》》《》《c\n》', '该该企业此此高新区', '', '这个'];

describe('anchoredMatches: what the pattern finds over the whole text', () => {
  it.each(PATTERNS.flatMap((p) => TEXTS.map((text) => ({ ...p, text }))))('$source in $text', ({ firsts, source, text }) => {
    const everywhere = [...text.matchAll(new RegExp(source, 'g'))].map((m) => [m.index, m[0], m[1]]);
    const anchored = anchoredMatches(text, firsts, new RegExp(source, 'y')).map((m) => [m.index, m[0], m[1]]);
    expect(anchored).toEqual(everywhere);
  });

  it('refuses a pattern that is not sticky', () => {
    expect(() => anchoredMatches('该企业', '该', /该企业/g)).toThrow(/sticky/);
  });
});
