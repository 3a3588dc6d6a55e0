import type { Figure } from '@gaoxin/core';
import { describe, expect, it } from 'vitest';
import { compareFigures, compareReports, comparisonMarkdown } from './compare.ts';
import { figure, reportOf } from './testFigures.ts';

const zone = '合肥高新技术产业开发区';
const pct = (text: string, value: number, extra: Record<string, unknown> = {}) =>
  figure({ text, kind: 'percent', value, unit: '%', subject: zone, metric: '规模以上工业增加值', ...extra });
const yuan = (text: string, value: number, extra: Record<string, unknown> = {}) =>
  figure({ text, kind: 'money', value, unit: 'CNY', subject: zone, metric: '技术合同成交额', ...extra });

describe('compareFigures says how an indicator changed', () => {
  it.each([
    { name: 'a growth rate, in percentage points', older: pct('9.8%', 9.8), newer: pct('12.6%', 12.6), change: '+2.8 percentage points', relative: undefined },
    { name: 'a falling rate, in points', older: pct('7.2%', 7.2), newer: pct('5%', 5), change: '−2.2 percentage points', relative: undefined },
    {
      name: 'a change in points, in points',
      older: figure({ text: '3个百分点', kind: 'percentagePoint', value: 3, unit: '个百分点' }),
      newer: figure({ text: '3.4个百分点', kind: 'percentagePoint', value: 3.4, unit: '个百分点' }),
      change: '+0.4 percentage points',
      relative: undefined,
    },
    { name: 'a level, relatively', older: yuan('约297.3亿元', 29_730_000_000), newer: yuan('约386.5亿元', 38_650_000_000), change: '+30.0%', relative: 0.3 },
    {
      name: 'a level from zero, by its difference',
      older: figure({ text: '0家', kind: 'count', value: 0, unit: '家' }),
      newer: figure({ text: '12家', kind: 'count', value: 12, unit: '家' }),
      change: '+12 家',
      relative: undefined,
    },
  ])('$name: $change', ({ older, newer, change, relative }) => {
    const c = compareFigures(older, newer);
    expect(c.change).toBe(change);
    if (relative === undefined) expect(c.relative).toBeUndefined();
    else expect(c.relative).toBeCloseTo(relative, 3);
  });
});

const pairsOf = (older: Figure[], newer: Figure[]) =>
  compareReports(reportOf(older), reportOf(newer)).pairs.map((c) => `${c.older.text} → ${c.newer.text}`);

describe('compareReports pairs only figures of the same indicator', () => {
  it.each([
    { name: 'same subject, metric and unit', older: [yuan('10亿元', 1e9)], newer: [yuan('12亿元', 1.2e9)], pairs: ['10亿元 → 12亿元'] },
    { name: 'another subject', older: [yuan('10亿元', 1e9)], newer: [yuan('12亿元', 1.2e9, { subject: '苏州工业园区' })], pairs: [] },
    { name: 'another metric (a contract value is not a GDP)', older: [yuan('10亿元', 1e9)], newer: [yuan('1856亿元', 1.856e11, { metric: '地区生产总值' })], pairs: [] },
    { name: 'no metric', older: [yuan('10亿元', 1e9, { metric: undefined })], newer: [yuan('12亿元', 1.2e9, { metric: undefined })], pairs: [] },
    { name: 'no subject', older: [yuan('10亿元', 1e9, { subject: undefined })], newer: [yuan('12亿元', 1.2e9, { subject: undefined })], pairs: [] },
    { name: 'another currency', older: [yuan('10亿元', 1e9)], newer: [yuan('2亿美元', 2e8, { unit: 'USD' })], pairs: [] },
    { name: 'a percentage and an amount of one metric', older: [pct('9.8%', 9.8)], newer: [pct('1137亿元', 1.137e11, { kind: 'money', unit: 'CNY' })], pairs: [] },
    { name: 'another measure', older: [pct('9.8%', 9.8, { measure: 'growth' })], newer: [pct('31%', 31, { measure: 'share' })], pairs: [] },
    { name: 'the same measure', older: [pct('9.8%', 9.8, { measure: 'growth' })], newer: [pct('12.6%', 12.6, { measure: 'growth' })], pairs: ['9.8% → 12.6%'] },
    { name: 'a target and an actual', older: [yuan('10亿元', 1e9)], newer: [yuan('超100亿元', 1e10, { status: 'target' })], pairs: [] },
    { name: 'no status counts as actual', older: [yuan('10亿元', 1e9)], newer: [yuan('12亿元', 1.2e9, { status: 'actual' })], pairs: ['10亿元 → 12亿元'] },
    { name: 'a range', older: [yuan('10亿元', 1e9)], newer: [yuan('3至5亿元', 3e8, { min: 3e8, max: 5e8 })], pairs: [] },
  ])('$name → $pairs', ({ older, newer, pairs }) => {
    expect(pairsOf(older, newer)).toEqual(pairs);
  });

  it('tells an indicator stated twice apart by its period as written', () => {
    const older = [pct('9.8%', 9.8, { asOf: { text: '今年前三季度' } }), pct('25%左右', 25)];
    const newer = [pct('超过30%', 30), pct('12.6%', 12.6, { asOf: { text: '今年前三季度' } })];
    expect(pairsOf(older, newer)).toEqual(['9.8% → 12.6%', '25%左右 → 超过30%']);
  });

  it('leaves out what it cannot tell apart, and says so', () => {
    const older = [pct('9.8%', 9.8), pct('25%', 25)];
    const newer = [pct('12.6%', 12.6), pct('30%', 30)];
    const result = compareReports(reportOf(older), reportOf(newer));
    expect(result.pairs).toEqual([]);
    expect(result.ambiguous.map((a) => [a.indicator, a.older.length, a.newer.length])).toEqual([[`${zone} · 规模以上工业增加值`, 2, 2]]);
  });
});

describe('comparisonMarkdown', () => {
  it('gives one row per pair with both figures as written and the change', () => {
    const md = comparisonMarkdown(compareReports(reportOf([pct('9.8%', 9.8, { measure: 'growth' })]), reportOf([pct('12.6%', 12.6, { measure: 'growth' })])));
    expect(md.split('\n')).toEqual([
      '| subject | indicator | earlier | later | change |',
      '| --- | --- | ---: | ---: | ---: |',
      `| ${zone} | 规模以上工业增加值 (growth) | 9.8% | 12.6% | +2.8 percentage points |`,
    ]);
  });
  it('keeps a pipe in the text from ending the cell', () => {
    const md = comparisonMarkdown(compareReports(reportOf([yuan('1|0亿元', 1e9)]), reportOf([yuan('12亿元', 1.2e9)])));
    expect(md).toContain('| 1\\|0亿元 |');
  });
});
