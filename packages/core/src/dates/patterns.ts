/**
 * The patterns of date atoms, compiled once at module load. The scanner looks up each code
 * unit of the text in a table of the characters a date can start with, then tries there, in order, only the
 * alternatives that can start with that character, joined in one sticky regex with one
 * numbered group each; the kind that matched then reads its named groups with its own regex.
 *
 * Every quantifier is bounded or over a single character class, and no alternative nests a
 * quantifier inside another, so a match attempt costs a constant and the scan is linear.
 */
import { arabicDigit } from '../knowledge/numerals.js';
import { ROC_YEAR_DIGITS } from '../knowledge/rocYear.js';
import type { Region } from '../models/enums.js';
import { dateMayStartAtDigits } from './digitFollowers.js';
import { matchPrefixes } from './matchPrefixes.js';
import { CN_DIGIT, DIGIT } from './numerals.js';

// A Chinese numeral character: a date atom written in Chinese must not start inside one.
const CN_NUM = '〇零○一二三四五六七八九十百千万萬两兩几幾';
// Not inside a longer number (digits, decimals).
const NO_DIGIT_BEFORE = '(?<![0-9０-９.．])';
const NO_CN_BEFORE = `(?<![${CN_NUM}])`;
// 年初步, 月初次: 初 starting a word is not "early"; 初一…初十 are lunar days.
const CHU = '初(?!步|次|级|級|创|創|中|心|始|衷|见|見|审|審|稿|选|選|赛|賽|具|试|試|[一二三四五六七八九十])';
// 年中国, 月中心: 中 means "middle" only where the clause goes on or ends.
const ZHONG = '中(?=[，,。、；;：:！!？?的前后後以至到和与與（(）)\\s]|$)';
// 年内蒙古, 年内地: 内 is "within" only when not the start of a word.
const NEI = '[内內](?![蒙地外部容涵在陆陸需销銷资資])';

const yearPart = (name: string): string => `(?<${name}>年?(?:${CHU}|${ZHONG}|底|末|终|終|尾|${NEI}))`;
const monthPart = (name: string): string => `(?<${name}>${CHU}|底|末|上旬|中旬|下旬|${ZHONG})`;
const CN_MONTH = '十[一二]?|[一二三四五六七八九]';
// 今天上午, 12日下午: the part of a day belongs to the day's span.
const DAY_PART = '(?:上午|下午|中午|晚上|早上|凌晨|傍晚|晚间|晚間)';
const CN_DAY = '三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]';
const RANGE_SEP = '(?:—{1,2}|[-–~～－至到])';
// The Taiwan-only alternative: ROC years written bare, e.g. 95年 (the range is knowledge/rocYear.ts's).
const ROC_YEAR = `${NO_DIGIT_BEFORE}(?<rocY>${ROC_YEAR_DIGITS})[ ]?年(?<rocFen>度)?${yearPart('rocPart')}?`;
// Words that make a following 年/月/日 word part of something else (说明年度, 以上年, 提前年).
// 合同年, 如同年, 连同年: 同年 after a word ending in 同 is no date (see the 同年 of relYear).
const NOT_REL_BEFORE = '(?<![以过過失除离離之提此不相共说說表标標证證声聲阐闡简簡申注发發透查安健完齐齊应應适適正每])';

const ASCII_DIGITS = '0123456789';
const DIGITS = '0123456789０１２３４５６７８９';
const CN_1_9 = '一二三四五六七八九';

/**
 * One kind of atom: its pattern, and every character its match can start with (what the
 * scanner dispatches on; a test checks that no match starts elsewhere).
 */
export interface AtomPattern {
  kind: string;
  starts: string;
  source: string;
  region?: Region;
}

