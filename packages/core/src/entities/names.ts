/**
 * Names of zones, organisations, places, works and events in the normalised text: the
 * lexicons, the suffix rules with their left edges, titles in 《》, quoted product and policy
 * names, and lists closed by 等企业. Back references (该高新区) are returned apart, to resolve.
 */
import type { EntityType } from '../models/entity.js';
import type { Candidate } from './candidate.js';
import { nameOf } from './candidate.js';
import { findLeftEdge } from './leftEdge.js';
import { findDatelines } from './datelines.js';
import { findDocumentNumbers } from './documentNumbers.js';
import { findEvents } from './events.js';
import { anchoredMatches } from './anchored.js';
import { withBracketAliases } from './bracketAliases.js';
import { CLAUSE_BREAK, COUNTY_SHORT_OF, NAMES, PLACES, STOPS, SUFFIXES, SUFFIX_LAST_UNITS, isGenericOnly } from './lexicon.js';
import { EndIndex, clearedCover, makeInside, markBuffer, type EndLookup } from './positions.js';
import { TAIWAN_CONTEXT } from './lexicons/parks.js';
import { NAMED_REGIONS } from './lexicons/organizations.js';
import { unitsOf } from '../knowledge/codeUnits.js';
import { BACK_REFERENCE_DETERMINERS, BACK_REFERENCE_HEADS, type SuffixRule } from './lexicons/suffixes.js';

/** What the name scan returns: names, and back references still to resolve. */
export interface NameScan {
  names: Candidate[];
  backReferences: Candidate[];
}

// Sticky, tried where their first character stands (see `anchoredMatches`).
const TITLE = /《[^《》\n]{1,100}》/y;
const QUOTED = /[“「]([^“”「」\n]{2,12})[”」]/y;
// A quoted name is a work when a verb of launching stands before it or a product noun after it.
const WORK_BEFORE = /(?:推出|发布|上线|研发|开发|推广|推行|启用|打造出|品牌|产品)$/;
const WORK_AFTER = /^[\u4e00-\u9fff]{0,6}?(?:政策|品牌|产品|软件|商标|系列)/;
// A quoted name ending in one of these heads is a titled plan, fund or programme (“数码港投资创业基金”, “强链补链行动计划”).
const WORK_HEAD = /(?:计划|计画|规划|方案|基金|专项|战略|纲要|条例|办法|意见|指数|报告|蓝皮书|白皮书)$/;
const NOT_NAME_CONTENT = /[\s\p{P}\p{S}]/u;
// 1个…中心, 首个…中心, 六大…平台: a counted noun is a description, not a name.
const CLASSIFIERS = '个家所项名位批类种座条大款台套部支只';
const COUNT_BEFORE = new RegExp(`(?:[0-9０-９]+|[一二三四五六七八九十百千万两几首多余数]+)[${CLASSIFIERS}]$`);
const LIST_TAIL = /等(?:[0-9０-９一二三四五六七八九十百千两几多余]+[家个所]|一批|多家)?[\u4e00-\u9fff]{0,16}?(?:企业|公司|集团|高校|院校|机构|单位|医院|银行|媒体|厂商|厂家|大厂|巨头|品牌)/y;
const LIST_ITEM_BREAK = ' \t\n\u3000，。；：！？、,;:!?“”"《》()（）—-';
// The last item of a list may hold two names joined by 和 (…研究中心和荆楚网等媒体).
const LIST_JOINERS = '和及与';
const MAX_LIST_ITEM = 14;
const LIST_ITEM_RULE: SuffixRule = { suffix: '', type: 'organization', kind: 'company' };
// Generic-only names this long are names all the same (医疗器械与生物医药产业园).
const LONG_DESCRIPTIVE_NAME = 6;
// …unless they open with a word of scope or rank: 全国先进国家高新区, 国家级人工智能创新平台 are descriptions.
const SCOPE_FIRST = /^(?:全国|全省|全市|全区|各|先进|一流|重点|优秀|国家级|省级|市级)/;
const ABBREVIATED_ZONES: ReadonlyMap<string, string> = new Map([
  ['经开区', '经济技术开发区'],
  ['高新区', '高新技术产业开发区'],
  ['农高区', '农业高新技术产业示范区'],
]);
const MULTI_PROVINCE: ReadonlySet<string> = new Set(NAMED_REGIONS);
// A park in a zone (光谷生物城, 张江总部园) has a name of its own, not the zone's full name plus its word.
const CANONICAL_JOINS: ReadonlySet<string> = new Set(['government', 'association', 'research', 'event', 'media']);
// A zone's short name in an event's or an institute's name is part of a brand (中关村论坛, 张江实验室,
// 光谷科技创新大会), never its full name plus the word; an institution's short name is (中科院… → 中国科学院…).
const BRANDED_BY_ZONE: ReadonlySet<string> = new Set(['research', 'event']);
// The administration of the zone a passage is about, named alone (管委会主任王军).
const BARE_BODIES: ReadonlySet<string> = new Set(['管委会', '党工委']);
const MEDIA_AT_WORK = /^(?:记者|报道|报导|讯|消息|发表|刊发|刊登|评论|头版|网站|客户端)/;
const DETERMINER_BEFORE = /^[各每该这那全本此]$/;
// 全省开发区, 各高新区: a whole level or every member is a description whatever follows.
const WHOLE_LEVEL = /^(?:全省|全市|全区|全县|全镇|各)/;
// What WHOLE_LEVEL opens with (全, 各): most names open otherwise, and need no slice to be tested.
const WHOLE_LEVEL_FIRST = [0x5168, 0x5404];

