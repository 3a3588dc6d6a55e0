import { describe, expect, it } from 'vitest';
import { readAtom } from './atoms.js';
import { composeExpressions } from './compose.js';
import { scanAtoms } from './patterns.js';
import type { PlacedAtom } from './types.js';

function spans(text: string): Array<[string, string | undefined]> {
  const atoms = scanAtoms<PlacedAtom>(text, 'mainland', (raw) => {
    const atom = readAtom(raw, text);
    return atom ? { atom, start: raw.start, end: raw.end } : undefined;
  });
  return composeExpressions(atoms, text).map((e) => [text.slice(e.start, e.end), e.modifier]);
}

describe('composeExpressions', () => {
  it.each([
    ['2022年6月15日', [['2022年6月15日', undefined]]],
    ['2021年的第一周', [['2021年的第一周', undefined]]],
    ['2022年至2024年', [['2022年至2024年', undefined]]],
    ['从一月十日到十二日', [['从一月十日到十二日', undefined]]],
    ['三月和九月之间', [['三月和九月之间', undefined]]],
    ['三月和九月', [['三月', undefined], ['九月', undefined]]],
    ['今年以来', [['今年以来', 'since']]],
    ['自2018年以来', [['自2018年以来', 'since']]],
    ['自2020年全面启动建设以来', [['2020年', undefined]]],
    ['2018年以前', [['2018年以前', 'before']]],
    ['2019年4月4日或之前', [['2019年4月4日或之前', 'until']]],
    ['2009-08-29之后', [['2009-08-29之后', 'after']]],
    ['2023年起', [['2023年起', 'since']]],
    ['十日', []],
    ['二十二日', [['二十二日', undefined]]],
    ['22-28号', []],
    ['22-28日', [['22-28日', undefined]]],
    ['“十四五”以来', [['“十四五”以来', 'since']]],
    ['神龙元年十一月', []],
    ['农历十月', []],
    ['每年6月', []],
    ['《明日之后》', []],
  ])('%s', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('marks expressions inside a 《title》', () => {
    const text = '《2022年第三批名单》';
    const atoms = scanAtoms<PlacedAtom>(text, 'mainland', (raw) => {
      const atom = readAtom(raw, text);
      return atom ? { atom, start: raw.start, end: raw.end } : undefined;
    });
    expect(composeExpressions(atoms, text)[0]?.inTitle).toBe(true);
  });
});