/** The atom kinds, in the order they are tried at one position (the first that matches wins). */
export const ATOM_PATTERNS: readonly AtomPattern[] = [
  // “十四五” (quotes outside the span) or 十四五规划/期间/时期 …
  { kind: 'plan', starts: CN_1_9 + '十', source: `(?<=[“"「『‘'])(?<planQ>十[一二三四五六七八九]?五|[一二三四五六七八九]五)(?=[”"」』’'])|${NO_CN_BEFORE}(?<![第])(?<planU>十[一二三四五六七八九]?五|[一二三四五六七八九]五)(?:(?<planEnd>末)(?!期)|(?=规划|規劃|期间|期間|时期|時期|计划|計劃|末|初期|中期|开局|開局|收官|以来|以來))` },
  // 上世纪九十年代, 二十世纪80年代, 九十年代, 1990年代
  { kind: 'decade', starts: '上本' + DIGITS + CN_1_9 + '十', source: `${NO_DIGIT_BEFORE}${NO_CN_BEFORE}(?<cen>上个?世[纪紀]|上個世紀|本世[纪紀]|(?<cenN>${DIGIT}{2}|[一二]?十[一二三四五六七八九]?)世[纪紀])?(?<dec>[一二三四五六七八九]十|${DIGIT}0|[12][0-9]{2}0)年代` },
  // 民国95年, 康熙二十年 (years counted from an era's first year)
  { kind: 'era', starts: '民康雍乾嘉道咸光宣顺順', source: `(?<era>民国|民國|顺治|順治|康熙|雍正|乾隆|嘉庆|嘉慶|道光|咸丰|咸豐|同治|光绪|光緒|宣统|宣統)(?<eraN>元|${DIGIT}{1,3}|[一二三四五六七八九十百零〇两兩]{1,5})[ ]?年(?<eraFen>度)?${yearPart('eraPart')}?` },
  // 去年同期: the period in force, a year before; 去年同月, 上年同季度 say which period it is
  { kind: 'sameTime', starts: '去上前', source: `(?<st>去年|上年度|上年|上一年|前年)(?:同期|同月|同季度|同季)` },
  // 2023—2027年, 1995 - 1997年 (the first year bare)
  // 2014/15 財政年度, 2022/23年度: a fiscal year over two calendar years
  // (with a dash only where 财政年度 says it is fiscal: 2024-25財政年度; 2024-25年 may be two years)
  { kind: 'fiscalYear', starts: '12', source: `${NO_DIGIT_BEFORE}(?<fya>(?:19|20)[0-9]{2})[ ]?(?:[/／]|[-–－](?=[ ]?[0-9]{2}[ ]?(?:财政年度|財政年度)))[ ]?(?<fyb>[0-9]{2}|(?:19|20)[0-9]{2})[ ]?(?<fyw>财政年度|財政年度|年度|财年)` },
  // 二〇二三／二四年度, as Hong Kong's government writes its fiscal year
  { kind: 'fiscalYear', starts: '一二', source: `${NO_CN_BEFORE}(?<fcya>[一二]${CN_DIGIT}{3})[ ]?[/／][ ]?(?<fcyb>${CN_DIGIT}{2}|[一二]${CN_DIGIT}{3})[ ]?(?:财政年度|財政年度|年度|财年)` },
  { kind: 'yearRange', starts: '12', source: `${NO_DIGIT_BEFORE}(?<yra>[12][0-9]{3})[ ]?${RANGE_SEP}[ ]?(?<yrb>[12][0-9]{3})[ ]?年(?:度)?` },
  // 2022-06-15, 2022.6.15, 2022/6/15, 2022-06, 2022.6
  { kind: 'numeric', starts: '12', source: `(?<![0-9０-９.．/])(?<ny>(?:1[89]|20)[0-9]{2})(?<ns>[-./．])(?<nm>[0-9]{1,2})(?:[-./．](?<nd>[0-9]{1,2})(?:[ T\u3000]{1,2}(?<nt>[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?)(?![0-9:]))?)?(?![0-9])` },
  // 2022年, 2022年度, 2022年底
  { kind: 'year', starts: '12１２', source: `${NO_DIGIT_BEFORE}(?<y>[12][0-9]{3}|[１２][０-９]{3})[ ]?年(?<yFen>度)?${yearPart('yPart')}?` },
  // 二〇一九年, 零八年
  { kind: 'cnYear', starts: '一二〇零○', source: `${NO_CN_BEFORE}(?<cy>[一二]${CN_DIGIT}{3}|[〇零○]${CN_DIGIT})[ ]?年(?<cyFen>度)?${yearPart('cyPart')}?` },
  // 08年 (a leading zero), 18年10月 (two digits before a month)
  { kind: 'year2', starts: ASCII_DIGITS, source: `${NO_DIGIT_BEFORE}(?<y2>0[0-9]|[0-9]{2}(?=[ ]?年[ ]?(?:${DIGIT}{1,2}|${CN_MONTH})月))[ ]?年(?<y2Fen>度)?${yearPart('y2Part')}?` },
  // 1至9月份, 1-9月, 一至九月
  { kind: 'monthRange', starts: DIGITS + CN_1_9 + '十', source: `${NO_DIGIT_BEFORE}${NO_CN_BEFORE}(?<mra>${DIGIT}{1,2}|${CN_MONTH})[ ]?${RANGE_SEP}[ ]?(?<mrb>${DIGIT}{1,2}|${CN_MONTH})[ ]?月(?:份)?` },
  // 1-15日, 1日至15日
  { kind: 'dayRange', starts: DIGITS, source: `${NO_DIGIT_BEFORE}(?<dra>${DIGIT}{1,2})[ ]?(?:日|号|號)?[ ]?${RANGE_SEP}[ ]?(?<drb>${DIGIT}{1,2})[ ]?(?<drSuf>[日号號])` },
  // 6月, 9月份, 9月底, 6月上旬
  { kind: 'month', starts: DIGITS, source: `${NO_DIGIT_BEFORE}(?<mo>${DIGIT}{1,2})[ ]?月(?<moFen>份)?${monthPart('moPart')}?` },
  // 15日, 3号
  // 日本, 日元, 日报 and 日均 are words of their own: 5日本銭 is 5 sen, not the 5th.
  { kind: 'day', starts: DIGITS, source: `${NO_DIGIT_BEFORE}(?<dd>${DIGIT}{1,2})[ ]?(?<dSuf>日(?![本元圓币幣报報均產产])|号|號)${DAY_PART}?` },
  // 今（12）日, 昨(11)日: a day of the month in force, as Taiwan and Hong Kong wires write it
  { kind: 'dayOf', starts: '今昨明本', source: `(?<dof>今|昨|明|本)[（(](?<dofN>${DIGIT}{1,2})[)）][ ]?日${DAY_PART}?` },
  // 5年前, 三天前, 半年后
  { kind: 'ago', starts: DIGITS + CN_1_9 + '十两兩半', source: `${NO_DIGIT_BEFORE}${NO_CN_BEFORE}(?<agoN>${DIGIT}{1,3}|[一二三四五六七八九十两兩半]{1,3})[ ]?(?<agoU>年|个月|個月|周|週|星期|天)(?<agoW>之前|以前|前|之后|之後|以后|以後|后|後)(?![后後沿列期])(?![一二三四五六七八九十两兩0-9０-９]{1,2}[个個]?(?:季|月))` },
  { kind: 'rocYear', starts: '123456789１２３４５６７８９', source: ROC_YEAR, region: 'taiwan' },
  // 上半年, 前半年, 上个半年 (the half before the reference date's)
  { kind: 'half', starts: '上下前后後', source: `(?<hf>上半年|下半年|前半年|后半年|後半年)|(?<hfRel>上个|上個|上一个|上一個|下个|下個|下一个|下一個)半年` },
  { kind: 'halfMonth', starts: '上下', source: `(?<hm>上|下)半月` },
  // 一季度, 第一季度, 前三季度, 三季度末
  { kind: 'quarter', starts: '前第首一二三四1234１２３４', source: `(?<![0-9０-９${CN_NUM}])(?:(?<qFirst>首季度?)|(?<qk>前|第|首)?(?:(?<qa>[一二三四1-4１-４])[ ]?${RANGE_SEP}[ ]?)?(?<qn>[一二三四1-4１-４])(?<qg>个|個)?(?<qd>季度|季(?![节節风風军軍刊])))(?<qPart>末|初)?` },
  // Q3, as company and statistics reports write a quarter (2024年Q3, 今年Q3). A pattern of its own:
  // one that may start at a digit and does not refuse a digit before it is tried inside every run of digits.
  { kind: 'quarter', starts: 'Qq', source: `(?<![A-Za-z])[Qq](?<qQ>[1-4１-４])(?![0-9０-９A-Za-z])` },
  { kind: 'relQuarter', starts: '上本下当當', source: `(?<qr>上一?个?|上一?個|本|下一?个?|下一?個|当|當)季度` },
  // 前4月, 前11个月, 前两个月
  { kind: 'cumMonths', starts: '前', source: `(?<![提之以此目空超])前(?<cmn>${DIGIT}{1,2}|十[一二]?|[一二三四五六七八九两兩])[ ]?(?:个|個)?月(?:份)?` },
  // 最后一个星期一, 第二个周三 (inside a month)
  { kind: 'subWeekday', starts: '第最', source: `(?<swk>第|最后|最後)[ ]?(?<swn>[1-5一二三四五])?[ ]?(?:个|個)?[ ]?(?:星期|周|週|礼拜|禮拜)(?<swd>[一二三四五六日天1-7])` },
  // 第一周, 前2周, 最后4个月, 前10天 (inside a year or a month)
  { kind: 'sub', starts: '第前最', source: `(?<sk>第|前|最后一?|最後一?)[ ]?(?<sn>${DIGIT}{1,2}|[一二三四五六七八九十两兩]{1,3})[ ]?(?<sg>个|個)?[ ]?(?<su>周|週|星期(?![一二三四五六日天])|礼拜(?![一二三四五六日天])|禮拜(?![一二三四五六日天])|月|天)` },
  // 今年, 去年, 上年度, 当年, 今年年底
  // 年内 alone is the year in force, as 全年 is; after a number (5年内) or a word of time (今年内, 近年内) it is none.
  { kind: 'relYear', starts: '大前去上今本明下后後次翌同当當全年', source: `${NOT_REL_BEFORE}(?<ry>大前年|前年|去年|上一年|上年|今年|本年|明年|下一年|后年|後年|大后年|大後年|次年|翌年|(?<![合如陪会會协協等连連认認赞贊])同年|当年|當年|全年|(?<![0-9０-９${CN_NUM}今去明前后後上下本当當同次全近多数數几幾每半整历歷逐])年[内內](?![外部容涵地]))(?<ryFen>度)?${yearPart('ryPart')}?(?![级級龄齡轻輕纪紀华華])` },
  // 本月, 上个月, 当月, 本月底
  { kind: 'relMonth', starts: '本上下当當次同这這', source: `${NOT_REL_BEFORE}(?<rm>本月|上月|下月|当月|當月|次月|同月|上个月|上個月|下个月|下個月|这个月|這個月|上一个月|上一個月|下一个月|下一個月)(?:份)?${monthPart('rmPart')}?` },
  // 今天, 昨日, 后天, 次日
  { kind: 'relDay', starts: '大前昨今明后後次翌当當同', source: `${NOT_REL_BEFORE}(?<rd>大前天|前天|昨天|昨日|昨晚|昨夜|今天|今日(?!头条|頭條)|明天|明日|大后天|大後天|后天|後天|次日|翌日|当天|當天|当日|當日|同日(?!而语|而語)|昨(?![（(]))${DAY_PART}?` },
  // 近三年, 过去5年, 近3个月来: the stretch up to the reference date; 未来三年 the one after it
  { kind: 'recent', starts: '近过過未', source: `(?<![最附接将將临臨靠邻鄰])(?<rcW>近|过去|過去|未来|未來)(?<rcN>${DIGIT}{1,2}|[一二三四五六七八九十两兩]{1,3})[ ]?(?<rcU>年|个月|個月)(?<rcLai>来|來|以来|以來|里|裡|中|间|間)?` },
  // 国庆期间, 春节前, 元旦: holidays, on their days where the calendar fixes them
  { kind: 'holiday', starts: '国國春元五劳勞清端中', source: `(?<hol>国庆|國慶|春节|春節|元旦|五一|劳动节|勞動節|清明节|清明節|端午节|端午節|中秋节|中秋節)(?<holW>黄金周|黃金週|假期|长假|長假|期间|期間|前后|前後|前夕|前|后|後|节|節)?` },
  // 上周, 下下周, 本周末, 周一, 上上個週三
  { kind: 'week', starts: '上下本这這个個周週星礼禮', source: `(?<![0-9０-９${CN_NUM}每])(?<wp>上上|下下|上一?|下一?|本|这|這)?(?<wg>个|個)?(?:周|週|星期|礼拜|禮拜)(?<wd>[一二三四五六日天末1-7])?` },
  // 十月, 十二月份, 八月十五, 一月十日
  { kind: 'cnMonth', starts: CN_1_9 + '十', source: `${NO_CN_BEFORE}(?<cm>${CN_MONTH})月(?<cmFen>份)?(?:${monthPart('cmPart')}|(?<cmd>${CN_DAY})(?:(?<cmdSuf>[日号號])|(?=[，,。、；;：:！!？?（(）)\\s]|$)))?` },
  // 十日, 十二号 (after a month)
  { kind: 'cnDay', starts: CN_1_9 + '十', source: `${NO_CN_BEFORE}(?<cd>${CN_DAY})(?<cdSuf>[日号號])` },
  // 年初, 年底, 月底, 上旬 (in the year or month in force)
  { kind: 'part', starts: '年月上中下', source: `(?<![0-9０-９${CN_NUM}今去明前上下本当當同次全年月])(?<sp>年${CHU}|年${ZHONG}|年底|年末|年终|年終|年尾|月${CHU}|月${ZHONG}|月底|月末|上旬|中旬|下旬)` },
  // 近日, 目前, 如今 …: found, with no interval
  { kind: 'vague', starts: '近日目当當眼如现現以此最', source: `(?<vg>近日|日前|近期|近年来|近年來|近些年|近年|目前|当前|當前|眼下|如今|(?<![体體表实實出呈展发發])现在|(?<![体體表实實出呈展发發])現在|当下|當下|以前(?![沿瞻端列期置提台])|以往|此前|最初|最近)` },
];