// 其中, 之中, 当中, 集中: words ending in 中, which opens many names (中国, 中关村, 中科大). A name
// read from that 中 (其中国家级平台, 其中科大讯飞) cuts the word in two; 其中中国 keeps its own 中国.
const ZHONG = 0x4e2d;
const ENDS_IN_ZHONG = unitsOf('其之当集');
const HEADS = [...BACK_REFERENCE_HEADS].sort((a, b) => b.head.length - a.head.length);
const BACK_REFERENCE = new RegExp(`(?:${BACK_REFERENCE_DETERMINERS.join('|')})(?:${HEADS.map((h) => h.head).join('|')})`, 'y');
const BACK_REFERENCE_FIRSTS = [...new Set(BACK_REFERENCE_DETERMINERS.map((d) => d.charAt(0)))].join('');
const HEAD_TYPES: ReadonlyMap<string, EntityType> = new Map(HEADS.map((h) => [h.head, h.type]));
const MAX_SUFFIX = Math.max(...HEADS.map((h) => h.head.length), SUFFIXES.maxLength);

/**
 * Every name the lexicons and rules find in `text` (normalised), overlapping ones included:
 * the caller keeps the longest.
 *
 * @example
 * findNames('由湖北海星新材料科技有限公司投资建设').names.map((c) => c.type); // ['place', 'organization']
 */
export function findNames(text: string): NameScan {
  const titles = findTitles(text);
  const blocked = titles.map((t): [number, number] => [t.start, t.end]);
  const insideTitle = makeInside(blocked);
  const names: Candidate[] = [...titles];
  const backReferences: Candidate[] = [];
  const endsAt = EndIndex.forPage(text.length);

  // Datelines first: 北京商报讯 is a newspaper, not the place 北京 and a word.
  const datelines = findDatelines(text);
  for (const c of datelines) {
    names.push(c);
    endsAt.set(c.end, c);
  }
  const insideDateline = makeInside(datelines.map((c): [number, number] => [c.start, c.end]));
  // Read only when a Taiwan-only name turns up: most pages have none, and the test is a pass over the text.
  let aboutTaiwan: boolean | undefined;
  const counties = new Set<string>();
  // For each position inside a known name, where that name ends: a suffix inside it is not read again.
  const coveredUntil = clearedCover(text.length + 1);
  for (const c of datelines) if (c.source === 'lexicon') coveredUntil.fill(c.end, c.start, c.end);
  // Scanned without a filter (the fast path of the trie); 竹科/中科/南科 dropped after, outside text about Taiwan.
  // The places a suffix can end are marked in the same pass, for the suffix rules below.
  const suffixEnds = markBuffer(text.length);
  const scan = NAMES.scanMarking(text, SUFFIX_LAST_UNITS, suffixEnds);
  for (const found of scan.matches) {
    if (insideTitle(found.start) || insideDateline(found.start) || (found.value.taiwanOnly && !(aboutTaiwan ??= TAIWAN_CONTEXT.test(text)))) continue;
    let m = found;
    if (text.charCodeAt(m.start) === ZHONG && ENDS_IN_ZHONG[text.charCodeAt(m.start - 1)] === 1) {
      // The name may start on the next character instead (其中 | 科大讯飞).
      const next = NAMES.longestAt(text, m.start + 1);
      if (!next || next.value.taiwanOnly || insideDateline(next.start)) continue;
      m = next;
    }
    const c: Candidate = { start: m.start, end: m.end, type: m.value.type, source: 'lexicon', canonical: m.value.canonical, standalone: m.value.standalone, weak: m.value.weak };
    const county = COUNTY_SHORT_OF.get(m.value);
    if (county !== undefined) counties.add(county);
    // Scan matches are disjoint and in order, so each position is written once.
    if (!c.weak) coveredUntil.fill(c.end, c.start, c.end);
    names.push(c);
    endsAt.set(c.end, c);
  }
  // A county's short name (虹口, 松江) is a place alone once the page has named the county in full.
  if (counties.size > 0) {
    for (const c of names) if (c.weak && c.type === 'place' && counties.has(text.slice(c.start, c.end))) c.standalone = true;
  }
  names.push(...joinPlaceToZone(text, names, endsAt));
  for (const m of anchoredMatches(text, BACK_REFERENCE_FIRSTS, BACK_REFERENCE)) {
    const head = HEADS.find((h) => m[0].endsWith(h.head))!.head;
    const c: Candidate = { start: m.index, end: m.index + m[0].length, type: HEAD_TYPES.get(head)!, source: 'backref', head };
    backReferences.push(c);
    endsAt.set(c.end, c);
  }
  findSuffixNames(text, suffixEnds.subarray(0, scan.count), insideTitle, endsAt, names, backReferences, coveredUntil);
  names.push(...findQuotedWorks(text, insideTitle), ...findListItems(text, endsAt), ...findEvents(text), ...findDocumentNumbers(text));
  names.push(...withBracketAliases(text, names));
  return { names, backReferences };
}

