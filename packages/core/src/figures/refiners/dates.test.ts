import { describe, expect, it } from 'vitest';
import { datesStage } from '../../dates/stage.js';
import { createRun } from '../../engine/stage.js';
import { assembleFigures } from '../assembleFigures.js';
import { ctxOf } from '../cases.test-support.js';
import { withoutDates } from './dates.js';

/** The figures of `text` left once the date digits are dropped. */
function figuresOf(text: string): string[] {
  const ctx = ctxOf(text);
  return withoutDates(assembleFigures(ctx), createRun(ctx).get(datesStage)).map((f) => f.text);
}

describe('withoutDates: a date keeps its digits', () => {
  it.each([
    ['2022年引育企业312个', ['312个']],
    ['3月新增5家', ['5家']],
    ['近日新增5家', ['5家']],
    ['3年内完成', ['3年内']],
    ['1至9月份营收增长12%', ['12%']],
  ])('%s', (text, expected) => {
    expect(figuresOf(text)).toEqual(expected);
  });

  it('with no dates, the figures are kept as they are', () => {
    const figures = assembleFigures(ctxOf('312个'));
    expect(withoutDates(figures, [])).toBe(figures);
  });
});
