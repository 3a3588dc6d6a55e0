/**
 * Builds date expressions from atoms, chrono-style: adjacent atoms that fit one under the
 * other join (年 → 月 → 日), two expressions around 至/到/— become a range, and a bound written
 * after an expression (以来, 以前, 或之后, 起 …) is taken into its span. One pass over the atoms.
 */
import type { DateModifier } from '../models/dateMention.js';
import { titleSpans } from '../knowledge/quotes.js';
import type { Atom, CalendarSlots, Expr, PlacedAtom, PlacedExpr } from './types.js';

type Level = 'year' | 'month' | 'none';

interface Group {
  start: number;
  end: number;
  expr: Expr;
  /** What a following atom may hang under: a year takes a month, a month a day. */
  offers: Level;
  /** A 号-day, a Chinese-numeral day or 第N周 alone is not a date; it may still end a range. */
  needsParent: boolean;
}

// A range connector between two expressions; 和/与 only with 之间 after the second.
const CONNECTOR = /^[ ]?(?:(?<to>至|到|—{1,2}|[-–~～－])|(?<and>和|与|與))[ ]?$/;
const BETWEEN = /[ ]?(?:之间|之間|间|間)/y;
// The bound after an expression. Order matters: 或之前 before 之前, 以来 before 以.
const SUFFIX = new RegExp(
  '[ ]?(?:' +
    '(?<toRef>以来|以來|至今|迄今|到现在|到現在|到目前为止|到目前為止|到目前)' +
    '|(?<until>或之前|或以前|及以前|及之前|或更早)' +
    '|(?<since>或之后|或之後|或以后|或以後|及以后|及以後|及之后|及之後|起(?![草诉訴步飞飛点點来來到源色重码碼义義])|开始|開始|以降)' +
    '|(?<before>以前(?![沿瞻端列])|之前|前(?![后後夕沿列一二三四五六七八九十0-9两兩半]))' +
    '|(?<after>以后|以後|之后|之後|[后後](?![期续續来來者半]))' +
    ')',
  'y',
);
const OPEN_QUOTES = '“"「『‘\'';
const CLOSE_QUOTES = '”"」』’\'';
const FROM_PREFIX = /(?:自从|自從|从|從|自)[ ]?$/;
const LUNAR_BEFORE = /(?:农历|農曆|阴历|陰曆)[ ]?$/;
// 每年6月, 每月15日: a recurrence, not a date.
const EVERY_BEFORE = /每(?:年|月|个月|個月|周|週)?[ ]?$/;

function roleOf(atom: Atom): { needs: Level[]; required: boolean; offers: Level } | undefined {
  switch (atom.t) {
    case 'year':
      return { needs: [], required: false, offers: atom.part ? 'none' : 'year' };
    case 'month':
      return { needs: ['year'], required: false, offers: atom.part || atom.day !== undefined ? 'none' : 'month' };
    case 'relMonth':
      return { needs: [], required: false, offers: atom.part ? 'none' : 'month' };
    case 'monthRange':
    case 'half':
    case 'quarter':
    case 'cumMonths':
      return { needs: ['year'], required: false, offers: 'none' };
    case 'halfMonth':
      return { needs: ['month'], required: false, offers: 'none' };
    case 'dayRange':
      return { needs: ['month'], required: !atom.loose, offers: 'none' };
    case 'day':
      return { needs: ['month'], required: !atom.loose, offers: 'none' };
    case 'sub':
      return { needs: ['year', 'month'], required: true, offers: 'none' };
    case 'relHalf':
    case 'relQuarter':
    case 'part':
      return { needs: [], required: false, offers: 'none' };
    default:
      return undefined;
  }
}

