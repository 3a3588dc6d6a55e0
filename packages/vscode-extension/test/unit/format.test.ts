import { describe, expect, it } from 'vitest';
import { compactValue, formatChinese, formatFigureValue, formatWestern, plainValue, plural, qualifierMeaning, unitLabel } from '../../src/shared/format.js';
import { figure } from './support.js';

describe('formatWestern', () => {
  it.each([
    [2080000000, '2,080,000,000'],
    [85333.3333333, '85,333.33'],
    [12.6, '12.6'],
    [0, '0'],
  ])('%d → %s', (value, expected) => expect(formatWestern(value)).toBe(expected));
});

describe('formatChinese', () => {
  it.each([
    [2080000000, '20.8亿'],
    [135000, '13.5万'],
    [1.2e12, '1.2万亿'],
    [1373, '1373'],
    [85333.3333333, '8.5333万'],
  ])('%d → %s', (value, expected) => expect(formatChinese(value)).toBe(expected));
});

describe('formatFigureValue', () => {
  const cases = [
    { text: '约20.8亿元', f: figure({ text: '约20.8亿元', kind: 'money', value: 2080000000, unit: 'CNY', approx: 'about' }), expected: 'about 2,080,000,000 CNY (20.8亿)' },
    { text: '1500余名', f: figure({ text: '1500余名', kind: 'count', value: 1500, unit: '名', approx: 'over' }), expected: 'more than 1,500 名' },
    { text: '不足200人', f: figure({ text: '不足200人', kind: 'count', value: 200, unit: '人', approx: 'under' }), expected: 'less than 200 人' },
    { text: '12.6%', f: figure({ text: '12.6%', kind: 'percent', value: 12.6, unit: '%' }), expected: '12.6%' },
    { text: '3.4个百分点', f: figure({ text: '3.4个百分点', kind: 'percentagePoint', value: 3.4, unit: '个百分点' }), expected: '3.4 percentage points' },
    { text: '约128亩', f: figure({ text: '约128亩', kind: 'area', value: 85333.3333333, unit: 'm2', approx: 'about' }), expected: 'about 85,333.33 m² (8.5333万)' },
    {
      text: '300万至2000万元',
      f: figure({ text: '300万至2000万元', kind: 'money', value: 3e6, min: 3e6, max: 2e7, unit: 'CNY' }),
      expected: '3,000,000–20,000,000 CNY (300万–2000万)',
    },
  ];
  it.each(cases)('$text', ({ f, expected }) => expect(formatFigureValue(f)).toBe(expected));
});

describe('qualifiers and units', () => {
  it('says nothing for an exact figure', () => expect(qualifierMeaning({ approx: 'exact' })).toBeUndefined());
  it('reads 余/超 as more than', () => expect(qualifierMeaning({ approx: 'over' })).toBe('more than'));
  it('reads 不足 as less than', () => expect(qualifierMeaning({ approx: 'under' })).toBe('less than'));
  it('reads 约 as about', () => expect(qualifierMeaning({ approx: 'about' })).toBe('about'));
  it('writes m2 as m²', () => expect(unitLabel({ kind: 'area', unit: 'm2' })).toBe('m²'));
  it('keeps a count classifier', () => expect(unitLabel({ kind: 'count', unit: '家' })).toBe('家'));
});

describe('plainValue', () => {
  it('copies the plain number', () => expect(plainValue({ value: 2080000000 })).toBe('2080000000'));
  it('copies a range as min-max', () => expect(plainValue({ value: 3e6, min: 3e6, max: 2e7 })).toBe('3000000-20000000'));
});

describe('plural', () => {
  it('uses the singular for one', () => expect(plural(1, 'figure')).toBe('1 figure'));
  it('uses the given plural', () => expect(plural(2, 'entity', 'entities')).toBe('2 entities'));
  it('groups thousands', () => expect(plural(16380, 'figure')).toBe('16,380 figures'));
});

describe('compactValue', () => {
  it.each([
    ['money in 亿', figure({ text: '1856.3亿元', kind: 'money', value: 185630000000, unit: 'CNY' }), '1856.3亿元'],
    ['about', figure({ text: '约20.8亿元', kind: 'money', value: 2.08e9, unit: 'CNY', approx: 'about' }), '≈20.8亿元'],
    ['a foreign currency', figure({ text: '3亿美元', kind: 'money', value: 3e8, unit: 'USD' }), '3亿 USD'],
    ['more than a percentage', figure({ text: '超12%', kind: 'percent', value: 12, unit: '%', approx: 'over' }), '>12%'],
    ['percentage points', figure({ text: '3.4个百分点', kind: 'percentagePoint', value: 3.4 }), '3.4 pp'],
    ['a zone in km²', figure({ text: '12.5平方公里', kind: 'area', value: 12.5e6, unit: 'm2' }), '12.5 km²'],
    ['a building in m²', figure({ text: '8万平方米', kind: 'area', value: 8e4, unit: 'm2' }), '8万 m²'],
    ['a count with its classifier', figure({ text: '1373家', kind: 'count', value: 1373, unit: '家', unitText: '家' }), '1373家'],
    ['a range', figure({ text: '300至500万元', kind: 'money', value: 3e6, min: 3e6, max: 5e6, unit: 'CNY' }), '300万–500万元'],
    ['at most two decimals of the group', figure({ text: '约128亩', kind: 'area', value: 85333.3333, unit: 'm2', approx: 'about' }), '≈8.53万 m²'],
    ['less than', figure({ text: '不足200人', kind: 'count', value: 200, unit: '人', unitText: '人', approx: 'under' }), '<200人'],
  ])('%s', (_name, f, expected) => expect(compactValue(f)).toBe(expected));
});
