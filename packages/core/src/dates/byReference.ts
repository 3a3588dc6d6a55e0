/**
 * Dates that need no passage: a plan period, a span back from the reference date, a fiscal year,
 * a decade, a week, a count of days ago. They depend on the reference date alone, so they
 * resolve the same wherever they stand.
 */
import { addDays } from 'date-fns';
import { decadeInterval, monthsInterval, planInterval, shiftDay, weekInterval } from './resolve.js';
import type { Atom, Resolution } from './types.js';
import { refImplied } from './implied.js';

/**
 * Resolves an atom that depends on the reference date alone; undefined for any other atom.
 *
 * @example
 * resolveByReference({ t: 'plan', n: 14 }, new Date(2022, 10, 15))?.grain; // 'range' (2021–2025)
 */
export function resolveByReference(atom: Atom, ref: Date): Resolution | undefined {
  const refYear = ref.getFullYear();
  switch (atom.t) {
    case 'vague':
      return { grain: 'vague', stated: {}, implied: {}, impliedFrom: 'none' };
    case 'plan': {
      const plan = planInterval(atom.n);
      // 十四五末, like 年底, is the last day.
      if (atom.end) return { grain: 'day', from: plan.to, to: plan.to, stated: {}, implied: {}, impliedFrom: 'none' };
      return { grain: 'range', ...plan, stated: {}, implied: {}, impliedFrom: 'none' };
    }
    case 'recent': {
      if (atom.ahead) {
        const to = addDays(shiftDay(ref, atom.n, atom.unit), -1);
        return { grain: 'range', from: ref, to, ...refImplied(ref, false) };
      }
      const from = addDays(shiftDay(ref, -atom.n, atom.unit), 1);
      return { grain: 'range', from, to: ref, ...refImplied(from, false) };
    }
    case 'fiscalYear':
      return { grain: 'range', ...monthsInterval(atom.first, 4, atom.first + 1, 3), stated: { year: atom.first }, implied: {}, impliedFrom: 'none' };
    case 'yearRange':
      return { grain: 'range', ...monthsInterval(atom.from, 1, atom.to, 12), stated: { year: atom.from }, implied: {}, impliedFrom: 'none' };
    case 'decade': {
      if (atom.full) return { grain: 'range', ...decadeInterval(atom.decade), stated: { year: atom.decade }, implied: {}, impliedFrom: 'none' };
      if (atom.century) {
        // 二十世纪 is the 1900s and 上世纪 the century before the reference date's, as people count decades.
        const hundreds = atom.century.kind === 'abs' ? (atom.century.n - 1) * 100 : Math.floor(refYear / 100) * 100 + 100 * atom.century.offset;
        const first = hundreds + atom.decade;
        const source = atom.century.kind === 'abs' ? 'none' : 'referenceDate';
        return { grain: 'range', ...decadeInterval(first), stated: source === 'none' ? { year: first } : {}, implied: source === 'none' ? {} : { year: first }, impliedFrom: source };
      }
      // 九十年代 with no century: the latest one that has begun by the reference date.
      let first = Math.floor(refYear / 100) * 100 + atom.decade;
      if (first > refYear) first -= 100;
      return { grain: 'range', ...decadeInterval(first), stated: {}, implied: { year: first }, impliedFrom: 'referenceDate' };
    }
    case 'week': {
      const i = weekInterval(ref, atom.offset, atom.day);
      return { grain: typeof atom.day === 'number' ? 'day' : 'range', ...i, ...refImplied(i.from, true) };
    }
    case 'ago': {
      const d = shiftDay(ref, atom.sign * atom.n, atom.unit);
      return { grain: 'day', from: d, to: d, ...refImplied(d, true) };
    }
    default:
      return undefined;
  }
}
