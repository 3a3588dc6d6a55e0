import { describe, expect, it } from 'vitest';
import { matchPrefixes } from './matchPrefixes.js';

const sorted = (source: string): string[] => [...matchPrefixes(source)].sort();

describe('matchPrefixes', () => {
  it.each([
    ['a literal', '上半月', ['上半']],
    ['an alternation', '上|下半', ['上', '下半']],
    ['a class with a range', '[1-3]月', ['1月', '2月', '3月']],
    ['an optional piece', '周(?<d>[一二])?', ['周', '周一', '周二']],
    ['a lookbehind, taken to pass', '(?<![一])(?:上|下)半月', ['上半', '下半']],
    ['a lookahead, taken to pass', '中(?=[，。])', ['中']],
    ['a negative lookahead, taken to pass', '初(?!步)', ['初']],
    ['an empty match', '(?:ab)?c*', ['', 'ab', 'c', 'cc']],
    ['a count above two', 'a{3,5}b', ['aa']],
    ['a count from zero', 'x{0,2}y', ['xx', 'xy', 'y']],
    ['one or more', 'x+', ['x', 'xx']],
    ['\\s in a class', '[\\s]', [...'\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'].sort()],
    ['an escaped point', '\\.5', ['.5']],
    ['anchors match nothing', '^年$', ['年']],
    ['a lazy quantifier', 'ab??', ['a', 'ab']],
  ])('reads %s', (_name, source, expected) => {
    expect(sorted(source)).toEqual(expected);
  });

  it.each([
    ['any character', 'a.b'],
    ['a negated class', '[^a]b'],
    ['a backreference', '(a)\\1'],
    ['an unclosed group', '(ab'],
    ['an unclosed class', '[ab'],
    ['a stray )', 'ab)'],
  ])('refuses %s, which it cannot bound', (_name, source) => {
    expect(() => matchPrefixes(source)).toThrow(/matchPrefixes/);
  });

  // Every match's opening must be among the prefixes read from the source.
  it.each([
    ['十[一二]?五(?=规划)', ['十五规划', '十一五规划', '十二五规划']],
    ['(?<y>[12][0-9]{3})[ ]?年', ['2022年', '1999 年']],
    ['(?:上上|下下|上一?|下一?|本)?(?:个|個)?(?:周|週)(?<wd>[一二三])?', ['上周', '周', '上一个周三', '本周一', '週']],
  ])('covers the real matches of %s', (source, texts) => {
    const prefixes = matchPrefixes(source);
    const re = new RegExp(`^(?:${source})`);
    for (const t of texts) {
      const m = re.exec(t);
      expect(m, t).not.toBeNull();
      expect(prefixes.has(m![0].slice(0, 2)), t).toBe(true);
    }
  });
});