const NAME = /\(\?<([A-Za-z]\w*)>/g;

interface Alternatives {
  re: RegExp;
  kinds: number[];
  /**
   * Every alternative opens with a lookbehind that refuses an Arabic digit before it, so none
   * can match right after one: the scan skips the try at the inner digits of 2023 or 312.
   */
  notAfterDigit: boolean;
  /** Opens with a digit: tried only where `dateMayStartAtDigits` allows. */
  digitLed: boolean;
  /**
   * Indexed by `Scanner.secondIndex` of the code unit after the first: 1 where some kind's
   * match can go on with it. Undefined where a match may be the first code unit alone (昨, 周).
   */
  second: Uint8Array | undefined;
}

const ARABIC_DIGITS = '0123456789０１２３４５６７８９';

/** Whether `source` has a `|` outside every group and class (an alternation at its top). */
function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

const LEADING_NEGATIVE_LOOKBEHIND = /^\(\?<!\[((?:\\.|[^\]\\])*)\]\)/;

/** Whether a pattern can never match right after an Arabic digit, by its leading lookbehind. */
function refusesDigitBefore(source: string): boolean {
  if (hasTopLevelAlternation(source)) return false;
  const m = LEADING_NEGATIVE_LOOKBEHIND.exec(source);
  if (!m) return false;
  const refused = new RegExp(`[${m[1]}]`);
  return [...ARABIC_DIGITS].every((d) => refused.test(d));
}

