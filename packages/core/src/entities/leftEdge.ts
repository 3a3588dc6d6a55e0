import type { SuffixRule } from './lexicons/suffixes.js';
import { HEAD_NOUNS, NAME_CONJUNCTIONS } from './lexicons/vocabulary.js';
import type { Candidate } from './candidate.js';
import type { EndLookup } from './positions.js';
import { GENERIC, NAMES, STOPS, SUFFIXES, VERBS_FORWARD } from './lexicon.js';
import { unitsOf } from '../knowledge/codeUnits.js';

/** Where a name ends on the left, and what it was read from. */
export interface LeftEdge {
  start: number;
  /** The outermost place, zone or organisation the name starts with (北京大学 in 北京大学重庆大数据研究院). */
  prefix: Candidate | undefined;
  /** Characters read as a proper name: not common words (金凤, 云庆行). */
  proper: number;
  /** Code units of common words read (生物医药, 科技). */
  generic: number;
  /** An edition or year was read (2014年工作会议, 第二届…论坛). */
  edition?: boolean;
}

// A name is rarely longer than this before its suffix; a longer run has no edge we can trust.
const MAX_BODY = 28;
// A run of unknown characters longer than this is a clause, not a proper name.
const MAX_PROPER = 6;
const EDITION = /^(?:首届|第[一二三四五六七八九十百零〇0-9０-９]+届)$/;
const YEAR_BEFORE = /(?:19|20)[0-9]{2}年?$/;
const EDITION_BEFORE = /第[一二三四五六七八九十百零〇0-9０-９]+届$/;
// Classifiers and numerals by code unit (1 where one): read at each character of each edge.
const CLASSIFIER_CHARS = '个家所项名位批类种座条大款台套部支只';
const CLASSIFIERS = unitsOf(CLASSIFIER_CHARS);
// The units and magnitudes that end an amount (15亿元, 3万): after a number they close a name.
const AMOUNT_UNITS = unitsOf('元亿億万萬');
const BEN = 0x672c;
// What 本 (this) takes as a determiner: the classifiers (大 aside, which counts N大 only) and the
// units of time and place (本次, 本届, 本市).
const DETERMINED = unitsOf(`${CLASSIFIER_CHARS.replace('大', '')}次届年期轮月周季日地市省区县镇村国级`);
const NUMERALS = unitsOf('一二三四五六七八九十百千万两几首多余数0123456789０１２３４５６７８９');
// Punctuation, spaces, digits and brackets end a name: none of them is inside the names we read.
const HARD_STOP = /[\s\p{P}\p{S}0-9０-９]/u;
// The pattern's answer for each code unit, learned on first use (0 not yet asked, 1 no, 2 yes): the
// left edge asks at every character it reads, and a Unicode-property test is costly to repeat.
const HARD_STOP_SEEN = new Uint8Array(0x10000);

/** Which kinds of name may take a zone in front of them (咸宁高新区政务服务局, 威海火炬高新区医疗器械产业人才服务联盟). */
const ZONE_JOINS: ReadonlySet<string> = new Set(['government', 'association', 'company', 'subArea', 'event', 'zone', 'media', 'index']);
/** Kinds that take a zone in front only when they have no proper name of their own (武汉未来科技城新能源研究院, not 成都高新区 | 星河实验室). */
const ZONE_JOINS_UNNAMED: ReadonlySet<string> = new Set(['research', 'education', 'facility']);
// A Latin brand: a capital, then letters, digits or & (IBM, SAP, H3C).
const LATIN_BRAND = /[A-Z][A-Za-z0-9&]{1,7}$/;
// A Latin or alphanumeric code inside a Chinese name (长三角G60科创走廊, 京东方OLED): read as a proper part.
const LATIN_CODE = /[A-Za-z][A-Za-z0-9]{0,7}$|[0-9]{1,3}[A-Za-z]{1,3}$/;
// Places before a prefix that still belong to the name (山东 + 临沂经济开发区, 上海 + 张江管理局).
const MAX_PLACE_CHAIN = 2;
// Unknown characters a research body's later field may hold after 与 (纳米仿生 in 纳米技术与纳米仿生研究所).
const MAX_FIELD_PROPER = 4;
const BODY_NOUNS: ReadonlySet<string> = new Set(HEAD_NOUNS);

/**
 * Reads a name leftwards from where its suffix starts: common words, a proper part, and a place,
 * zone or organisation in front, until a verb, a function word, punctuation or another name
 * closes it. `endsAt` holds the names found so far by where they end. Returns undefined when
 * no edge can be trusted (a long run of unknown characters).
 *
 * @example
 * // 由湖北海星新材料科技有限公司投资 → start at 湖北 (a place), proper 海星, generic 新材料科技
 */
