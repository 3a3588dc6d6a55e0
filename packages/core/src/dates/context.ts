/**
 * The year in force. A month or day written without a year takes the year (and month) the
 * passage last put in force: in `今年5月……7月……9月` all three are 2022. A passage is a
 * paragraph: a line break of the normalised text ends it, and with it what it put in force.
 * What nothing in the passage supplies comes from the reference date.
 */
import { addDays, addMonths } from 'date-fns';
import type { DateComponents, DateGrain } from '../models/dateMention.js';
import {
  halfInterval,
  makeDay,
  monthInterval,
  monthPartInterval,
  monthsInterval,
  quartersInterval,
  shiftYears,
  subPeriodInterval,
  yearInterval,
  yearPartInterval,
  type DayInterval,
} from './resolve.js';
import { resolveByReference } from './byReference.js';
import { refImplied } from './implied.js';
import type { Atom, CalendarSlots, Expr, PlacedExpr, Resolution, YearSpec } from './types.js';
import { combineSources, type Inherit, type PassageState, type Source } from './passageState.js';

/**
 * Resolves expressions in text order against a reference date and the passage's state.
 *
 * @example
 * const r = new DateResolver(new Date(2022, 10, 15));
 * // resolve(今年5月) → 2022-05; resolve(7月) → 2022-07 (year from the passage)
 */
export class DateResolver {
  private state: PassageState = {};
  /**
   * The last period (not a single day) named anywhere before: a later paragraph's 去年同期
   * compares with it when its own paragraph names none (1-4月 … 营业额较去年同期仍属平稳).
   */
  private lastPeriod: PassageState['period'];
  /**
   * The last day named anywhere before: 当天, 次日 and 同日 count from it when their own paragraph
   * names none (在15日，…宣布开园。⏎张江总部园当天首批签约入驻的17家企业).
   */
  private lastDay: Date | undefined;
  private readonly refYear: number;
  private readonly refMonth: number;

  /**
   * `guessed`: the reference date is no page's date but today's (no dateline, no option), so a
   * year a heading states is the better year for every date under it (2024年1-9月…情况 → 1-9月).
   */
  constructor(
    private readonly ref: Date,
    private readonly guessed = false,
  ) {
    this.refYear = ref.getFullYear();
    this.refMonth = ref.getMonth() + 1;
  }

  /** A year a heading stated (2023年…统计公报): in force in every paragraph under it. */
  private headingYear: number | undefined;

  /** A new sentence: a plan's year (see PassageState.beforePlan) gives way to what was in force before it. */
  newSentence(): void {
    if (this.state.beforePlan !== undefined) this.state = this.state.beforePlan;
  }

  /** A new paragraph: nothing is in force any more, but the year a heading above it stated. */
  newPassage(): void {
    this.state = this.headingYear === undefined ? {} : { year: this.headingYear, fromHeading: true };
  }

  /**
   * A heading stated `r`: a year written out (2023年成都高新区国民经济和社会发展统计公报,
   * 2024年1-9月苏州高新区经济运行情况, not 今年) is in force under it, until another heading
   * states another, so 全年, 年末 and 上年 of a bulletin published the next spring are that year's.
   */
  headingStated(r: Resolution): void {
    // A day is a dateline's (科技日报　2023年10月30日　第5版): the page's date, read as the reference date.
    if (r.grain !== 'day' && r.stated.year !== undefined && r.from && r.to && r.from.getFullYear() === r.to.getFullYear()) this.headingYear = r.from.getFullYear();
  }

  /**
   * Resolves one expression and, unless it sits in a title or is the base of a comparison
   * (`比2019年增长`: the figure is still 2020's), lets it put its year and month in force.
   */
  resolve(pe: PlacedExpr, comparisonBase = false): Resolution | undefined {
    const base = this.resolveExpr(pe.expr, undefined);
    if (!base) return undefined;
    const r = pe.modifier ? this.bound(base, pe) : base;
    if (r && !pe.inTitle && !comparisonBase && !(pe.expr.k === 'single' && pe.expr.atom.t === 'sameTime')) this.remember(r);
    return r;
  }

  /** Resolves the two ends of a range on their own, for when they do not make a range. */
  resolveAlone(expr: Expr): Resolution | undefined {
    const r = this.resolveExpr(expr, undefined);
    if (r) this.remember(r);
    return r;
  }