interface Scanner {
  /**
   * For each UTF-16 code unit a date atom can start with, the alternatives that can start with
   * it, in order, in one sticky regex with one numbered group each. A typed array indexed by
   * code unit: one load per character of the text, no allocation.
   */
  first: Uint8Array;
  /** `first[code]` indexes this list (0: no atom starts with that code unit). */
  alternatives: readonly Alternatives[];
  kinds: readonly AtomPattern[];
  /** Each kind's own pattern, sticky and with its named groups, run where an alternative matched. */
  sticky: readonly RegExp[];
  /** Each code unit that can follow a first one in some match, numbered from 1; others 0. */
  secondIndex: Uint16Array;
}

/**
 * For each first code unit, the code units a match opening with it can go on with, from the
 * patterns' sources (a superset: see matchPrefixes); a match that may stop after the first
 * code unit leaves it out of the map.
 */
function secondUnits(chosen: readonly AtomPattern[], firsts: ReadonlySet<string>): Map<string, Set<number>> {
  const prefixes = chosen.map((p) => matchPrefixes(p.source));
  const out = new Map<string, Set<number>>();
  for (const ch of firsts) {
    const seconds = new Set<number>();
    let alone = false;
    for (const [i, p] of chosen.entries()) {
      if (!p.starts.includes(ch)) continue;
      for (const s of prefixes[i]!) {
        if (s[0] !== ch) continue;
        if (s.length < 2) alone = true;
        else seconds.add(s.charCodeAt(1));
      }
    }
    if (!alone) out.set(ch, seconds);
  }
  return out;
}

