import { describe, expect, it } from 'vitest';
import { extractDates } from '../api/extractDates.js';

describe('the dates stage', () => {
  it.each([
    ['a date past year 9999 is dropped', '一百年后', '9998-06-01', []],
    ['its own year is kept', '今年', '9998-06-01', ['9998-01-01/9998-12-31']],
    ['a year ahead of it is kept while it has four digits', '明年', '9998-06-01', ['9999-01-01/9999-12-31']],
    ['a year past 9999 is dropped', '后年', '9998-06-01', []],
    ['an ordinary date is kept', '2022年6月', '2022-11-15', ['2022-06-01/2022-06-30']],
  ])('%s', (_name, text, referenceDate, expected) => {
    expect(extractDates(text, { referenceDate }).map((d) => `${d.from}/${d.to}`)).toEqual(expected);
  });
});