export function findLeftEdge(text: string, suffixStart: number, rule: SuffixRule, endsAt: EndLookup): LeftEdge | undefined {
  let pos = suffixStart;
  let proper = 0;
  let generic = 0;
  let properRun = 0;
  let lastWasWord = true;
  let edition = false;
  const floor = Math.max(0, suffixStart - MAX_BODY);
  while (pos > floor) {
    const before = endsAt.get(pos);
    // A product or event read inside a longer name (中科院汽车软件 in 中科院汽车软件创新平台) and a short
    // county name (天元 in 北太天元) do not close the name: read on through them.
    // An event's name reads through a place inside it (第六届数字中国建设峰会): the edition may stand before it.
    if (
      before &&
      rule.type === 'event' &&
      before.type === 'place' &&
      before.source === 'lexicon' &&
      before.start > floor &&
      !endsAt.has(before.start) &&
      !isHardStop(text.charAt(before.start - 1)) &&
      STOPS.longestEndingAt(text, before.start, floor) === undefined
    ) {
      pos = before.start;
      proper++;
      lastWasWord = false;
      continue;
    }
    // 第十一届…博览会高峰论坛, 数字中国建设峰会分论坛: a forum of a named event takes the event's whole name.
    if (before && rule.type === 'event' && before.type === 'event' && before.source === 'suffix' && suffixStart - pos <= 1) {
      return { start: before.start, prefix: undefined, proper: proper + before.end - before.start, generic, edition: true };
    }
    if (before && !before.weak && !(before.source === 'suffix' && (before.type === 'work' || before.type === 'event'))) {
      const prefix = joinPrefix(before, rule, endsAt, proper);
      let start = prefix ? placesBefore(prefix, rule, endsAt) : pos;
      // 2023中国（绵阳）科技城国际科技博览会, 第二十五届中国国际…交易会: the edition stands before the place.
      if (prefix && rule.type === 'event') {
        const head = text.slice(Math.max(0, start - 8), start);
        const found = EDITION_BEFORE.exec(head) ?? YEAR_BEFORE.exec(head);
        if (found) {
          start -= found[0].length;
          edition = true;
        }
      }
      // IBM中国研究院, SAP中国: a Latin brand before the place a body serves opens its name.
      if (prefix?.type === 'place' && rule.type === 'organization') {
        const brand = LATIN_BRAND.exec(text.slice(Math.max(0, start - 9), start));
        if (brand && !isAsciiAlnumCode(text.charCodeAt(start - brand[0].length - 1))) {
          start -= brand[0].length;
          proper++;
        }
      }
      return { start, prefix, proper, generic, edition };
    }
    // pos > floor >= 0: a code unit of the text, read as a number (a string of one Han character is an allocation).
    const code = text.charCodeAt(pos - 1);
    if (code === 0x29 || code === 0xff09) {
      const open = Math.max(text.lastIndexOf('(', pos - 1), text.lastIndexOf('（', pos - 1));
      const inner = open >= 0 && pos - open <= 8 ? text.slice(open + 1, pos - 1) : '';
      // 青岛高新区（红岛经济区）管委会: a zone's other name in brackets lets the zone in front join.
      const zoneAlias = inner !== '' && endsAt.get(open)?.type === 'zone' && SUFFIXES.longestEndingAt(inner, inner.length)?.value.type === 'zone';
      if (inner && (EDITION.test(inner) || NAMES.get(inner)?.type === 'place' || zoneAlias)) {
        if (EDITION.test(inner)) edition = true;
        pos = open;
        proper++;
        lastWasWord = false;
        continue;
      }
      break;
    }
    if (rule.type === 'event') {
      const head = text.slice(Math.max(0, pos - 8), pos);
      const found = EDITION_BEFORE.exec(head) ?? YEAR_BEFORE.exec(head);
      if (found) {
        pos -= found[0].length;
        proper++;
        edition = true;
        continue;
      }
    }
    if (isAsciiAlnumCode(code)) {
      const latin = LATIN_CODE.exec(text.slice(Math.max(floor, pos - 8), pos));
      const left = latin ? text.charAt(pos - latin[0].length - 1) : '';
      // Inside a name: Chinese on its left, or the name already read on its right.
      if (latin && !isAsciiAlnum(left) && (proper + generic > 0 || /[\u4e00-\u9fff]/.test(left))) {
        pos -= latin[0].length;
        proper++;
        lastWasWord = false;
        continue;
      }
    }
    if (isHardStopCode(code)) break;
    // 六大…平台, 首个…中心: a numeral and classifier close a counted description.
    if (CLASSIFIERS[code] === 1 && pos >= 2 && NUMERALS[text.charCodeAt(pos - 2)] === 1) break;
    // 投资15亿元建设生命科学产业园: an amount's unit closes the name as its digits do.
    if (AMOUNT_UNITS[code] === 1 && pos >= 2 && (NUMERALS[text.charCodeAt(pos - 2)] === 1 || AMOUNT_UNITS[text.charCodeAt(pos - 2)] === 1)) break;
    // Lengths only: each character read asks both, and most answers are none.
    const stopLength = STOPS.longestLengthEndingAt(text, pos, floor);
    const wordLength = GENERIC.longestLengthEndingAt(text, pos, floor);
    // A word that is both (建设, 服务) is a noun beside other nouns and a verb before a proper name.
    if (stopLength > 0 && (stopLength > wordLength || (stopLength === wordLength && !lastWasWord))) {
      // 生物医药与健康产业园: 与 joins two nouns inside a name; after a whole name (…有限公司与园区) it joins two things.
      // A research body names its fields, of which the later may be a proper word (纳米技术与纳米仿生研究所).
      // The field before 与 is then a field, not a body (公司与鹏城研究院 is two).
      const properAllowed = rule.kind === 'research' ? MAX_FIELD_PROPER : 0;
      const field = stopLength === 1 && NAME_CONJUNCTIONS.includes(text.charAt(pos - 1)) && !endsAt.has(pos - 1) ? GENERIC.longestEndingAt(text, pos - 1, floor) : undefined;
      if (field && proper <= properAllowed && (lastWasWord || properRun === proper) && (proper === 0 || !BODY_NOUNS.has(text.slice(field.start, field.end)))) {
        pos--;
        generic++;
        continue;
      }
      // 本源量子计算科技（合肥）股份有限公司, 本田技研工业（中国）投资有限公司, 本钢集团有限公司: 本 (this)
      // stands before a common noun (本公司, 本市, 本次), so before a company's proper name it is the
      // first character of the trade name.
      if (stopLength === 1 && code === BEN && rule.kind === 'company' && !lastWasWord && DETERMINED[text.charCodeAt(pos)] !== 1) {
        pos--;
        proper++;
      }
      break;
    }
    if (wordLength > 0) {
      pos -= wordLength;
      generic += wordLength;
      properRun = 0;
      lastWasWord = true;
      continue;
    }
    const step = pos >= 2 && isLowSurrogate(text.charCodeAt(pos - 1)) ? 2 : 1;
    pos -= step;
    proper++;
    properRun++;
    lastWasWord = false;
    if (properRun > MAX_PROPER) return undefined;
  }
  // 投资15亿元建设生命科学产业园: after an amount, a word that is a verb too (建设, 服务) is the verb
  // the amount pays for, not the name's first word.
  if (pos > 0 && AMOUNT_UNITS[text.charCodeAt(pos - 1)] === 1) {
    const verb = VERBS_FORWARD.longestAt(text, pos, suffixStart);
    if (verb) return { start: verb.end, prefix: undefined, proper, generic: generic - (verb.end - pos), edition };
  }
  return { start: pos, prefix: undefined, proper, generic, edition };
}

