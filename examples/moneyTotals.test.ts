import { describe, expect, it } from 'vitest';
import { leftOutBecause, moneyTotals } from './moneyTotals.mjs';
import { figure } from './testFigures.ts';

const zone = '合肥高新技术产业开发区';
const money = (text: string, value: number, extra: Record<string, unknown> = {}) => figure({ text, kind: 'money', value, unit: 'CNY', subject: zone, ...extra });

describe('leftOutBecause keeps out of a total what is not one actual amount', () => {
  it.each([
    { figure: money('26.7亿元', 2.67e9), reason: undefined },
    { figure: money('约45亿元', 4.5e9, { approx: 'about' }), reason: undefined },
    { figure: money('12亿元', 1.2e9, { status: 'actual' }), reason: undefined },
    { figure: money('超100亿元', 1e10, { status: 'target' }), reason: 'a target, not an actual' },
    { figure: money('300万至2000万元', 3e6, { min: 3e6, max: 2e7 }), reason: 'a range, not one amount' },
    { figure: money('超100亿元', 1e10, { approx: 'over' }), reason: 'a bound (超/不足), not an amount' },
    { figure: figure({ text: '58家', kind: 'count', value: 58, unit: '家' }), reason: 'not money' },
  ])('$figure.text → $reason', ({ figure: f, reason }) => {
    expect(leftOutBecause(f)).toBe(reason);
  });
});

describe('moneyTotals adds money up only within one subject and one currency', () => {
  it('never mixes currencies', () => {
    const totals = moneyTotals([money('10亿元', 1e9), money('2亿美元', 2e8, { unit: 'USD' }), money('5亿元', 5e8), money('1.5兆元', 1.5e12, { unit: 'TWD' })]);
    expect(totals.map((t) => [t.currency, t.total, t.figures.length])).toEqual([
      ['CNY', 1.5e9, 2],
      ['USD', 2e8, 1],
      ['TWD', 1.5e12, 1],
    ]);
  });
  it('never adds one zone’s money to another’s', () => {
    const totals = moneyTotals([money('10亿元', 1e9), money('1350亿元', 1.35e11, { subject: '苏州工业园区' })]);
    expect(totals.map((t) => [t.subject, t.total])).toEqual([
      [zone, 1e9],
      ['苏州工业园区', 1.35e11],
    ]);
  });
  it('leaves out targets, ranges and bounds', () => {
    const totals = moneyTotals([
      money('10亿元', 1e9),
      money('超100亿元', 1e10, { status: 'target' }),
      money('300万至2000万元', 3e6, { min: 3e6, max: 2e7 }),
      money('超5亿元', 5e8, { approx: 'over' }),
    ]);
    expect(totals.map((t) => t.total)).toEqual([1e9]);
  });
});
