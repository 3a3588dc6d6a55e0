import { describe, expect, it } from 'vitest';
import { atomIn, ctxOf } from './cases.test-support.js';
import { DISCOUNT } from './extractors/discount.js';
import { baseDraft, normalisedUnit, toFigure, unitValue } from './draft.js';
import { matchUnit } from './units.js';

describe('unitValue: a numeral in its unit', () => {
  it.each([
    ['亩', 3, 0, 2000],
    ['成', 7, 6, 76],
    ['%', 12.5, 0, 12.5],
    ['美分', 50, 0, 0.5],
  ])('%d %s (+%d) is %d', (unit, numeral, extra, value) => {
    expect(unitValue(matchUnit(unit, 0)!, numeral, extra)).toBeCloseTo(value, 10);
  });

  it('a discount counts tenths below ten', () => {
    expect(unitValue(DISCOUNT, 8, 0)).toBe(80);
    expect(unitValue(DISCOUNT, 85, 0)).toBe(85);
  });
});

describe('normalisedUnit', () => {
  it.each([
    ['20元', '20', 'mainland', 'CNY'],
    ['20元', '20', 'taiwan', 'TWD'],
    ['20美元', '20', 'taiwan', 'USD'],
    // A sum per something is a rate: its unit as written.
    ['3万元/平方米', '3万', 'mainland', '元/平方米'],
    ['60元/m²/月', '60', 'mainland', '元/m²/月'],
    ['35微克/立方米', '35', 'mainland', '微克/立方米'],
    ['128亩', '128', 'mainland', 'm2'],
  ] as const)('%s on a %s page: %s', (text, numeral, region, unit) => {
    const ctx = ctxOf(text, region);
    expect(normalisedUnit(ctx, atomIn(ctx, numeral))).toBe(unit);
  });
});

describe('toFigure: spans into the original, the first approximation, tidy numbers', () => {
  it('maps spans through the normalisation and keeps the written numeral', () => {
    const source = '投资9.3<b>亿</b>元';
    const ctx = ctxOf(source);
    const a = atomIn(ctx, '9.3亿');
    const d = baseDraft(a, 'money', 'CNY', '元', 9.3 * 1e8);
    d.qualifiers.push({ word: '约', approx: 'about' }, { word: '以上', approx: 'over' });
    const f = toFigure(ctx, d);
    expect(f).toMatchObject({ text: '9.3<b>亿</b>元', numberText: '9.3<b>亿', value: 930000000, approx: 'about', qualifiers: ['约', '以上'] });
    expect(source.slice(f.start, f.end)).toBe(f.text);
  });

  it('a range keeps both bounds, a single number neither', () => {
    const ctx = ctxOf('300个');
    const d = baseDraft(atomIn(ctx, '300'), 'count', '个', '个', 300);
    expect(toFigure(ctx, d).min).toBeUndefined();
    d.min = 300;
    d.max = 500;
    expect(toFigure(ctx, d)).toMatchObject({ min: 300, max: 500 });
  });
});
