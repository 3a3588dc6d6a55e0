import { isoDay } from '../knowledge/isoDay.js';
import { describe, expect, it } from 'vitest';
import { isExists } from 'date-fns';
import {
  daysInMonth,
  decadeInterval,
  halfInterval,
  makeDay,
  monthInterval,
  monthPartInterval,
  planInterval,
  quartersInterval,
  shiftYears,
  subPeriodInterval,
  weekInterval,
  yearInterval,
  yearPartInterval,
  type DayInterval,
} from './resolve.js';

const iso = (i: DayInterval | undefined): string => (i ? `${isoDay(i.from)}/${isoDay(i.to)}` : 'none');
const d = (y: number, m: number, day: number): Date => makeDay(y, m, day)!;

describe('calendar arithmetic (date-fns)', () => {
  it.each([
    ['year 2022', yearInterval(2022), '2022-01-01/2022-12-31'],
    ['February of a leap year', monthInterval(2024, 2), '2024-02-01/2024-02-29'],
    ['February of a common year', monthInterval(2023, 2), '2023-02-01/2023-02-28'],
    ['Q1–Q3', quartersInterval(2022, 1, 3), '2022-01-01/2022-09-30'],
    ['second half', halfInterval(2022, 2), '2022-07-01/2022-12-31'],
    ['年中', yearPartInterval(2022, 'mid'), '2022-06-01/2022-07-31'],
    ['下旬 of February 2024', monthPartInterval(2024, 2, 'late'), '2024-02-21/2024-02-29'],
    ['下半月 of April', monthPartInterval(2022, 4, 'secondHalf'), '2022-04-16/2022-04-30'],
    ['the 1990s', decadeInterval(1990), '1990-01-01/1999-12-31'],
    ['一五', planInterval(1), '1953-01-01/1957-12-31'],
    ['三五', planInterval(3), '1966-01-01/1970-12-31'],
    ['十四五', planInterval(14), '2021-01-01/2025-12-31'],
    ['the week of a Sunday', weekInterval(d(2022, 11, 20), 0), '2022-11-14/2022-11-20'],
    ['next weekend', weekInterval(d(2022, 11, 15), 1, 'weekend'), '2022-11-26/2022-11-27'],
    ['a year back from a leap day month', shiftYears({ from: d(2024, 1, 1), to: d(2024, 2, 29) }, -1), '2023-01-01/2023-02-28'],
    ['ISO week 1 of 2021', subPeriodInterval(yearInterval(2021), 'year', { mode: 'nth', n: 1, unit: 'week' }), '2021-01-04/2021-01-10'],
    ['last 3 ISO weeks of 2019', subPeriodInterval(yearInterval(2019), 'year', { mode: 'last', n: 3, unit: 'week' }), '2019-12-09/2019-12-29'],
    ['first week of October 2017', subPeriodInterval(monthInterval(2017, 10), 'month', { mode: 'nth', n: 1, unit: 'week' }), '2017-10-02/2017-10-08'],
    ['last Monday of April 2019', subPeriodInterval(monthInterval(2019, 4), 'month', { mode: 'last', n: 1, unit: 'week', weekday: 1 }), '2019-04-29/2019-04-29'],
    ['second Wednesday of May 2022', subPeriodInterval(monthInterval(2022, 5), 'month', { mode: 'nth', n: 2, unit: 'week', weekday: 3 }), '2022-05-11/2022-05-11'],
    ['fifth Monday of February 2022', subPeriodInterval(monthInterval(2022, 2), 'month', { mode: 'nth', n: 5, unit: 'week', weekday: 1 }), 'none'],
  ])('%s', (_name, interval, expected) => {
    expect(iso(interval)).toBe(expected);
  });

  it('makes days of years below 100 without reading them as 19xx', () => {
    expect(makeDay(705, 11, 1)!.getFullYear()).toBe(705);
    expect(isoDay(makeDay(705, 11, 1)!)).toBe('0705-11-01');
  });

  it('has no day 30 in February', () => {
    expect(makeDay(2024, 2, 30)).toBeUndefined();
  });
});

describe('makeDay and daysInMonth', () => {
  it.each([
    [2024, 2, 29],
    [2023, 2, 28],
    [1900, 2, 28],
    [2000, 2, 29],
    [2022, 4, 30],
    [2022, 12, 31],
    [2022, 13, 0],
    [2022, 0, 0],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  // Arithmetic on the common path, date-fns on the odd one: both must agree with a Date's own
  // reading of every day, month and year, including the years 0–99 isExists refuses.
  it('makes exactly the days that exist, at local midnight', () => {
    const years = [-5, 0, 50, 99, 100, 1582, 1900, 1999, 2000, 2023, 2024, 2100, 9999, 10000, 200000, 200001, 2022.5];
    for (const year of years) {
      for (let month = -1; month <= 14; month++) {
        for (let day = -1; day <= 32; day++) {
          const made = makeDay(year, month, day);
          const exists = isExists(year, month - 1, day);
          expect(made !== undefined, `${year}-${month}-${day}`).toBe(exists);
          if (made) expect([made.getFullYear(), made.getMonth() + 1, made.getDate(), made.getHours(), made.getMinutes()]).toEqual([year, month, day, 0, 0]);
        }
      }
    }
  });
});