/** Writes a calendar atom into the slots of its expression. */
function fill(slots: CalendarSlots, atom: Atom): void {
  switch (atom.t) {
    case 'year':
      slots.year = atom.year;
      if (atom.part) slots.yearPart = atom.part;
      break;
    case 'month':
      slots.month = atom.month;
      if (atom.part) slots.monthPart = atom.part;
      if (atom.day !== undefined) slots.day = atom.day;
      break;
    case 'relMonth':
      slots.relMonth = { offset: atom.offset, ctx: atom.ctx };
      if (atom.part) slots.monthPart = atom.part;
      break;
    case 'monthRange':
      slots.month = atom.from;
      slots.monthTo = atom.to;
      break;
    case 'half':
      slots.half = atom.half;
      break;
    case 'relHalf':
      slots.relHalf = atom.offset;
      break;
    case 'halfMonth':
      slots.monthPart = atom.half === 1 ? 'firstHalf' : 'secondHalf';
      break;
    case 'quarter':
      slots.quarter = { q: atom.q, cumulative: atom.cumulative, ...(atom.part ? { part: atom.part } : {}), ...(atom.to !== undefined ? { to: atom.to } : {}) };
      break;
    case 'relQuarter':
      slots.relQuarter = atom.offset;
      break;
    case 'cumMonths':
      slots.cumMonths = atom.n;
      break;
    case 'sub':
      slots.sub = atom.sub;
      break;
    case 'day':
      slots.day = atom.day;
      break;
    case 'dayRange':
      slots.day = atom.from;
      slots.dayTo = atom.to;
      break;
    case 'part':
      if (atom.scope === 'year') slots.yearPart = atom.part;
      else slots.monthPart = atom.part;
      break;
    default:
      break;
  }
}

function singleExpr(atom: Atom): Expr {
  if (atom.t === 'numeric') return { k: 'numeric', year: atom.year, month: atom.month, ...(atom.day !== undefined ? { day: atom.day } : {}) };
  // Years and months always have a role and go into slots; this only satisfies the type.
  if (atom.t === 'year' || atom.t === 'month') {
    const slots: CalendarSlots = {};
    fill(slots, atom);
    return { k: 'calendar', slots };
  }
  return { k: 'single', atom };
}

function group(atoms: readonly PlacedAtom[], text: string): Group[] {
  const groups: Group[] = [];
  let current: Group | undefined;
  for (const placed of atoms) {
    const role = roleOf(placed.atom);
    if (current && role && current.expr.k === 'calendar' && role.needs.includes(current.offers)) {
      const gap = text.slice(current.end, placed.start);
      if (gap === '' || gap === ' ' || (gap === '的' && placed.atom.t === 'sub')) {
        fill(current.expr.slots, placed.atom);
        current.end = placed.end;
        current.offers = role.offers;
        current.needsParent = false;
        continue;
      }
    }
    if (role) {
      const slots: CalendarSlots = {};
      fill(slots, placed.atom);
      current = { start: placed.start, end: placed.end, expr: { k: 'calendar', slots }, offers: role.offers, needsParent: role.required };
    } else {
      current = { start: placed.start, end: placed.end, expr: singleExpr(placed.atom), offers: 'none', needsParent: false };
    }
    groups.push(current);
  }
  return groups;
}

const WEEKDAY_AFTER = /[ ]?[（(](?:星期|周|週|礼拜|禮拜)[一二三四五六日天][)）]/y;

function hasDay(e: Expr): boolean {
  return (e.k === 'calendar' && e.slots.day !== undefined && e.slots.dayTo === undefined) || (e.k === 'numeric' && e.day !== undefined);
}

function isYearOnly(slots: CalendarSlots): boolean {
  return slots.year !== undefined && Object.keys(slots).length === 1;
}

function rangeable(g: Group): boolean {
  if (g.expr.k === 'calendar' || g.expr.k === 'numeric') return true;
  return g.expr.k === 'single' && (g.expr.atom.t === 'relDay' || (g.expr.atom.t === 'week' && g.expr.atom.day !== undefined));
}

function boundable(e: Expr): boolean {
  if (e.k === 'calendar' || e.k === 'numeric') return true;
  return e.k === 'single' && (e.atom.t === 'relDay' || e.atom.t === 'week' || e.atom.t === 'plan' || e.atom.t === 'decade');
}

const RELATIVE_ONLY = new Set<Atom['t']>(['relDay', 'week', 'ago', 'sameTime', 'vague', 'relHalf', 'relQuarter']);

