/**
 * Names of zones, organisations, places, works and events in the normalised text: the
 * lexicons, the suffix rules with their left edges, titles in 《》, quoted product and policy
 * names, and lists closed by 等企业. Back references (该高新区) are returned apart, to resolve.
 */
import type { EntityType } from '../models/entity.js';
import type { Candidate } from './candidate.js';
import { nameOf } from './candidate.js';
import { findLeftEdge } from './leftEdge.js';
import { GENERIC, NAMES, SUFFIXES, SUFFIX_LAST_UNITS } from './lexicon.js';
import { BACK_REFERENCE_DETERMINERS, BACK_REFERENCE_HEADS, type SuffixRule } from './lexicons/suffixes.js';

/** What the name scan returns: names, and back references still to resolve. */
export interface NameScan {
  names: Candidate[];
  backReferences: Candidate[];
}

const TITLE = /《[^《》\n]{1,100}》/g;
const QUOTED = /[“「]([^“”「」\n]{2,12})[”」]/g;
// A quoted name is a work when a verb of launching stands before it or a product noun after it.
const WORK_BEFORE = /(?:推出|发布|上线|研发|开发|推广|推行|启用|打造出|品牌|产品)$/;
const WORK_AFTER = /^[\u4e00-\u9fff]{0,6}?(?:政策|品牌|产品|软件|商标|系列)/;
const NOT_NAME_CONTENT = /[\s\p{P}\p{S}]/u;
// 1个…中心, 首个…中心, 六大…平台: a counted noun is a description, not a name.
const COUNT_BEFORE = /(?:[0-9０-９]+|[一二三四五六七八九十百千万两几首多余数]+)[个家所项名位批类种座条大款台套部支只]$/;
const CLAUSE_BREAK = /[，。；：！？、,;:!?\n]/;
const LIST_TAIL = /等(?:[0-9０-９一二三四五六七八九十百千两几多余]+[家个所]|一批|多家)?[\u4e00-\u9fff]{0,6}?(?:企业|公司|集团|高校|院校|机构|单位|医院|银行)/y;
const LIST_ITEM_BREAK = ' \t\n\u3000，。；：！？、,;:!?“”"《》()（）';
const MAX_LIST_ITEM = 14;
const LIST_ITEM_RULE: SuffixRule = { suffix: '', type: 'organization', kind: 'company' };
// Generic-only names this long are names all the same (医疗器械与生物医药产业园).
const LONG_DESCRIPTIVE_NAME = 6;

const HEADS = [...BACK_REFERENCE_HEADS].sort((a, b) => b.head.length - a.head.length);
const BACK_REFERENCE = new RegExp(`(?:${BACK_REFERENCE_DETERMINERS.join('|')})(?:${HEADS.map((h) => h.head).join('|')})`, 'g');
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
  const endsAt = new Map<number, Candidate>();

  for (const m of NAMES.scan(text)) {
    if (insideTitle(m.start)) continue;
    const c: Candidate = { start: m.start, end: m.end, type: m.value.type, source: 'lexicon', canonical: m.value.canonical, standalone: m.value.standalone, weak: m.value.weak };
    names.push(c);
    endsAt.set(c.end, c);
  }
  BACK_REFERENCE.lastIndex = 0;
  for (let m = BACK_REFERENCE.exec(text); m; m = BACK_REFERENCE.exec(text)) {
    const head = HEADS.find((h) => m![0].endsWith(h.head))!.head;
    const c: Candidate = { start: m.index, end: m.index + m[0].length, type: HEAD_TYPES.get(head)!, source: 'backref', head };
    backReferences.push(c);
    endsAt.set(c.end, c);
  }
  findSuffixNames(text, insideTitle, endsAt, names, backReferences);
  names.push(...findQuotedWorks(text, insideTitle), ...findListItems(text, endsAt));
  return { names, backReferences };
}

/** Titles in 《》, brackets included: works, and nothing inside them is read again. */
function findTitles(text: string): Candidate[] {
  const out: Candidate[] = [];
  TITLE.lastIndex = 0;
  for (let m = TITLE.exec(text); m; m = TITLE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, type: 'work', source: 'title' });
  return out;
}

/** A test of whether a position falls in one of the sorted, disjoint ranges; positions must not decrease. */
function makeInside(ranges: ReadonlyArray<[number, number]>): (pos: number) => boolean {
  let i = 0;
  return (pos) => {
    while (i < ranges.length && ranges[i]![1] <= pos) i++;
    const r = ranges[i];
    return r !== undefined && r[0] <= pos;
  };
}

function atClauseStart(text: string, pos: number): boolean {
  let p = pos;
  while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '\u3000' || text[p - 1] === '\t')) p--;
  return p === 0 || CLAUSE_BREAK.test(text.charAt(p - 1));
}