/**
 * The outermost name a prefix joins: an organisation, a place (or the organisation just before
 * it: 北京大学 + 重庆 + 大数据研究院), or a zone where the suffix allows it.
 */
function joinPrefix(before: Candidate, rule: SuffixRule, endsAt: EndLookup, proper: number): Candidate | undefined {
  if (before.source === 'backref' || before.source === 'person') return undefined;
  if (rule.kind === 'subArea') return before.type === 'zone' ? before : undefined;
  if (before.type === 'zone' && ZONE_JOINS_UNNAMED.has(rule.kind)) return proper === 0 ? before : undefined;
  if (before.type === 'place') {
    const org = endsAt.get(before.start);
    return org && org.type === 'organization' && org.source !== 'backref' ? org : before;
  }
  if (before.type === 'organization') return before;
  if (before.type === 'zone') return ZONE_JOINS.has(rule.kind) ? before : undefined;
  return undefined;
}

/**
 * Where a name opened by `prefix` starts: places right before a place or zone belong to it (山东临沂…,
 * 上海张江…), and the place a company is registered in before its brand (深圳市 + 腾讯计算机系统有限公司).
 */
function placesBefore(prefix: Candidate, rule: SuffixRule, endsAt: EndLookup): number {
  let start = prefix.start;
  let head = prefix;
  for (let k = 0; k < MAX_PLACE_CHAIN && (head.type === 'place' || head.type === 'zone' || (k === 0 && head.type === 'organization' && rule.kind === 'company')); k++) {
    const place = endsAt.get(start);
    if (!place || place.type !== 'place' || place.source !== 'lexicon' || place.weak) break;
    start = place.start;
    head = place;
  }
  return start;
}

function isHardStop(ch: string): boolean {
  return ch.length === 1 ? isHardStopCode(ch.charCodeAt(0)) : HARD_STOP.test(ch);
}

function isHardStopCode(code: number): boolean {
  let seen = HARD_STOP_SEEN[code]!;
  if (seen === 0) {
    seen = HARD_STOP.test(String.fromCharCode(code)) ? 2 : 1;
    HARD_STOP_SEEN[code] = seen;
  }
  return seen === 2;
}


/** Whether `ch` is one ASCII letter or digit. */
function isAsciiAlnum(ch: string): boolean {
  return ch.length === 1 && isAsciiAlnumCode(ch.charCodeAt(0));
}

function isAsciiAlnumCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