  private remember(r: Resolution): void {
    if (!r.from || !r.to || r.grain === 'vague') return;
    const y = r.from.getFullYear();
    if (y !== r.to.getFullYear()) return;
    if (y > this.refYear && r.stated.year === undefined && this.state.beforePlan === undefined) this.state = { ...this.state, beforePlan: { ...this.state } };
    this.state.year = y;
    this.state.fromHeading = false;
    this.state.period = { interval: { from: r.from, to: r.to }, grain: r.grain };
    if (r.grain !== 'day') this.lastPeriod = this.state.period;
    if (r.from.getMonth() === r.to.getMonth()) this.state.month = { year: y, month: r.from.getMonth() + 1 };
    if (r.grain === 'day') {
      this.state.day = r.from;
      this.lastDay = r.from;
    }
  }

  private bound(base: Resolution, pe: PlacedExpr): Resolution | undefined {
    if (!base.from || !base.to) return undefined;
    const out: Resolution = { ...base, grain: 'range' };
    delete out.from;
    delete out.to;
    switch (pe.modifier) {
      case 'since':
        out.from = base.from;
        // Up to the page's date; where that is only a guess and the title states the year, up to
        // that year's end (今年以来 under 2024年上半年工作总结 is no stretch into a later year).
        if (pe.toReference && this.ref >= base.from) out.to = this.guessed && this.headingYear !== undefined && this.headingYear < this.refYear ? makeDay(this.headingYear, 12, 31)! : this.ref;
        break;
      case 'after':
        out.from = addDays(base.to, 1);
        break;
      case 'until':
        out.to = base.to;
        break;
      default:
        out.to = addDays(base.from, -1);
    }
    return out;
  }

  private resolveExpr(expr: Expr, inherit: Inherit | undefined): Resolution | undefined {
    switch (expr.k) {
      case 'calendar':
        return this.calendar(expr.slots, inherit);
      case 'numeric': {
        const stated: DateComponents = { year: expr.year, month: expr.month, ...(expr.day !== undefined ? { day: expr.day } : {}) };
        if (expr.day === undefined) return { grain: 'month', ...monthInterval(expr.year, expr.month), stated, implied: {}, impliedFrom: 'none' };
        const d = makeDay(expr.year, expr.month, expr.day);
        return d ? { grain: 'day', from: d, to: d, stated, implied: {}, impliedFrom: 'none' } : undefined;
      }
      case 'range':
        return this.range(expr);
      default:
        return this.single(expr.atom);
    }
  }

  private range(expr: Extract<Expr, { k: 'range' }>): Resolution | undefined {
    const a = this.resolveExpr(expr.from, undefined);
    if (!a?.from || !a.to) return undefined;
    const month = a.grain === 'day' || a.grain === 'month' ? a.from.getMonth() + 1 : undefined;
    const inherit: Inherit = { year: a.from.getFullYear(), ...(month !== undefined ? { month } : {}) };
    let b = this.resolveExpr(expr.to, inherit);
    // The second end, what it leaves out taken from the first, may fall before it: 8月至2月 runs
    // into the next year, 12月28日至3日 into the next month.
    if (b?.from && b.from < a.from && b.stated.year === undefined && expr.to.k === 'calendar') {
      if (b.stated.month === undefined && inherit.month !== undefined) {
        const next = addMonths(makeDay(inherit.year, inherit.month, 1)!, 1);
        b = this.resolveExpr(expr.to, { year: next.getFullYear(), month: next.getMonth() + 1 });
      } else {
        b = this.resolveExpr(expr.to, { ...inherit, year: inherit.year + 1 });
      }
    }
    if (!b?.from || !b.to || b.to < a.from) return undefined;
    return { grain: 'range', from: a.from, to: b.to, stated: a.stated, implied: a.implied, impliedFrom: a.impliedFrom };
  }

  /**
   * The year of a date: stated, relative, inherited, in force, or the reference date's. `ownMonth`:
   * the date names a month or day of its own (1月10日), which a year only a heading stated does not
   * take (on a news page it is the page's own day) unless the reference date is a guess; 全年, 年末,
   * 上年 take it.
   */
  private yearOf(spec: YearSpec | undefined, inherit: Inherit | undefined, ownMonth = false): { year: number; source: Source } {
    if (spec?.kind === 'abs') return { year: spec.year, source: 'stated' };
    if (spec?.kind === 'yy') {
      // 18年 is 2018, 98年 is 1998: the nearest century that does not put it more than ten years ahead.
      const y = 2000 + spec.yy;
      return { year: y <= this.refYear + 10 ? y : y - 100, source: 'stated' };
    }
    // 今年 on a page whose date is only a guess (today's) is the year its title states, if one does.
    if (spec?.kind === 'rel') return this.guessed && this.headingYear !== undefined ? { year: this.headingYear + spec.offset, source: 'context' } : { year: this.refYear + spec.offset, source: 'referenceDate' };
    if (spec?.kind === 'ctx') {
      if (this.state.year !== undefined) return { year: this.state.year + spec.offset, source: 'context' };
      return { year: this.refYear + spec.offset, source: 'referenceDate' };
    }
    if (inherit) return { year: inherit.year, source: 'context' };
    if (this.state.year !== undefined && !(ownMonth && this.state.fromHeading === true && !this.guessed)) return { year: this.state.year, source: 'context' };
    return { year: this.refYear, source: 'referenceDate' };
  }

