/**
 * Calendar arithmetic for resolved dates, all through date-fns: month lengths, leap years and
 * ISO weeks are its business, never ours. Every interval is a pair of local-midnight days,
 * both inclusive.
 */
import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  differenceInCalendarDays,
  endOfMonth,
  endOfQuarter,
  endOfWeek,
  endOfYear,
  getISODay,
  getISOWeeksInYear,
  isExists,
  startOfISOWeekYear,
  startOfMonth,
  startOfQuarter,
  startOfWeek,
} from 'date-fns';
import type { MonthPart, SubPeriod, YearPart } from './types.js';
import { isoDay } from '../knowledge/isoDay.js';

/** An inclusive interval of local-midnight days. */
export interface DayInterval {
  from: Date;
  to: Date;
}

// Weeks run Monday to Sunday, as Chinese calendars print them (周一 … 周日).
const WEEK = { weekStartsOn: 1 } as const;

/**
 * The local-midnight day `year-month-day` (month 1–12), any year, or undefined when the day
 * does not exist (2月30日, 2019年2月29日). `new Date(y, …)` would read years 0–99 as 19xx, so
 * the year is set with `setFullYear`.
 *
 * @example
 * makeDay(2024, 2, 29); // 2024-02-29
 * makeDay(2023, 2, 29); // undefined
 */
export function makeDay(year: number, month: number, day: number): Date | undefined {
  // The common case by arithmetic, one Date built; odd input (years 0–99, which date-fns's
  // isExists refuses, fractions, years past the Date range) takes date-fns's way, as before.
  if (Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && year >= 100 && year <= 200000) {
    return day >= 1 && day <= daysInMonth(year, month) ? new Date(year, month - 1, day) : undefined;
  }
  if (!isExists(year, month - 1, day)) return undefined;
  const d = new Date(2000, 0, 1);
  d.setFullYear(year, month - 1, day);
  return d;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The number of days of a month (1–12) of the Gregorian calendar; 0 for a month that is none.
 *
 * @example
 * daysInMonth(2024, 2); // 29
 * daysInMonth(1900, 2); // 28
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return MONTH_DAYS[month - 1] ?? 0;
}

function firstOfMonth(year: number, month: number): Date {
  return makeDay(year, month, 1)!;
}

// A month's last day; where the year is one makeDay refuses, date-fns's reading of it, as before.
function lastOfMonth(year: number, month: number): Date {
  return makeDay(year, month, daysInMonth(year, month)) ?? startOfDayOf(endOfMonth(firstOfMonth(year, month)));
}

/**
 * A whole calendar year.
 *
 * @example yearInterval(2022); // 2022-01-01 – 2022-12-31
 */
export function yearInterval(year: number): DayInterval {
  const from = firstOfMonth(year, 1);
  return { from, to: makeDay(year, 12, 31) ?? startOfDayOf(endOfYear(from)) };
}

/**
 * From the first day of one month to the last day of another (month 1–12).
 *
 * @example monthsInterval(2022, 1, 2022, 9); // 2022-01-01 – 2022-09-30
 */
export function monthsInterval(year: number, month: number, toYear: number, toMonth: number): DayInterval {
  return { from: firstOfMonth(year, month), to: lastOfMonth(toYear, toMonth) };
}

/**
 * A whole month; its length is date-fns's business.
 *
 * @example monthInterval(2022, 2); // 2022-02-01 – 2022-02-28
 */
export function monthInterval(year: number, month: number): DayInterval {
  return monthsInterval(year, month, year, month);
}

/**
 * From the first day of quarter `q` to the last day of quarter `toQ` (1–4) of one year.
 *
 * @example quartersInterval(2022, 1, 3); // 2022-01-01 – 2022-09-30
 */
export function quartersInterval(year: number, q: number, toQ: number): DayInterval {
  if (q >= 1 && q <= 4 && toQ >= 1 && toQ <= 4) {
    const first = makeDay(year, q * 3 - 2, 1);
    if (first) return { from: first, to: lastOfMonth(year, toQ * 3) };
  }
  const from = startOfQuarter(firstOfMonth(year, q * 3 - 2));
  return { from, to: startOfDayOf(endOfQuarter(firstOfMonth(year, toQ * 3 - 2))) };
}

