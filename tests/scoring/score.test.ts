import { describe, expect, it } from 'vitest';
import { accepts, placeGold, scoreMentions } from './score.js';

describe('placeGold', () => {
  it('places each mention after the previous one of the same list', () => {
    const placed = placeGold('17家 and 17家', [{ text: '17家' }, { text: '17家' }]);
    expect(placed.map((p) => p.start)).toEqual([0, 8]);
  });
  it('throws on a mention that is not in the text', () => {
    expect(() => placeGold('abc', [{ text: 'x' }])).toThrow(/not found/);
  });
});

describe('scoreMentions', () => {
  const source = '约20.8亿元 与 首个 与 7家';
  const gold = placeGold(source, [
    { text: '约20.8亿元', value: 2.08e9 },
    { text: '首个', optional: true },
    { text: '7家', value: 7 },
  ]);
  const match = (g: { value?: unknown }, p: { value: number }) => accepts(g.value, p.value);
  const at = (text: string) => ({ text, start: source.indexOf(text), end: source.indexOf(text) + text.length });

  it('credits identical spans with matching attributes', () => {
    const s = scoreMentions(gold, [
      { ...at('约20.8亿元'), value: 2.08e9 },
      { ...at('7家'), value: 7 },
    ], match);
    expect([s.truePositives, s.falsePositives, s.falseNegatives, s.f1]).toEqual([2, 0, 0, 1]);
  });
  it('counts a wrong value as a false positive and a miss', () => {
    const s = scoreMentions(gold, [{ ...at('7家'), value: 8 }], match);
    expect([s.truePositives, s.falsePositives, s.falseNegatives]).toEqual([0, 1, 2]);
  });
  it('neither credits nor penalises what overlaps an optional mention', () => {
    const s = scoreMentions(gold, [{ ...at('个'), value: 1 }], match);
    expect(s.falsePositives).toBe(0);
  });
  it('penalises a shifted span', () => {
    const s = scoreMentions(gold, [{ ...at('20.8亿元'), value: 2.08e9 }], match);
    expect(s.falsePositives).toBe(1);
  });
});

describe('accepts', () => {
  it.each([
    [['about', 'under'], 'under', true],
    [100, 100.00000001, true],
    [100, 101, false],
    [undefined, 'anything', true],
    ['CNY', 'USD', false],
  ])('accepts(%j, %j) is %s', (expected, actual, result) => {
    expect(accepts(expected, actual)).toBe(result);
  });
});