  private calendar(s: CalendarSlots, inherit: Inherit | undefined): Resolution | undefined {
    const stated: DateComponents = {};
    let { year, source: yearSource } = this.yearOf(s.year, inherit, s.month !== undefined || s.day !== undefined);
    if (yearSource === 'stated') stated.year = year;
    let month: number | undefined = s.month;
    let monthSource: Source = 'stated';
    if (month !== undefined) stated.month = month;
    if (s.relMonth) {
      if (s.relMonth.ctx && this.state.month) {
        const d = addMonths(makeDay(this.state.month.year, this.state.month.month, 1)!, s.relMonth.offset);
        year = d.getFullYear();
        month = d.getMonth() + 1;
        yearSource = monthSource = 'context';
      } else {
        const d = addMonths(makeDay(this.refYear, this.refMonth, 1)!, s.relMonth.offset);
        year = d.getFullYear();
        month = d.getMonth() + 1;
        yearSource = monthSource = 'referenceDate';
      }
    }
    const needsMonth = s.day !== undefined || s.monthPart !== undefined;
    if (month === undefined && needsMonth) {
      if (inherit) {
        // 2022年至12日: a range's second end takes its month from the first, which has none.
        if (inherit.month === undefined) return undefined;
        month = inherit.month;
        monthSource = 'context';
      } else if (s.year !== undefined) {
        return undefined;
      } else if (!inherit && this.state.month) {
        year = this.state.month.year;
        month = this.state.month.month;
        yearSource = monthSource = 'context';
      } else {
        month = this.refMonth;
        monthSource = 'referenceDate';
        // A day of the reference date's month is in the reference date's year too: a year a
        // heading put in force (112年…) does not make 今（15）日 a day of that year.
        if (yearSource === 'context') {
          year = this.refYear;
          yearSource = 'referenceDate';
        }
      }
    }

    let interval: DayInterval | undefined;
    let grain: DateGrain;
    let level: 'year' | 'month' | 'day' = 'year';
    if (s.day !== undefined && month !== undefined) {
      level = 'day';
      stated.day = s.day;
      // 29日 in a February, 2月29日 in 2019: where the month or year was only implied, the
      // most recent one in which the day exists is meant.
      let mo: number = month;
      let first = makeDay(year, mo, s.day);
      for (let back = 1; !first && back <= 48 && (monthSource !== 'stated' || yearSource !== 'stated'); back++) {
        const d: Date = monthSource !== 'stated' ? addMonths(makeDay(year, mo, 1)!, -1) : makeDay(year - 1, mo, 1)!;
        year = d.getFullYear();
        mo = d.getMonth() + 1;
        first = makeDay(year, mo, s.day);
      }
      month = mo;
      if (!first) return undefined;
      if (s.dayTo !== undefined) {
        const last = makeDay(year, month, s.dayTo);
        if (!last) return undefined;
        interval = { from: first, to: last };
        grain = 'range';
      } else {
        interval = { from: first, to: first };
        grain = 'day';
      }
    } else if (month !== undefined && s.monthPart !== undefined) {
      level = 'month';
      interval = monthPartInterval(year, month, s.monthPart);
      grain = s.monthPart === 'last' ? 'day' : 'range';
    } else if (month !== undefined && s.sub !== undefined) {
      level = 'month';
      interval = subPeriodInterval(monthInterval(year, month), 'month', s.sub);
      grain = s.sub.weekday !== undefined ? 'day' : 'range';
    } else if (month !== undefined && s.monthTo !== undefined) {
      level = 'month';
      const toYear = s.monthTo < month ? year + 1 : year;
      interval = monthsInterval(year, month, toYear, s.monthTo);
      grain = 'range';
    } else if (month !== undefined) {
      level = 'month';
      interval = monthInterval(year, month);
      grain = 'month';
    } else if (s.cumMonths !== undefined) {
      interval = monthsInterval(year, 1, year, s.cumMonths);
      grain = 'range';
    } else if (s.quarter) {
      const { q, cumulative, part, to } = s.quarter;
      if (cumulative || to !== undefined) {
        interval = quartersInterval(year, cumulative ? 1 : q, to ?? q);
        grain = 'range';
      } else if (part === 'end') {
        // 三季度末, like 年底 and 月底, is the quarter's last day.
        const last = quartersInterval(year, q, q).to;
        interval = { from: last, to: last };
        grain = 'day';
      } else if (part) {
        interval = monthInterval(year, q * 3 - 2);
        grain = 'month';
      } else {
        interval = quartersInterval(year, q, q);
        grain = 'range';
      }
    } else if (s.relQuarter !== undefined) {
      const d = addMonths(makeDay(this.refYear, this.refMonth, 1)!, 3 * s.relQuarter);
      year = d.getFullYear();
      yearSource = 'referenceDate';
      const q = Math.floor(d.getMonth() / 3) + 1;
      interval = quartersInterval(year, q, q);
      grain = 'range';
    } else if (s.half !== undefined) {
      interval = halfInterval(year, s.half);
      grain = 'range';
    } else if (s.relHalf !== undefined) {
      const d = addMonths(makeDay(this.refYear, this.refMonth, 1)!, 6 * s.relHalf);
      year = d.getFullYear();
      yearSource = 'referenceDate';
      interval = halfInterval(year, d.getMonth() < 6 ? 1 : 2);
      grain = 'range';
    } else if (s.sub !== undefined) {
      interval = subPeriodInterval(yearInterval(year), 'year', s.sub);
      grain = s.sub.mode === 'nth' && s.sub.unit === 'month' ? 'month' : 'range';
    } else if (s.yearPart !== undefined) {
      interval = yearPartInterval(year, s.yearPart);
      grain = s.yearPart === 'within' ? 'year' : s.yearPart === 'last' ? 'day' : 'range';
    } else {
      interval = yearInterval(year);
      grain = 'year';
    }
    if (!interval) return undefined;

    const implied: DateComponents = {};
    const sources: Source[] = [];
    if (stated.year === undefined) {
      implied.year = interval.from.getFullYear();
      sources.push(yearSource);
    }
    if (level !== 'year' && stated.month === undefined) {
      implied.month = interval.from.getMonth() + 1;
      sources.push(monthSource);
    }
    return { grain, from: interval.from, to: interval.to, stated, implied, impliedFrom: combineSources(sources) };
  }