function build(region: Region | undefined): Scanner {
  const chosen = ATOM_PATTERNS.filter((p) => p.region === undefined || p.region === region);
  const firsts = new Set<string>();
  for (const p of chosen) for (const ch of p.starts) firsts.add(ch);
  const first = new Uint8Array(0x10000);
  const seconds = secondUnits(chosen, firsts);
  const secondIndex = new Uint16Array(0x10000);
  let numbered = 0;
  for (const set of seconds.values()) for (const c of set) if (secondIndex[c] === 0) secondIndex[c] = ++numbered;
  const alternatives: Alternatives[] = [{ re: /$^/y, kinds: [], notAfterDigit: false, digitLed: false, second: undefined }];
  for (const ch of firsts) {
    const kinds = chosen.flatMap((p, i) => (p.starts.includes(ch) ? [i] : []));
    // Named groups here would cost an object of dozens of properties per match: numbered only.
    const source = kinds.map((i) => `(${chosen[i]!.source.replace(NAME, '(?:')})`).join('|');
    first[ch.charCodeAt(0)] = alternatives.length;
    const notAfterDigit = kinds.every((i) => refusesDigitBefore(chosen[i]!.source));
    const set = seconds.get(ch);
    let second: Uint8Array | undefined;
    if (set) {
      second = new Uint8Array(numbered + 1);
      for (const c of set) second[secondIndex[c]!] = 1;
    }
    alternatives.push({ re: new RegExp(source, 'y'), kinds, notAfterDigit, digitLed: arabicDigit(ch.charCodeAt(0)) >= 0, second });
  }
  return {
    first,
    secondIndex,
    alternatives,
    kinds: chosen,
    sticky: chosen.map((p) => new RegExp(p.source, 'y')),
  };
}

