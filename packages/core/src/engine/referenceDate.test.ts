import { describe, expect, it } from 'vitest';
import { resolveReferenceDate } from './referenceDate.js';

const OPTION = new Date(2022, 10, 15);
const DATELINE = new Date(2021, 5, 1);
const NOW = () => new Date(2024, 2, 9, 17, 45);

describe('the reference date: option, else dateline, else today', () => {
  it.each([
    ['an option wins over a dateline', OPTION, DATELINE, OPTION, 'option'],
    ['a dateline when there is no option', undefined, DATELINE, DATELINE, 'dateline'],
    ['today, at local midnight, when there is neither', undefined, undefined, new Date(2024, 2, 9), 'today'],
  ] as const)('%s', (_what, option, dateline, date, source) => {
    const got = resolveReferenceDate('text', option, () => dateline, NOW);
    expect(got).toEqual({ date, source });
  });

  it('reads no dateline when the option is given', () => {
    let read = 0;
    resolveReferenceDate('text', OPTION, () => (read++, DATELINE), NOW);
    expect(read).toBe(0);
  });
});