/**
 * A national zone written after its city (武汉市东湖高新区) is one zone, when its own name starts
 * with no place (安徽 | 马鞍山慈湖高新区 stay two).
 */
function joinPlaceToZone(text: string, names: readonly Candidate[], endsAt: EndLookup): Candidate[] {
  const out: Candidate[] = [];
  for (const c of names) {
    if (c.type !== 'zone' || c.source !== 'lexicon') continue;
    const place = endsAt.get(c.start);
    if (!place || place.type !== 'place' || place.source !== 'lexicon' || place.weak) continue;
    if (PLACES.longestAt(text, c.start, c.end) !== undefined) continue;
    out.push({ start: place.start, end: c.end, type: 'zone', source: 'lexicon', canonical: c.canonical ?? text.slice(c.start, c.end), standalone: true });
  }
  return out;
}

/** Titles in 《》, brackets included: works, and nothing inside them is read again. */
function findTitles(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of anchoredMatches(text, '《', TITLE)) out.push({ start: m.index, end: m.index + m[0].length, type: 'work', source: 'title' });
  return out;
}

function atClauseStart(text: string, pos: number): boolean {
  let p = pos;
  while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '\u3000' || text[p - 1] === '\t')) p--;
  return p === 0 || CLAUSE_BREAK.test(text.charAt(p - 1));
}

/** At each place a suffix can end (`ends`, rising), read the name leftwards. */
function findSuffixNames(
  text: string,
  ends: Int32Array,
  insideTitle: (pos: number) => boolean,
  endsAt: EndIndex,
  names: Candidate[],
  backReferences: Candidate[],
  coveredUntil: Int32Array,
): void {
  for (let k = 0; k < ends.length; k++) {
    const end = ends[k]!;
    const m = SUFFIXES.longestEndingAt(text, end, Math.max(0, end - MAX_SUFFIX));
    if (!m) continue;
    // 工业园 inside a known 中部科学工业园区: the known name already says where it ends.
    if (coveredUntil[m.start]! > end) continue;
    const rule = m.value;
    if (rule.notFollowedBy && end < text.length && rule.notFollowedBy.includes(text.charAt(end))) continue;
    if (rule.notPrecededBy && m.start > 0 && rule.notPrecededBy.includes(text.charAt(m.start - 1))) continue;
    if (insideTitle(m.start)) continue;
    const known = endsAt.get(end);
    if (known && !known.weak && known.start <= m.start) continue;
    const c = readSuffixName(text, m.start, end, rule, endsAt, backReferences);
    if (!c) continue;
    names.push(c);
    endsAt.set(end, c);
  }
}