// Built once: the mainland/Hong Kong scanner and the Taiwan one (which also reads ROC years).
const SCANNERS: Readonly<Record<'general' | 'taiwan', Scanner>> = {
  general: build(undefined),
  taiwan: build('taiwan'),
};

/** A pattern match before its groups are read into an atom. */
export interface RawAtom {
  kind: string;
  start: number;
  end: number;
  groups: Readonly<Record<string, string | undefined>>;
}

/**
 * Finds date atoms left to right. `accept` reads a match into an atom or rejects it; after a
 * rejection the later patterns are tried at the same place, then the scan moves one code unit
 * on, so another pattern may start inside the rejected match.
 *
 * @example
 * scanAtoms('今年9月', 'mainland', (raw) => raw.kind); // ['relYear', 'month']
 */
export function scanAtoms<T>(text: string, region: Region, accept: (raw: RawAtom) => T | undefined): T[] {
  const { first, alternatives, kinds, sticky, secondIndex } = region === 'taiwan' ? SCANNERS.taiwan : SCANNERS.general;
  const out: T[] = [];
  const n = text.length;
  for (let at = 0; at < n; at++) {
    const slot = first[text.charCodeAt(at)]!;
    if (slot === 0) continue;
    const alt = alternatives[slot]!;
    if (alt.notAfterDigit && at > 0 && arabicDigit(text.charCodeAt(at - 1)) >= 0) continue;
    // Most places where 元, 中 or 大 stands open no date: the next code unit tells before a regex runs.
    const second = alt.second;
    if (second !== undefined && (at + 1 === n || second[secondIndex[text.charCodeAt(at + 1)]!] === 0)) continue;
    if (alt.digitLed && !dateMayStartAtDigits(text, at)) continue;
    let k = 1;
    // One kind alone needs no joint regex to find which matched: its own is run straight away.
    if (alt.kinds.length > 1) {
      alt.re.lastIndex = at;
      const m = alt.re.exec(text);
      if (!m || m[0].length === 0) continue;
      while (m[k] === undefined) k++;
    }
    // The first alternative that matches here; if its reading rejects it (28日至3日 is no day
    // range), the later ones get their turn at the same place (28日 is a day).
    for (let i = k - 1; i < alt.kinds.length; i++) {
      const kindIndex = alt.kinds[i]!;
      const one = sticky[kindIndex]!;
      one.lastIndex = at;
      const match = one.exec(text);
      if (!match || match[0].length === 0) continue;
      const atom = accept({ kind: kinds[kindIndex]!.kind, start: at, end: at + match[0].length, groups: match.groups ?? {} });
      if (atom === undefined) continue;
      out.push(atom);
      at += match[0].length - 1;
      break;
    }
  }
  return out;
}

/**
 * The names of every capture group of the patterns. Each kind's groups are read by name after
 * its own regex matches, so a test checks no two kinds share a name.
 *
 * @example
 * patternGroupNames().includes('planQ'); // true
 */
export function patternGroupNames(): string[] {
  const names: string[] = [];
  for (const p of ATOM_PATTERNS) for (const m of p.source.matchAll(NAME)) names.push(m[1]!);
  return names;
}