/** One pass over the text: at each place a suffix can end, read the name leftwards. */
function findSuffixNames(text: string, insideTitle: (pos: number) => boolean, endsAt: Map<number, Candidate>, names: Candidate[], backReferences: Candidate[]): void {
  for (let end = 1; end <= text.length; end++) {
    if (!SUFFIX_LAST_UNITS.has(text.charCodeAt(end - 1))) continue;
    const m = SUFFIXES.longestEndingAt(text, end, Math.max(0, end - MAX_SUFFIX));
    if (!m) continue;
    const rule = m.value;
    if (rule.notFollowedBy && end < text.length && rule.notFollowedBy.includes(text.charAt(end))) continue;
    if (rule.notPrecededBy && m.start > 0 && rule.notPrecededBy.includes(text.charAt(m.start - 1))) continue;
    if (insideTitle(m.start)) continue;
    const known = endsAt.get(end);
    if (known && known.start <= m.start) continue;
    const c = readSuffixName(text, m.start, end, rule, endsAt, backReferences);
    if (!c) continue;
    names.push(c);
    endsAt.set(end, c);
  }
}

function readSuffixName(text: string, suffixStart: number, end: number, rule: SuffixRule, endsAt: ReadonlyMap<number, Candidate>, backReferences: Candidate[]): Candidate | undefined {
  const quoted = quotedName(text, end);
  if (quoted !== undefined && quoted < suffixStart) return { start: quoted, end, type: rule.type, source: 'suffix' };
  const edge = findLeftEdge(text, suffixStart, rule, endsAt);
  if (!edge) return undefined;
  if (edge.start === suffixStart) {
    // A bare 新区 or 产业园 opening a clause stands for the zone the passage is about.
    if (rule.type === 'zone' && rule.kind !== 'subArea' && atClauseStart(text, suffixStart)) {
      backReferences.push({ start: suffixStart, end, type: 'zone', source: 'backref', head: rule.suffix });
    }
    return undefined;
  }
  if (rule.needsPrefix && !edge.prefix) return undefined;
  if (COUNT_BEFORE.test(text.slice(Math.max(0, edge.start - 6), edge.start))) return undefined;
  if (edge.proper === 0 && !edge.prefix) {
    const longEnough = edge.generic >= LONG_DESCRIPTIVE_NAME && (rule.type === 'zone' || rule.type === 'organization');
    if (!longEnough) {
      if (rule.type === 'zone' && atClauseStart(text, edge.start)) backReferences.push({ start: edge.start, end, type: 'zone', source: 'backref', head: rule.suffix });
      return undefined;
    }
  }
  if (!edge.prefix && edge.proper + edge.generic < 2) return undefined;
  const prefix = edge.prefix;
  return {
    start: edge.start,
    end,
    type: rule.type,
    source: 'suffix',
    partOf: rule.kind === 'subArea' && prefix ? nameOf(prefix, text) : undefined,
    canonical: prefix?.canonical && rule.kind !== 'subArea' ? prefix.canonical + text.slice(prefix.end, end) : undefined,
  };
}

/** Where a quoted name starts, when the suffix closes the quotation (“高端医疗器械山东省实验室”). */
function quotedName(text: string, end: number): number | undefined {
  const close = text.charAt(end);
  if (close !== '”' && close !== '」') return undefined;
  const open = text.lastIndexOf(close === '”' ? '“' : '「', end);
  if (open < 0 || end - open > 24) return undefined;
  const content = text.slice(open + 1, end);
  return NOT_NAME_CONTENT.test(content) ? undefined : open + 1;
}

/** Quoted product and policy names: 推出“高新贷”, “金凤凰”人才支持政策. The quotes stay outside the span. */
function findQuotedWorks(text: string, insideTitle: (pos: number) => boolean): Candidate[] {
  const out: Candidate[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const content = m[1]!;
    if (NOT_NAME_CONTENT.test(content) || insideTitle(m.index)) continue;
    const ending = SUFFIXES.longestEndingAt(content, content.length);
    if (ending && ending.value.type !== 'work') continue;
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 10);
    if (!WORK_BEFORE.test(before) && !WORK_AFTER.test(after)) continue;
    out.push({ start: m.index + 1, end: m.index + 1 + content.length, type: 'work', source: 'quote' });
  }
  return out;
}

/** Items of a list closed by 等企业 / 等120多家高科技企业: each one an organisation (浪潮、长安汽车等企业). */
function findListItems(text: string, endsAt: ReadonlyMap<number, Candidate>): Candidate[] {
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

/** Whether a stretch is made of common words only (高校, 科研院所): a description, not a name. */
function isGenericOnly(text: string, start: number, end: number): boolean {
  let pos = end;
  while (pos > start) {
    const w = GENERIC.longestEndingAt(text, pos, start);
    if (!w) return false;
    pos = w.start;
  }
  return true;
}
