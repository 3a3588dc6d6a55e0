import { describe, expect, it } from 'vitest';
import { FigureSchema } from './figure.js';
import { NumberMentionSchema } from './numberMention.js';

const figure = { text: '300至500万元', start: 0, end: 8, kind: 'money', value: 3e6, unit: 'CNY', approx: 'exact', numberText: '300至500万', multiplier: 1e4, qualifiers: [] };
const number = { text: '二三十', start: 0, end: 3, value: 20, script: 'chinese', multiplier: 1, approx: 'about' };

describe('the range invariant: min and max both or neither', () => {
  it.each([
    ['both bounds', { min: 3e6, max: 5e6 }, true],
    ['no bound', {}, true],
    ['min alone', { min: 3e6 }, false],
    ['max alone', { max: 5e6 }, false],
  ])('a figure with %s parses: %s', (_what, bounds, ok) => {
    expect(FigureSchema.safeParse({ ...figure, ...bounds }).success).toBe(ok);
  });

  it.each([
    ['both bounds', { min: 20, max: 30 }, true],
    ['max alone', { max: 30 }, false],
  ])('a number mention with %s parses: %s', (_what, bounds, ok) => {
    expect(NumberMentionSchema.safeParse({ ...number, ...bounds }).success).toBe(ok);
  });

  it('says what is wrong and where', () => {
    const r = FigureSchema.safeParse({ ...figure, min: 1 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['max']);
    expect(r.error?.issues[0]?.message).toMatch(/both min and max/);
  });
});

describe('as-of days', () => {
  it.each([
    [{ text: '今年9月', from: '2022-09-01', to: '2022-09-30' }, true],
    [{ text: '今年9月', from: '2022-9-1' }, false],
    [{ text: '今年9月', to: 'September' }, false],
  ])('%j parses: %s', (asOf, ok) => {
    expect(FigureSchema.safeParse({ ...figure, asOf }).success).toBe(ok);
  });
});