/**
 * The first (January–June) or second (July–December) half of a year.
 *
 * @example halfInterval(2022, 2); // 2022-07-01 – 2022-12-31
 */
export function halfInterval(year: number, half: 1 | 2): DayInterval {
  return half === 1 ? monthsInterval(year, 1, year, 6) : monthsInterval(year, 7, year, 12);
}

/**
 * The stretch of a year a part names: 年初 January, 年中 June–July, 年终 December, 年底 its last
 * day, 年内 all of it.
 *
 * @example
 * yearPartInterval(2022, 'end'); // 2022-12-01 – 2022-12-31
 * yearPartInterval(2022, 'last'); // 2022-12-31 – 2022-12-31
 */
export function yearPartInterval(year: number, part: YearPart): DayInterval {
  if (part === 'start') return monthInterval(year, 1);
  if (part === 'mid') return monthsInterval(year, 6, year, 7);
  if (part === 'end') return monthInterval(year, 12);
  if (part === 'last') {
    const last = makeDay(year, 12, 31)!;
    return { from: last, to: last };
  }
  return yearInterval(year);
}

/**
 * The stretch of a month a part names: early (上旬, 月初) 1–10, mid 11–20, late (下旬) 21 to
 * the last day, last (月底, 月末) the last day alone, 上半月 1–15, 下半月 16 to the last day.
 *
 * @example
 * monthPartInterval(2022, 9, 'late'); // 2022-09-21 – 2022-09-30
 */
export function monthPartInterval(year: number, month: number, part: MonthPart): DayInterval {
  const whole = monthInterval(year, month);
  const day = (d: number): Date => makeDay(year, month, d)!;
  switch (part) {
    case 'early':
      return { from: whole.from, to: day(10) };
    case 'mid':
      return { from: day(11), to: day(20) };
    case 'late':
      return { from: day(21), to: whole.to };
    case 'last':
      return { from: whole.to, to: whole.to };
    case 'firstHalf':
      return { from: whole.from, to: day(15) };
    default:
      return { from: day(16), to: whole.to };
  }
}

/**
 * The ten years from `firstYear` (1990 → 1990–1999), as people count decades.
 *
 * @example decadeInterval(1990); // 1990-01-01 – 1999-12-31
 */
export function decadeInterval(firstYear: number): DayInterval {
  return { from: firstOfMonth(firstYear, 1), to: yearInterval(firstYear + 9).to };
}

/**
 * The five-year plan numbered `n` (一五 … 十四五, 十五五): 一五 1953–57, 二五 1958–62, then from
 * 三五 (1966–70) every five years without a gap (the 1963–65 adjustment years had no plan).
 *
 * @example
 * planInterval(14); // 2021-01-01 – 2025-12-31
 */
export function planInterval(n: number): DayInterval {
  const first = n === 1 ? 1953 : n === 2 ? 1958 : 1966 + 5 * (n - 3);
  return { from: firstOfMonth(first, 1), to: yearInterval(first + 4).to };
}

/**
 * The week `offset` weeks from the reference date's, Monday to Sunday; or one day of it
 * (1 Monday … 7 Sunday); or its weekend.
 *
 * @example
 * weekInterval(makeDay(2024, 11, 15)!, 2, 7); // 2024-12-01 – 2024-12-01 (下下周日)
 */
export function weekInterval(ref: Date, offset: number, day?: number | 'weekend'): DayInterval {
  const monday = startOfWeek(addWeeks(ref, offset), WEEK);
  if (day === undefined) return { from: monday, to: startOfDayOf(endOfWeek(monday, WEEK)) };
  if (day === 'weekend') return { from: addDays(monday, 5), to: addDays(monday, 6) };
  const d = addDays(monday, day - 1);
  return { from: d, to: d };
}

/**
 * The reference day moved by whole years, months, weeks or days (N年前, 三天后).
 *
 * @example shiftDay(makeDay(2022, 11, 15)!, -1, 'year'); // 2021-11-15
 */
