/**
 * Internal shapes of the date pipeline: atoms the patterns find, expressions the composer
 * builds from them, and the resolution the passage context turns them into. Not exported
 * from the package; `DateMention` is the public shape.
 */
import type { DateComponents, DateGrain, DateModifier } from '../models/dateMention.js';

/** How an expression names its year. */
export type YearSpec =
  /** Written out: 2022年, 二〇一九年, 民国95年. */
  | { kind: 'abs'; year: number }
  /** Two digits (18年10月, 08年): the century comes from the reference date. */
  | { kind: 'yy'; yy: number }
  /** Relative to the reference date: 今年 0, 去年 −1, 明年 +1. */
  | { kind: 'rel'; offset: number }
  /** Relative to the year in force in the passage: 当年/同年/全年 0, 次年 +1. */
  | { kind: 'ctx'; offset: number };

/**
 * A conventional stretch of a year: 年初 January, 年中 June–July, 年终/年尾 December, 年内 the
 * whole year; 年底 and 年末 (`last`) are its last day, the day year-end figures are counted on.
 */
export type YearPart = 'start' | 'mid' | 'end' | 'last' | 'within';
/**
 * A stretch of a month: 上旬/月初 1–10, 中旬/月中 11–20, 下旬 21–end, 上半月 1–15, 下半月 16–end;
 * 月底 and 月末 (`last`) are its last day.
 */
export type MonthPart = 'early' | 'mid' | 'late' | 'last' | 'firstHalf' | 'secondHalf';
/** 第N周, 前N个月, 最后N天 … inside a year or a month. */
export interface SubPeriod {
  mode: 'nth' | 'first' | 'last';
  n: number;
  unit: 'week' | 'month' | 'day';
  /** 最后一个星期一: with `unit` 'week', the weekday (1 Monday … 7 Sunday) meant, not the whole week. */
  weekday?: number;
}

/** One piece of a date as the patterns read it. */
export type Atom =
  | { t: 'year'; year: YearSpec; part?: YearPart }
  | { t: 'month'; month: number; part?: MonthPart; day?: number }
  | { t: 'relMonth'; offset: number; ctx: boolean; part?: MonthPart }
  | { t: 'day'; day: number; loose: boolean }
  /** `loose`: written with 日, so a date alone; 22-28号 (windows, rooms) only after a month. */
  | { t: 'dayRange'; from: number; to: number; loose: boolean }
  | { t: 'monthRange'; from: number; to: number }
  | { t: 'half'; half: 1 | 2 }
  | { t: 'relHalf'; offset: number }
  | { t: 'halfMonth'; half: 1 | 2 }
  | { t: 'quarter'; q: number; cumulative: boolean; part?: 'start' | 'end'; to?: number }
  | { t: 'relQuarter'; offset: number }
  | { t: 'cumMonths'; n: number }
  | { t: 'sub'; sub: SubPeriod }
  | { t: 'part'; scope: 'year'; part: YearPart }
  | { t: 'part'; scope: 'month'; part: MonthPart }
  | { t: 'numeric'; year: number; month: number; day?: number }
  | { t: 'yearRange'; from: number; to: number }
  /** 2014/15 財政年度: April of the first year to March of the next, as Hong Kong counts. */
  | { t: 'fiscalYear'; first: number }
  /** 十四五, or with `end` 十四五末 (the plan's last day). */
  | { t: 'plan'; n: number; end?: boolean }
  /** 近三年, 过去5年: the last n years or months, up to the reference date; `ahead` (未来三年) the next n. */
  | { t: 'recent'; n: number; unit: 'year' | 'month'; ahead?: boolean }
  /** 国庆期间, 元旦: a holiday; `days` where the calendar fixes them (month, first and last day), else vague. */
  | { t: 'holiday'; days?: { month: number; from: number; to: number } }
  | { t: 'decade'; century?: { kind: 'rel'; offset: number } | { kind: 'abs'; n: number }; decade: number; full: boolean }
  | { t: 'relDay'; offset: number; ctx: boolean }
  | { t: 'week'; offset: number; day?: number | 'weekend' }
  | { t: 'ago'; n: number; unit: 'year' | 'month' | 'week' | 'day'; sign: 1 | -1 }
  /** 去年同期 (offset −1), or with `year` 2019年同期 / 111年同期: the period in force moved to that year. */
  | { t: 'sameTime'; offset: number; year?: YearSpec }
  | { t: 'vague' };

/** An atom with its place in the (normalised) text. */
export interface PlacedAtom {
  atom: Atom;
  start: number;
  end: number;
}

/** The calendar slots an expression fills, from the year down to the day. */
export interface CalendarSlots {
  year?: YearSpec;
  yearPart?: YearPart;
  half?: 1 | 2;
  relHalf?: number;
  quarter?: { q: number; cumulative: boolean; part?: 'start' | 'end'; to?: number };
  relQuarter?: number;
  month?: number;
  monthTo?: number;
  relMonth?: { offset: number; ctx: boolean };
  monthPart?: MonthPart;
  cumMonths?: number;
  day?: number;
  dayTo?: number;
  sub?: SubPeriod;
}

/** A date expression before resolution: one kind of thing, or a range of two. */
export type Expr =
  | { k: 'calendar'; slots: CalendarSlots }
  | { k: 'numeric'; year: number; month: number; day?: number }
  | { k: 'single'; atom: Exclude<Atom, { t: 'year' | 'month' | 'numeric' }> }
  /** Two expressions around 至/到/—; their own spans let them stand alone when they make no range. */
  | { k: 'range'; from: Expr; to: Expr; fromSpan: [number, number]; toSpan: [number, number]; toAlone: boolean };

/** An expression with its span, its bound (以来, 以前 …) and whether it sits in a 《title》. */
export interface PlacedExpr {
  expr: Expr;
  start: number;
  end: number;
  modifier?: DateModifier;
  /** 以来 and 至今 close a `since` interval at the reference date. */
  toReference?: boolean;
  inTitle: boolean;
}

/** Where an implied component was taken from. */
export type ImpliedFrom = 'none' | 'referenceDate' | 'context';

/** A resolved expression: the interval and what the text stated. */
export interface Resolution {
  grain: DateGrain;
  from?: Date;
  to?: Date;
  stated: DateComponents;
  implied: DateComponents;
  impliedFrom: ImpliedFrom;
}
