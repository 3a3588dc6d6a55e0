/**
 * Reads a pattern match into a typed atom, or rejects it: a quantity of years (有1000年历史),
 * a duration (3日内), a month 13, a week word with nothing to pin it. Rules that need the
 * characters around a match live here rather than in the regexes, where they would be
 * lookarounds hard to read.
 */
import { readDateNumber } from './numerals.js';
import { gregorianOfRocYear } from './rocYear.js';
import type { RawAtom } from './patterns.js';
import type { Atom, MonthPart, YearPart, YearSpec } from './types.js';
import { isHanCode } from '../knowledge/codeUnits.js';

// The first year of each era the patterns know (民国元年 = 1912, 康熙元年 = 1662 …).
const ERA_START: ReadonlyMap<string, number> = new Map([
  ['民国', 1912], ['民國', 1912], ['顺治', 1644], ['順治', 1644], ['康熙', 1662], ['雍正', 1723],
  ['乾隆', 1736], ['嘉庆', 1796], ['嘉慶', 1796], ['道光', 1821], ['咸丰', 1851], ['咸豐', 1851],
  ['同治', 1862], ['光绪', 1875], ['光緒', 1875], ['宣统', 1909], ['宣統', 1909],
]);

const REL_YEAR: ReadonlyMap<string, YearSpec> = new Map<string, YearSpec>([
  ['大前年', { kind: 'rel', offset: -3 }], ['前年', { kind: 'rel', offset: -2 }], ['去年', { kind: 'rel', offset: -1 }],
  // 上年 is the year before the year in force (2012年…比上年增长 is 2011), 去年 the reference date's.
  ['上一年', { kind: 'ctx', offset: -1 }], ['上年', { kind: 'ctx', offset: -1 }], ['今年', { kind: 'rel', offset: 0 }],
  ['本年', { kind: 'rel', offset: 0 }], ['明年', { kind: 'rel', offset: 1 }], ['下一年', { kind: 'rel', offset: 1 }],
  ['后年', { kind: 'rel', offset: 2 }], ['後年', { kind: 'rel', offset: 2 }], ['大后年', { kind: 'rel', offset: 3 }],
  ['大後年', { kind: 'rel', offset: 3 }], ['次年', { kind: 'ctx', offset: 1 }], ['翌年', { kind: 'ctx', offset: 1 }],
  ['同年', { kind: 'ctx', offset: 0 }], ['当年', { kind: 'ctx', offset: 0 }], ['當年', { kind: 'ctx', offset: 0 }],
  ['全年', { kind: 'ctx', offset: 0 }], ['年内', { kind: 'ctx', offset: 0 }], ['年內', { kind: 'ctx', offset: 0 }],
]);

const REL_DAY: ReadonlyMap<string, { offset: number; ctx: boolean }> = new Map([
  ['大前天', { offset: -3, ctx: false }], ['前天', { offset: -2, ctx: false }], ['昨天', { offset: -1, ctx: false }],
  ['昨日', { offset: -1, ctx: false }], ['昨晚', { offset: -1, ctx: false }], ['昨夜', { offset: -1, ctx: false }], ['昨', { offset: -1, ctx: false }], ['今天', { offset: 0, ctx: false }], ['今日', { offset: 0, ctx: false }],
  ['明天', { offset: 1, ctx: false }], ['明日', { offset: 1, ctx: false }], ['后天', { offset: 2, ctx: false }],
  ['後天', { offset: 2, ctx: false }], ['大后天', { offset: 3, ctx: false }], ['大後天', { offset: 3, ctx: false }],
  ['次日', { offset: 1, ctx: true }], ['同日', { offset: 0, ctx: true }], ['翌日', { offset: 1, ctx: true }], ['当天', { offset: 0, ctx: true }],
  ['當天', { offset: 0, ctx: true }], ['当日', { offset: 0, ctx: true }], ['當日', { offset: 0, ctx: true }],
]);