function readSuffixName(text: string, suffixStart: number, end: number, rule: SuffixRule, endsAt: EndLookup, backReferences: Candidate[]): Candidate | undefined {
  const quoted = quotedName(text, end);
  if (quoted !== undefined && quoted < suffixStart) return { start: quoted, end, type: rule.type, source: 'suffix' };
  // 省科技厅, 区科委, 市委: a bare level word owns a body every level has.
  if (rule.levelOwned && suffixStart > 0 && '省市区县州'.includes(text.charAt(suffixStart - 1)) && !endsAt.has(suffixStart)) {
    const level = suffixStart - 1;
    if (level === 0 || CLAUSE_BREAK.test(text.charAt(level - 1)) || STOPS.longestEndingAt(text, level) !== undefined || /\s/.test(text.charAt(level - 1))) {
      return { start: level, end, type: rule.type, source: 'suffix' };
    }
  }
  const edge = findLeftEdge(text, suffixStart, rule, endsAt);
  if (!edge) return undefined;
  if (rule.needsEdition && !edge.prefix && !edge.edition) return undefined;
  if (rule.needsPlace && !edge.prefix && NAMES.get(text.slice(edge.start, suffixStart))?.type !== 'place') return undefined;
  if (edge.start === suffixStart && BARE_BODIES.has(rule.suffix)) return { start: suffixStart, end, type: rule.type, source: 'suffix' };
  if (edge.start === suffixStart) {
    // A bare 新区 or 产业园 opening a clause stands for the zone the passage is about.
    // (园区 alone, a word every page uses, stands for nothing: only 该园区 refers back.)
    if (rule.type === 'zone' && rule.kind !== 'subArea' && !rule.needsPrefix && atClauseStart(text, suffixStart)) {
      backReferences.push({ start: suffixStart, end, type: 'zone', source: 'backref', head: rule.suffix });
    }
    return undefined;
  }
  // 分园区看，麓谷园区实现…；岳麓园区…: a park with a proper name of its own opening a clause is one
  // of the zone's parks; elsewhere 园区 needs a place or zone before it.
  if (rule.needsPrefix && !edge.prefix && !(rule.type === 'zone' && edge.proper >= 2 && edge.generic === 0 && atClauseStart(text, edge.start))) return undefined;
  // 6个松江新城重大项目: a count before a place-named name counts what follows it, not the name.
  if (CLASSIFIERS.includes(text.charAt(edge.start - 1)) && COUNT_BEFORE.test(text.slice(Math.max(0, edge.start - 6), edge.start)) && NAMES.longestAt(text, edge.start)?.value.type !== 'place') return undefined;
  // 据经济日报报道, 科技日报记者: a paper named by common words is a name where it reports.
  const reporting = rule.kind === 'media' && edge.generic >= 2 && MEDIA_AT_WORK.test(text.slice(end, end + 2));
  if (edge.proper === 0 && !edge.prefix && !reporting) {
    // …nor after a determiner: 各地区科技企业孵化器 is every such body, not one.
    const longEnough =
      edge.generic >= LONG_DESCRIPTIVE_NAME &&
      (rule.type === 'zone' || rule.type === 'organization') &&
      !SCOPE_FIRST.test(text.slice(edge.start, suffixStart)) &&
      !DETERMINER_BEFORE.test(text.charAt(edge.start - 1));
    if (!longEnough) {
      if (rule.type === 'zone' && atClauseStart(text, edge.start)) backReferences.push({ start: edge.start, end, type: 'zone', source: 'backref', head: rule.suffix });
      return undefined;
    }
  }
  if (!edge.prefix && edge.proper + edge.generic < 2) return undefined;
  if (!edge.prefix && !edge.edition && WHOLE_LEVEL_FIRST.includes(text.charCodeAt(edge.start)) && WHOLE_LEVEL.test(text.slice(edge.start, suffixStart))) return undefined;
  // One unknown character after a one-character function word is the tail of a verb or word (再添国家级…开发区,
  // 称为科技术工业园区, 年度国家高新区), not a name; after punctuation or a longer verb it may be one (，中新合作区).
  if (!edge.prefix && !edge.edition && edge.proper === 1 && edge.generic > 0 && edge.start > 0) {
    const stop = STOPS.longestEndingAt(text, edge.start, Math.max(0, edge.start - 4));
    if (stop && stop.end - stop.start === 1) return undefined;
  }
  const prefix = edge.prefix;
  // 临沂经开区 is 临沂经济技术开发区: a place's zone written short takes the full form the national lists use.
  const full = ABBREVIATED_ZONES.get(rule.suffix);
  // 长三角高新区, 珠三角高新区: the zones of a region of several provinces, no one zone's name.
  if (full && prefix?.type === 'place' && MULTI_PROVINCE.has(text.slice(prefix.start, prefix.end))) return undefined;
  if (full && prefix?.type === 'place' && !prefix.canonical) {
    return { start: edge.start, end, type: 'zone', source: 'suffix', canonical: text.slice(edge.start, suffixStart) + full };
  }
  return {
    start: edge.start,
    end,
    type: rule.type,
    source: 'suffix',
    // A named park in a zone (张江总部园, 西安高新区丝路软件城) is a subject of its own: its full name, not partOf.
    partOf: rule.kind === 'subArea' && prefix ? nameOf(prefix, text) : undefined,
    // A zone's bodies take its full name (南京高新区科技局 → 南京高新技术产业开发区科技局); a company keeps its own (中关村发展集团).
    canonical: prefix?.canonical && CANONICAL_JOINS.has(rule.kind) && !(prefix.type === 'zone' && BRANDED_BY_ZONE.has(rule.kind)) ? prefix.canonical + text.slice(prefix.end, end) : undefined,
  };
}