export function shiftDay(ref: Date, n: number, unit: 'year' | 'month' | 'week' | 'day'): Date {
  if (unit === 'year') return addYears(ref, n);
  if (unit === 'month') return addMonths(ref, n);
  if (unit === 'week') return addWeeks(ref, n);
  return addDays(ref, n);
}

/**
 * An interval moved by whole years; a `to` that was a month's last day stays one
 * (2024-02-29 a year back is 2023-02-28).
 *
 * @example
 * shiftYears({ from: makeDay(2022, 1, 1)!, to: makeDay(2022, 9, 30)! }, -1); // 2021-01-01 – 2021-09-30
 */
export function shiftYears(i: DayInterval, years: number): DayInterval {
  const monthEnd = isoDay(startOfDayOf(endOfMonth(i.to))) === isoDay(i.to);
  const to = monthEnd ? startOfDayOf(endOfMonth(addYears(startOfMonth(i.to), years))) : addYears(i.to, years);
  return { from: addYears(i.from, years), to };
}

/**
 * A part of a year or month counted in weeks, months or days: 第一周 (ISO week 1),
 * 前2周, 最后4个月, 前10天. Weeks of a year are ISO weeks; the weeks of a month start on
 * its first Monday.
 *
 * @example
 * subPeriodInterval({ from: makeDay(2021, 1, 1)!, to: makeDay(2021, 12, 31)! }, 'year', { mode: 'nth', n: 1, unit: 'week' });
 * // 2021-01-04 – 2021-01-10
 */
export function subPeriodInterval(outer: DayInterval, scope: 'year' | 'month', sub: SubPeriod): DayInterval | undefined {
  const { mode, n, unit } = sub;
  if (sub.weekday !== undefined) return weekdayOfMonth(outer, scope, sub.weekday, mode === 'last' ? -n : n);
  if (unit === 'month') {
    if (scope !== 'year' || n > 12) return undefined;
    const y = outer.from.getFullYear();
    if (mode === 'nth') return monthInterval(y, n);
    if (mode === 'first') return monthsInterval(y, 1, y, n);
    return monthsInterval(y, 13 - n, y, 12);
  }
  if (unit === 'day') {
    const from = mode === 'last' ? addDays(outer.to, 1 - n) : mode === 'first' ? outer.from : addDays(outer.from, n - 1);
    const to = mode === 'first' ? addDays(outer.from, n - 1) : mode === 'last' ? outer.to : from;
    return from >= outer.from && to <= outer.to ? { from, to } : undefined;
  }
  let firstMonday: Date;
  let weeks: number;
  if (scope === 'year') {
    const mid = addMonths(outer.from, 6);
    firstMonday = startOfISOWeekYear(mid);
    weeks = getISOWeeksInYear(mid);
  } else {
    const m = startOfWeek(outer.from, WEEK);
    firstMonday = m < outer.from ? addWeeks(m, 1) : m;
    weeks = Math.floor(differenceInCalendarDays(outer.to, firstMonday) / 7) + 1;
  }
  if (n > weeks) return undefined;
  const fromWeek = mode === 'last' ? weeks - n : mode === 'first' ? 0 : n - 1;
  const toWeek = mode === 'nth' ? n - 1 : mode === 'first' ? n - 1 : weeks - 1;
  const from = addWeeks(firstMonday, fromWeek);
  return { from, to: addDays(addWeeks(firstMonday, toWeek), 6) };
}

// The n-th (n < 0: from the end) given weekday of a month: 四月的最后一个星期一.
function weekdayOfMonth(outer: DayInterval, scope: 'year' | 'month', weekday: number, n: number): DayInterval | undefined {
  if (scope !== 'month' || n === 0) return undefined;
  const anchor = n > 0 ? outer.from : outer.to;
  const step = n > 0 ? 1 : -1;
  const gap = (step * (weekday - getISODay(anchor)) + 7) % 7;
  const d = addDays(anchor, step * (gap + 7 * (Math.abs(n) - 1)));
  return d >= outer.from && d <= outer.to ? { from: d, to: d } : undefined;
}

// date-fns's endOf* return 23:59:59.999; an interval is of days, so take the day itself.
function startOfDayOf(d: Date): Date {
  const out = new Date(d.getTime());
  out.setHours(0, 0, 0, 0);
  return out;
}
