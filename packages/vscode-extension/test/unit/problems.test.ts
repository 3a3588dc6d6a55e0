import { parseReport } from '@gaoxin/core';
import { describe, expect, it } from 'vitest';
import { consistencyProblems } from '../../src/shared/problems.js';

const REF = { referenceDate: '2024-01-15' };

describe('consistency findings become Problems-panel entries', () => {
  it.each([
    {
      name: 'a conflict sits on the first value, with the other as a related place',
      text: '2023年，合肥高新区实现营业收入1200亿元。2023年，合肥高新区实现营业收入1300亿元。',
      want: [{ at: '1200亿元', message: /营业收入 of .*stated with different values: 1200亿元, 1300亿元/, related: ['1300亿元'] }],
    },
    {
      name: 'a share over 100% sits on itself',
      text: '合肥高新区研发投入占比120%。',
      want: [{ at: '120%', message: /120% is a share over 100%/, related: [] }],
    },
    { name: 'consistent figures give nothing', text: '2023年，合肥高新区实现营业收入1200亿元，同比增长12%。', want: [] },
  ])('$name', ({ text, want }) => {
    const problems = consistencyProblems(parseReport(text, REF));
    expect(problems.map((p) => text.slice(p.start, p.end))).toEqual(want.map((w) => w.at));
    problems.forEach((p, i) => {
      expect(p.message).toMatch(want[i]!.message);
      expect(p.related.map((r) => text.slice(r.start, r.end))).toEqual(want[i]!.related);
    });
  });

  it('stops at the maximum it is given', () => {
    const text = Array.from({ length: 5 }, (_, i) => `合肥高新区第${i}项研发投入占比1${i}0%。`).join('');
    expect(consistencyProblems(parseReport(text, REF), 2)).toHaveLength(2);
  });
});