/** Where a quoted name starts, when the suffix closes the quotation (“高端医疗器械山东省实验室”). */
function quotedName(text: string, end: number): number | undefined {
  const close = text.charAt(end);
  if (close !== '”' && close !== '」') return undefined;
  const open = text.lastIndexOf(close === '”' ? '“' : '「', end);
  if (open < 0 || end - open > 24) return undefined;
  const content = text.slice(open + 1, end);
  // A slogan in quotes (“推进…打造美丽和谐高新区”) opens with a verb, a description holds 的 (“具有全球影响力的卓越科创园区”).
  return NOT_NAME_CONTENT.test(content) || startsWithStop(content) || content.includes('的') ? undefined : open + 1;
}

/** Whether a verb or function word of two characters or more opens `s`. */
function startsWithStop(s: string): boolean {
  for (let k = 2; k <= 4 && k <= s.length; k++) if (STOPS.get(s.slice(0, k)) !== undefined) return true;
  return false;
}

/** Quoted product and policy names: 推出“高新贷”, “金凤凰”人才支持政策. The quotes stay outside the span. */
function findQuotedWorks(text: string, insideTitle: (pos: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const m of anchoredMatches(text, '“「', QUOTED)) {
    const content = m[1]!;
    if (NOT_NAME_CONTENT.test(content) || insideTitle(m.index)) continue;
    const ending = SUFFIXES.longestEndingAt(content, content.length);
    if (ending && ending.value.type !== 'work') continue;
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 10);
    const titled = WORK_HEAD.test(content) && content.length >= 4 && !startsWithStop(content);
    if (!titled && !WORK_BEFORE.test(before) && !WORK_AFTER.test(after)) continue;
    out.push({ start: m.index + 1, end: m.index + 1 + content.length, type: 'work', source: 'quote' });
  }
  return out;
}

/** Items of a list closed by 等企业 / 等120多家高科技企业: each one an organisation (浪潮、长安汽车等企业). */
function findListItems(text: string, endsAt: EndLookup): Candidate[] {
  const out: Candidate[] = [];
  // Anchored on each 等, then read leftwards item by item: a regex over the list itself backtracks.
  for (let at = text.indexOf('等'); at >= 0; at = text.indexOf('等', at + 1)) {
    LIST_TAIL.lastIndex = at;
    if (!LIST_TAIL.test(text)) continue;
    const items: Array<[number, number]> = [];
    let end = at;
    for (;;) {
      let start = end;
      while (start > 0 && end - start < MAX_LIST_ITEM && !LIST_ITEM_BREAK.includes(text.charAt(start - 1))) start--;
      if (end - start < 2) break;
      // …研究中心和荆楚网: a name found before the joiner ends the item before it.
      for (let j = end - 3; j > start + 1; j--) {
        if (LIST_JOINERS.includes(text.charAt(j)) && endsAt.get(j)?.start !== undefined && endsAt.get(j)!.start >= start) {
          items.unshift([j + 1, end]);
          end = j;
          break;
        }
      }
      items.unshift([start, end]);
      if (start === 0 || text.charAt(start - 1) !== '、') break;
      end = start - 1;
    }
    if (items.length < 2) continue;
    items.forEach(([start, end], i) => {
      if (i === 0) {
        const edge = findLeftEdge(text, end, LIST_ITEM_RULE, endsAt);
        if (!edge) return;
        start = edge.start;
      }
      if (end - start < 2 || isGenericOnly(text, start, end)) return;
      out.push({ start, end, type: 'organization', source: 'list' });
    });
  }
  return out;
}
