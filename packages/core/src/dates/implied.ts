import type { DateComponents } from '../models/dateMention.js';
import type { Resolution } from './types.js';

/**
 * A date wholly taken from the reference date: nothing stated, year, month (and day) implied.
 *
 * @example
 * refImplied(new Date(2022, 10, 15), true).implied; // { year: 2022, month: 11, day: 15 }
 */
export function refImplied(d: Date, withDay: boolean): Pick<Resolution, 'stated' | 'implied' | 'impliedFrom'> {
  const implied: DateComponents = { year: d.getFullYear(), month: d.getMonth() + 1 };
  if (withDay) implied.day = d.getDate();
  return { stated: {}, implied, impliedFrom: 'referenceDate' };
}