  private single(atom: Exclude<Atom, { t: 'year' | 'month' | 'numeric' }>): Resolution | undefined {
    switch (atom.t) {
      case 'holiday': {
        if (!atom.days) return { grain: 'vague', stated: {}, implied: {}, impliedFrom: 'none' };
        const { year, source } = this.yearOf(undefined, undefined);
        const from = makeDay(year, atom.days.month, atom.days.from)!;
        const to = makeDay(year, atom.days.month, atom.days.to)!;
        return { grain: from.getTime() === to.getTime() ? 'day' : 'range', from, to, stated: {}, implied: { year }, impliedFrom: source === 'context' ? 'context' : 'referenceDate' };
      }
      case 'relDay': {
        const base = atom.ctx ? (this.state.day ?? this.lastDay) : this.ref;
        if (!base) return undefined;
        const d = addDays(base, atom.offset);
        const r = refImplied(d, true);
        return { grain: 'day', from: d, to: d, ...r, impliedFrom: atom.ctx ? 'context' : 'referenceDate' };
      }
      case 'sameTime': {
        const inForce = this.state.period ?? this.lastPeriod;
        const base = inForce ?? { interval: { from: makeDay(this.refYear, 1, 1)!, to: this.ref }, grain: 'range' as const };
        const offset = atom.year ? this.yearOf(atom.year, undefined).year - base.interval.from.getFullYear() : atom.offset;
        const i = shiftYears(base.interval, offset);
        return {
          grain: base.grain,
          ...i,
          stated: {},
          implied: { year: i.from.getFullYear() },
          impliedFrom: inForce ? 'context' : 'referenceDate',
        };
      }
      default:
        // Calendar atoms never reach here: the composer puts them in slots; the rest need no passage.
        return resolveByReference(atom, this.ref);
    }
  }
}