// What may join 后年 to the words before it: 明年和后年, 到后年.
const YEAR_JOINS = '和与與及或到至';
// Before a four-digit "year", these make it a quantity: 近2000年, 有1000年, 历经1500年.
const QUANTITY_BEFORE = new Set('近约約超逾达達有历歷经經长長数數');
// After 年, these make it a quantity: 2000年来, 1000年之久, 5000年历史; but 2010年历史高点 (the
// year's record high, as 99年历史新高 on a Taiwan page) names the year.
// Sticky, tried where the match ends: no slice of the text per atom.
const QUANTITY_AFTER = /(?:来|來|之久|(?:历史|歷史)(?![高新最低纪記记])|多)/y;
// After a day, these make it a duration, a rate or another word: 3日内, 15日左右, 日均, 20日元 (yen).
const DAY_NOT_DATE_AFTER = /(?:内|內|以内|以內|之内|之內|左右|均|游|遊|元|圆|圓)/y;

function followedBy(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

// 近三年 at the head of a clause (，近三年园区…) counts back from now; elsewhere (历时近三年) it is a duration.
const CLAUSE_OPENS_BEFORE = /^(?:|[，,。；;：:！!？?\n（(“"「在从自])$/;
// A person's name follows these in a byline: 记者周三春.
const BYLINE_ROLE_BEFORE = /(?:记者|通讯员|编辑|摄影|作者|撰稿|实习生)[ ]?$/;
// Holidays the solar calendar fixes: 元旦 1 January, 劳动节 1–5 May, 国庆 1–7 October.
// 春节, 清明, 端午 and 中秋 move with the lunar calendar and are found but left vague.
const FIXED_HOLIDAYS: ReadonlyMap<string, { month: number; from: number; to: number }> = new Map([
  ['元旦', { month: 1, from: 1, to: 1 }],
  ['五一', { month: 5, from: 1, to: 5 }],
  ['劳动节', { month: 5, from: 1, to: 5 }],
  ['国庆', { month: 10, from: 1, to: 7 }],
]);

function yearPartOf(s: string | undefined): YearPart | undefined {
  if (!s) return undefined;
  const c = s.replace(/^年/, '')[0];
  if (c === '初') return 'start';
  if (c === '中') return 'mid';
  if (c === '内' || c === '內') return 'within';
  if (c === '底' || c === '末') return 'last';
  return 'end';
}

function monthPartOf(s: string | undefined): MonthPart | undefined {
  if (!s) return undefined;
  if (s === '初' || s === '上旬') return 'early';
  if (s === '中' || s === '中旬') return 'mid';
  if (s === '底' || s === '末') return 'last';
  return 'late';
}

function inMonth(n: number | undefined): n is number {
  return n !== undefined && n >= 1 && n <= 12;
}
function inDay(n: number | undefined): n is number {
  return n !== undefined && n >= 1 && n <= 31;
}
function countOf(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  if (s === '半') return 0.5;
  return readDateNumber(s);
}

/**
 * Reads one raw match into an atom, or returns undefined to reject it.
 *
 * @example
 * // raw from scanAtoms over '截至今年9月': kind 'month', groups.mo = '9'
 * readAtom({ kind: 'month', start: 4, end: 6, groups: { mo: '9' } }, '截至今年9月');
 * // { t: 'month', month: 9 }
 */
export function readAtom(raw: RawAtom, text: string): Atom | undefined {
  const g = raw.groups;
  const before = raw.start > 0 ? text[raw.start - 1]! : '';
  switch (raw.kind) {
    case 'plan': {
      const n = readDateNumber(((g.planQ ?? g.planU) as string).slice(0, -1));
      if (n === undefined || n < 1 || n > 19) return undefined;
      return g.planEnd ? { t: 'plan', n, end: true } : { t: 'plan', n };
    }
    case 'decade': {
      const decText = g.dec as string;
      const decValue = readDateNumber(decText);
      if (decValue === undefined) return undefined;
      const full = decValue >= 1000;
      if (g.cen === undefined) return { t: 'decade', decade: decValue, full };
      if (full) return undefined;
      if (g.cenN !== undefined) {
        const n = readDateNumber(g.cenN);
        return n !== undefined && n >= 1 && n <= 30 ? { t: 'decade', century: { kind: 'abs', n }, decade: decValue, full } : undefined;
      }
      return { t: 'decade', century: { kind: 'rel', offset: g.cen.startsWith('上') ? -1 : 0 }, decade: decValue, full };
    }
    case 'era': {
      const base = ERA_START.get(g.era as string);
      const n = readDateNumber(g.eraN as string);
      if (base === undefined || n === undefined || n < 1 || n > 120) return undefined;
      const part = yearPartOf(g.eraPart);
      return { t: 'year', year: { kind: 'abs', year: base + n - 1 }, ...(part ? { part } : {}) };
    }
    case 'sameTime':
      return { t: 'sameTime', offset: g.st === '前年' ? -2 : -1 };
    case 'fiscalYear': {
      const first = readDateNumber((g.fya ?? g.fcya)!) ?? Number.NaN;
      const b = readDateNumber((g.fyb ?? g.fcyb)!) ?? Number.NaN;
      const second = b < 100 ? Math.floor(first / 100) * 100 + b + (b < first % 100 ? 100 : 0) : b;
      return second === first + 1 ? { t: 'fiscalYear', first } : undefined;
    }
    case 'yearRange': {
      const from = Number(g.yra);
      const to = Number(g.yrb);
      return to > from && to - from <= 100 ? { t: 'yearRange', from, to } : undefined;
    }
    case 'numeric': {
      // The separators must agree (2022-06-15, not 2022-06.15), and a unit after it makes it a number (2022.6万元).
      const seps = raw.groups.nd === undefined ? 1 : 2;
      // A time of day after the date (2011-04-02 11:43:44) is part of the span, not of the date.
      const dateEnd = g.nt === undefined ? raw.end : text.lastIndexOf(g.nt, raw.end);
      const sepChars = text.slice(raw.start, dateEnd).replace(/[0-9 T\u3000]/g, '');
      const after = text.slice(raw.end, raw.end + 4);
      if (sepChars.length !== seps || (seps === 2 && sepChars[0] !== sepChars[1])) return undefined;
      if (/^[万萬亿億千百%％元倍个個家项項名人亩畝吨噸米平公]/.test(after)) return undefined;
      // 2022.6.15.3 or 1.2.3.4 is a version or an address, not a date; 2018/1/10-2018/7/10 is a range.
      if (after.length > 1 && after[0] === sepChars[0] && /[0-9]/.test(after[1]!)) return undefined;
      const month = Number(g.nm);
      const day = g.nd === undefined ? undefined : Number(g.nd);
      if (!inMonth(month) || (day !== undefined && !inDay(day))) return undefined;
      return { t: 'numeric', year: Number(g.ny), month, ...(day !== undefined ? { day } : {}) };
    }
    case 'year':
    case 'cnYear':
    case 'year2':
    case 'rocYear': {
      const digits = g.y ?? g.cy ?? g.y2 ?? g.rocY;
      const value = digits === undefined ? undefined : readDateNumber(digits);
      if (value === undefined) return undefined;
      const fen = g.yFen ?? g.cyFen ?? g.y2Fen ?? g.rocFen;
      const partText = g.yPart ?? g.cyPart ?? g.y2Part ?? g.rocPart;
      if (QUANTITY_BEFORE.has(before) || (!fen && !partText && followedBy(QUANTITY_AFTER, text, raw.end))) return undefined;
      const part = yearPartOf(partText);
      const partField = part ? { part } : {};
      if (raw.kind === 'rocYear') {
        const year = gregorianOfRocYear(value);
        return year === undefined ? undefined : { t: 'year', year: { kind: 'abs', year }, ...partField };
      }
      if (digits!.length === 2) return { t: 'year', year: { kind: 'yy', yy: value }, ...partField };
      return { t: 'year', year: { kind: 'abs', year: value }, ...partField };
    }
    case 'monthRange': {
      const from = readDateNumber(g.mra as string);
      const to = readDateNumber(g.mrb as string);
      return inMonth(from) && inMonth(to) && from !== to ? { t: 'monthRange', from, to } : undefined;
    }
    case 'dayRange': {
      const from = readDateNumber(g.dra as string);
      const to = readDateNumber(g.drb as string);
      return inDay(from) && inDay(to) && to > from ? { t: 'dayRange', from, to, loose: g.drSuf === '日' } : undefined;
    }
    case 'month':
    case 'cnMonth': {
      const month = readDateNumber((g.mo ?? g.cm) as string);
      if (!inMonth(month) || before === '每' || before === '第') return undefined;
      const part = monthPartOf(g.moPart ?? g.cmPart);
      const day = g.cmd === undefined ? undefined : readDateNumber(g.cmd);
      if (g.cmd !== undefined && !inDay(day)) return undefined;
      return { t: 'month', month, ...(part ? { part } : {}), ...(day !== undefined ? { day } : {}) };
    }
    case 'day':
    case 'cnDay': {
      const day = readDateNumber((g.dd ?? g.cd) as string);
      if (!inDay(day) || before === '每' || before === '第' || followedBy(DAY_NOT_DATE_AFTER, text, raw.end)) return undefined;
      // A bare 15日 or 二十二日 is a date; 3号 (a line, a building) and 十日 or 五日 (ten or five
      // days) only after a month: a Chinese day alone needs two numeral places to be a date.
      const loose = g.dSuf === '日' || (g.cdSuf === '日' && day >= 11);
      return { t: 'day', day, loose };
    }
    case 'dayOf': {
      const day = readDateNumber(g.dofN as string);
      return inDay(day) ? { t: 'day', day, loose: true } : undefined;
    }
    case 'recent': {
      const n = readDateNumber(g.rcN as string);
      if (n === undefined || n < 1 || n > 100) return undefined;
      // 历时近三年 is a duration; 近三年来, 近三年，… and 过去5年 are the years up to now.
      if (g.rcW === '近' && g.rcLai === undefined && !CLAUSE_OPENS_BEFORE.test(before)) return undefined;
      const unit = g.rcU === '年' ? 'year' : 'month';
      return g.rcW === '未来' ? { t: 'recent', n, unit, ahead: true } : { t: 'recent', n, unit };
    }
    case 'holiday': {
      const name = g.hol as string;
      const w = g.holW;
      // 国庆 alone is also a name (王国庆, 国庆路); 元旦 is always the day.
      if (w === undefined && name !== '元旦' && !name.endsWith('节')) return undefined;
      const fixed = FIXED_HOLIDAYS.get(name);
      // 春节前, 国庆后: a stretch before or after the holiday with no edge the text gives.
      if (!fixed || (w !== undefined && /^[前后]/.test(w) && !/^前[夕]/.test(w))) return { t: 'holiday' };
      return { t: 'holiday', days: fixed };
    }
    case 'ago': {
      const n = countOf(g.agoN);
      if (n === undefined || n <= 0 || n > 200) return undefined;
      const u = g.agoU as string;
      const unit = u === '年' ? 'year' : u === '天' ? 'day' : u.endsWith('月') ? 'month' : 'week';
      if (n !== Math.floor(n) && unit !== 'year') return undefined;
      const sign = /前/.test(g.agoW as string) ? -1 : 1;
      // 半年前: half a year is six months.
      if (n === 0.5) return { t: 'ago', n: 6, unit: 'month', sign };
      return { t: 'ago', n, unit, sign };
    }
    case 'half':
      if (g.hf) return { t: 'half', half: /^[上前]/.test(g.hf) ? 1 : 2 };
      return { t: 'relHalf', offset: (g.hfRel as string).startsWith('上') ? -1 : 1 };
    case 'halfMonth':
      return { t: 'halfMonth', half: g.hm === '上' ? 1 : 2 };
    case 'quarter': {
      // 首季 (Hong Kong and Taiwan): the first quarter; 首三季: the first three.
      if (g.qFirst !== undefined) return { t: 'quarter', q: 1, cumulative: false, ...(g.qPart === '末' ? { part: 'end' as const } : {}) };
      if (g.qQ !== undefined) return { t: 'quarter', q: readDateNumber(g.qQ) ?? 0, cumulative: false };
      const q = readDateNumber(g.qn as string);
      if (q === undefined || q < 1 || q > 4) return undefined;
      // 三个季度 is a duration; 前三个季度 is the first three.
      if (g.qg && g.qk !== '前') return undefined;
      // 季 without 度 is a quarter only as 第3季 or 前三季 (三季 alone may be a season or third place).
      if (g.qd !== '季度' && g.qk === undefined) return undefined;
      const part = g.qPart === '末' ? 'end' : g.qPart === '初' ? 'start' : undefined;
      if (g.qa !== undefined) {
        // 1至3季度: the quarters from the first to the last named.
        const from = readDateNumber(g.qa);
        if (from === undefined || from < 1 || from >= q || g.qk !== undefined || part) return undefined;
        return { t: 'quarter', q: from, cumulative: false, to: q };
      }
      return { t: 'quarter', q, cumulative: g.qk === '前' || g.qk === '首', ...(part ? { part } : {}) };
    }
    case 'relQuarter': {
      const r = g.qr as string;
      return { t: 'relQuarter', offset: r.startsWith('上') ? -1 : r.startsWith('下') ? 1 : 0 };
    }
    case 'cumMonths': {
      const n = readDateNumber(g.cmn as string);
      return n !== undefined && n >= 1 && n <= 12 ? { t: 'cumMonths', n } : undefined;
    }
    case 'sub': {
      const n = readDateNumber(g.sn as string);
      const u = g.su as string;
      const unit = u === '月' ? 'month' : u === '天' ? 'day' : 'week';
      if (n === undefined || n < 1 || n > 366) return undefined;
      // 第三月 needs 个; 前三月 is cumMonths' business.
      if (unit === 'month' && !g.sg) return undefined;
      const k = g.sk as string;
      const mode = k === '第' ? 'nth' : k === '前' ? 'first' : 'last';
      return { t: 'sub', sub: { mode, n, unit } };
    }
    case 'subWeekday': {
      const n = g.swn === undefined ? 1 : readDateNumber(g.swn);
      const d = g.swd as string;
      const weekday = d === '日' || d === '天' ? 7 : readDateNumber(d);
      if (n === undefined || weekday === undefined || weekday < 1 || weekday > 7) return undefined;
      return { t: 'sub', sub: { mode: g.swk === '第' ? 'nth' : 'last', n, unit: 'week', weekday } };
    }
    case 'relYear': {
      const year = REL_YEAR.get(g.ry as string);
      if (!year) return undefined;
      // 后年 (the year after next) opens its clause or follows a conjunction; after another word it
      // is 后 (after) and the 年 of what follows (达产后年营收, 建成后年产值).
      if ((g.ry === '后年' || g.ry === '後年') && isHanCode(before.charCodeAt(0)) && !YEAR_JOINS.includes(before)) return undefined;
      const part = yearPartOf(g.ryPart);
      return { t: 'year', year, ...(part ? { part } : {}) };
    }
    case 'relMonth': {
      const w = g.rm as string;
      const ctx = /^[当當同]/.test(w);
      const offset = w.startsWith('上') ? -1 : w.startsWith('下') || w.startsWith('次') ? 1 : 0;
      const part = monthPartOf(g.rmPart);
      return { t: 'relMonth', offset, ctx: ctx || w.startsWith('次'), ...(part ? { part } : {}) };
    }
    case 'relDay': {
      const r = REL_DAY.get(g.rd as string);
      return r ? { t: 'relDay', offset: r.offset, ctx: r.ctx } : undefined;
    }
    case 'week': {
      const p = g.wp;
      const d = g.wd;
      // 记者周三春: after a byline role, 周 opens a person's name.
      if (BYLINE_ROLE_BEFORE.test(text.slice(Math.max(0, raw.start - 4), raw.start))) return undefined;
      // A bare 周 is a week, a circuit or a surname; it needs a prefix (上周) or a day (周一).
      if (!p && !d) return undefined;
      if (!p && d === '末') return undefined;
      if (!p && g.wg) return undefined;
      const offset = p === undefined || /^[本这這]/.test(p) ? 0 : p === '上上' ? -2 : p === '下下' ? 2 : p.startsWith('上') ? -1 : 1;
      if (d === undefined) return { t: 'week', offset };
      if (d === '末') return { t: 'week', offset, day: 'weekend' };
      const day = d === '日' || d === '天' ? 7 : (readDateNumber(d) as number);
      return { t: 'week', offset, day };
    }
    case 'part': {
      const sp = g.sp as string;
      if (sp.startsWith('年')) return { t: 'part', scope: 'year', part: yearPartOf(sp)! };
      return { t: 'part', scope: 'month', part: monthPartOf(sp.startsWith('月') ? sp.slice(1) : sp)! };
    }
    case 'vague':
      return { t: 'vague' };
    default:
      return undefined;
  }
}