/**
 * Turns atoms into placed expressions: joined, ranged and bounded, with spans into `text`.
 *
 * @example
 * // atoms of '今年以来' → one calendar expression, modifier 'since', toReference
 * composeExpressions(atoms, '今年以来')[0]; // { start: 0, end: 4, modifier: 'since', toReference: true, … }
 */
export function composeExpressions(atoms: readonly PlacedAtom[], text: string): PlacedExpr[] {
  const groups = group(atoms, text);
  const titles = titleSpans(text);
  let titleIndex = 0;
  const out: PlacedExpr[] = [];
  let consumedUntil = 0;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (g.start < consumedUntil) continue;
    let start = g.start;
    let end = g.end;
    let expr = g.expr;
    let isRange = false;
    const next = groups[i + 1];
    if (next && !g.needsParent && rangeable(g) && rangeable(next)) {
      const m = CONNECTOR.exec(text.slice(g.end, next.start));
      if (m) {
        let rangeEnd = next.end;
        let ok = true;
        if (m.groups?.and) {
          BETWEEN.lastIndex = next.end;
          const b = BETWEEN.exec(text);
          if (b) rangeEnd = next.end + b[0].length;
          else ok = false;
        }
        if (ok) {
          expr = { k: 'range', from: g.expr, to: next.expr, fromSpan: [g.start, g.end], toSpan: [next.start, next.end], toAlone: !next.needsParent };
          end = rangeEnd;
          isRange = true;
          i++;
        }
      }
    }
    if (!isRange && g.needsParent) continue;
    // 2019年同期, 111年同期, 2023年同月: a year and 同期 are the period in force moved to that year.
    if (!isRange && expr.k === 'calendar' && isYearOnly(expr.slots) && (text.startsWith('同期', end) || text.startsWith('同月', end))) {
      expr = { k: 'single', atom: { t: 'sameTime', offset: 0, year: expr.slots.year! } };
      end += 2;
    }
    // 2023年10月20日（星期五）: the weekday in brackets belongs to the day it names.
    if (!isRange && hasDay(expr)) {
      WEEKDAY_AFTER.lastIndex = end;
      if (WEEKDAY_AFTER.test(text)) end = WEEKDAY_AFTER.lastIndex;
    }
    let modifier: DateModifier | undefined;
    let toReference = false;
    if (!isRange && boundable(expr)) {
      // “十四五”以来: the bound comes after the closing quote, and the quotes join the span.
      const quoted = expr.k === 'single' && expr.atom.t === 'plan' && CLOSE_QUOTES.includes(text[end] ?? '') && OPEN_QUOTES.includes(text[start - 1] ?? '');
      SUFFIX.lastIndex = quoted ? end + 1 : end;
      const s = SUFFIX.exec(text);
      if (s?.groups) {
        const k = s.groups;
        modifier = k.toRef || k.since ? 'since' : k.until ? 'until' : k.before ? 'before' : 'after';
        toReference = k.toRef !== undefined;
        end = SUFFIX.lastIndex;
        if (quoted) start -= 1;
      }
    }
    const head = text.slice(Math.max(0, start - 3), start);
    if (LUNAR_BEFORE.test(head) || EVERY_BEFORE.test(head)) continue;
    // 神龙元年十一月, 成立3年9月: a month right after a 年 no pattern read has a year we cannot know.
    if (head.endsWith('年') && expr.k === 'calendar' && expr.slots.year === undefined) continue;
    if (isRange || modifier === 'since' || modifier === 'after') {
      const p = FROM_PREFIX.exec(head);
      if (p) start -= p[0].length;
    }
    while (titleIndex < titles.length && titles[titleIndex]![1] <= start) titleIndex++;
    const title = titles[titleIndex];
    const inTitle = title !== undefined && title[0] < start && end <= title[1];
    if (inTitle && expr.k === 'single' && RELATIVE_ONLY.has(expr.atom.t)) continue;
    consumedUntil = end;
    // Assigned rather than spread: this runs once per date of the text.
    const placed: PlacedExpr = { expr, start, end, inTitle };
    if (modifier) placed.modifier = modifier;
    if (toReference) placed.toReference = toReference;
    out.push(placed);
  }
  return out;
}
