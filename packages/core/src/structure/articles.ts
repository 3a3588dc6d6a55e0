/**
 * A page split into articles: title blocks (引题/主题/副题), bylines and signatures, the 本报讯
 * dateline, section headings, paragraphs and photo credits, and the zone each article is about.
 * Lines are read from the normalised text, so a paragraph the layout broke is one line; spans
 * are mapped back to the original.
 */
import { isDatelineLine } from '../dates/dateline.js';
import { readBracketCredits, readByline, readClosingCredits, readFieldCredits, readSignature, readWrittenCredit, shiftCredit, type Credit } from '../entities/bylines.js';
import { isDocumentNumberLine, isFieldsLine } from '../knowledge/headerFields.js';
import type { Article, Author } from '../models/article.js';
import type { Entity } from '../models/entity.js';
import type { Span } from '../models/span.js';
import type { ExtractionContext } from '../engine/context.js';
import { toOriginalSpan } from '../text/normalize.js';
import { tablesOf } from '../text/tables.js';
import { firstStartingFrom } from '../engine/spans.js';
import { entityDisplayName } from '../knowledge/displayName.js';
import { MAX_HEADING, isHeadingText } from '../knowledge/breaks.js';
import { IS_INNER_SPACE } from '../numbers/codeTables.js';

// 'fields': a line of the page's fields (来源：…, 发布时间：…), in no title and no paragraph.
type LineKind = 'heading' | 'byline' | 'credit' | 'signature' | 'paragraph' | 'fields';

interface Line {
  kind: LineKind;
  /** The line as written, trimmed (normalised text). */
  text: string;
  /** Original span of the trimmed line. */
  span: Span;
  credits?: Credit[] | undefined;
  /** The line folded to Simplified (the same offsets), as the rules read it. */
  folded: string;
  /** Where the dateline a paragraph opens with ends (本报讯, 【香港商报讯】), 0 for none. */
  datelineEnd: number;
  /** The credits close the paragraph in brackets (…签约。(记者 杨洁)): authors, and no signature unless a lone name. */
  closing?: { signed: boolean } | undefined;
  /** Original offset the credits' offsets are relative to. */
  at: number;
}

interface Draft {
  lines: Line[];
  headings: Line[];
  authors: Author[];
  sections: string[];
  credits: Line[];
  paragraphs: Span[];
  dateline?: string | undefined;
  signature?: string | undefined;
  closed: boolean;
}

const CREDIT = /^(?:图片来源|图片提供|摄影|供图|图源)[:：]/;
// Read on the folded line: 【大紀元11月12日訊】 reads 【大纪元11月12日讯】.
// Sticky, read at 0 only: a pattern anchored by ^ alone was tried at every position of a long paragraph.
// 〔记者洪友芳／新竹报导〕 and 【记者林怡君／新竹报导】, as Taiwan's papers open a report: the
// reporter's credit and the place it was filed from, in brackets, are its dateline.
const DATELINE = /(?:【[^【】\n]{2,30}?(?:讯|电)】|[【〔][^【】〔〕\n]{2,30}?报[导道][】〕]|本报讯|本报[^\s，。,]{1,12}讯|新华社[^\s，。,]{1,12}电|[^\s，。,]{2,8}消息|[\u4e00-\u9fff][\u4e00-\u9fff0-9]{1,15}(?:讯|电)(?=[\s(（]))/y;

/** The dateline a folded line opens with, if any. */
function datelineAt0(folded: string): RegExpExecArray | null {
  DATELINE.lastIndex = 0;
  return DATELINE.exec(folded);
}
const LEAD_IN = /[:：]$/;
const REPORTED_FROM = /^[【〔].*报[导道][】〕]$/;
// The credits in brackets after a dateline: （记者 张三）, (中央社记者林孟汝台北20日电), 〔自由时报记者洪友芳╱新竹报导〕.
const DATELINE_CREDITS = /[（(〔]([^（）()〔〕]{2,40})[)）〕]/y;

// Every line is built with the same fields in the same order: one object shape for the walk after.
function lineOf(kind: LineKind, text: string, folded: string, span: Span, at: number, credits?: Credit[], signed?: boolean, datelineEnd = 0): Line {
  return { kind, text, span, credits, closing: signed === undefined ? undefined : { signed }, folded, datelineEnd, at };
}

function classify(text: string, folded: string, span: Span, at: number, tableRow = false): Line {
  if (CREDIT.test(text)) return lineOf('credit', text, folded, span, at);
  if (isDocumentNumberLine(folded)) return lineOf('fields', text, folded, span, at);
  if (isFieldsLine(folded)) {
    // Its credits (作者:夏丹, 记者 陈晓明) are the article's authors, as a byline's are; read on the
    // folded line (folding keeps offsets), given as the page writes them (記者 陳曉明).
    const credits = readFieldCredits(folded)?.map((c) => asWritten(text, c));
    return credits ? lineOf('byline', text, folded, span, at, credits) : lineOf('fields', text, folded, span, at);
  }
  const byline = text.length <= MAX_HEADING ? readByline(text) : undefined;
  if (byline) return lineOf('byline', text, folded, span, at, byline);
  const signature = readSignature(text);
  if (signature && signature.start === 0 && signature.end === text.length) return lineOf('signature', text, folded, span, at, [signature]);
  // Credits in brackets closing the line, read on the folded line, given as written: on a line of
  // their own （本报记者 张伟） they close the article as a signature would; after a paragraph's last
  // sentence (…现场签约。(记者 杨洁)) they close the paragraph.
  const closing = readClosingCredits(folded);
  const closingCredits = closing?.credits.map((c) => asWritten(text, c));
  if (closing && (text.charCodeAt(0) === 0xff08 || text.charCodeAt(0) === 0x28)) return lineOf('signature', text, folded, span, at, closingCredits, closing.signed);
  const datelineEnd = mayOpenWithDateline(folded) ? (datelineAt0(folded)?.[0].length ?? 0) : 0;
  // 各有关单位：, 主要措施如下： a line that ends in a colon opens what follows: no title. Nor is a
  // row of a table.
  if (datelineEnd === 0 && !tableRow && isHeadingText(text) && !LEAD_IN.test(text)) return lineOf('heading', text, folded, span, at);
  if (signature) return lineOf('paragraph', text, folded, span, at, [signature], undefined, datelineEnd);
  return lineOf('paragraph', text, folded, span, at, closingCredits, closing?.signed, datelineEnd);
}

// Every dateline the pattern reads holds, within its first characters, 讯, 消息, or a 电 that closes a
// wire's dateline (北京20日电, 新华社…电 followed by a space or a bracket), not the 电 of 电子 or 电池.
const DATELINE_REACH = 34;

/** Whether a folded line may open with a dateline: false where no dateline word is near its start. */
function mayOpenWithDateline(folded: string): boolean {
  const n = Math.min(folded.length, DATELINE_REACH);
  const first = folded.charCodeAt(0);
  if (first === 0x3010 || first === 0x3014) return true; // 【 〔: a bracketed dateline, read by the pattern
  for (let i = 0; i < n; i++) {
    const c = folded.charCodeAt(i);
    if (c === 0x8baf) return true; // 讯
    if (c === 0x606f && i > 0 && folded.charCodeAt(i - 1) === 0x6d88) return true; // 消息
    if (c === 0x7535) {
      // 电, where a wire's dateline ends: before a space, a bracket or the line's end, or after 日 or 社.
      const next = folded.charCodeAt(i + 1);
      const prev = folded.charCodeAt(i - 1);
      if (Number.isNaN(next) || next === 0x20 || next === 0x3000 || next === 0x28 || next === 0xff08 || next === 0x3011 || prev === 0x65e5 || prev === 0x793e) return true;
    }
  }
  return false;
}

/** A credit read on the folded line, with its name and role as the page writes them (folding keeps offsets). */
function asWritten(text: string, c: Credit): Credit {
  return { ...c, name: text.slice(c.start, c.end), ...(c.roleStart !== undefined && c.roleEnd !== undefined ? { role: text.slice(c.roleStart, c.roleEnd) } : {}) };
}

function readLines(ctx: ExtractionContext): Line[] {
  // Titles and bylines are shown as written, in the page's own script.
  const text = ctx.normalized.unfolded;
  const rows = tableLineStarts(ctx.text);
  const lines: Line[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0) {
      const span = toOriginalSpan(ctx.normalized, from + lead, from + lead + trimmed.length);
      // The same line folded (folding keeps every offset): the rules read it, titles keep the page's script.
      const folded = ctx.text.slice(from + lead, from + lead + trimmed.length);
      lines.push(classify(trimmed, folded, span, span.start, rows.has(from)));
    }
    from = to + 1;
  }
  return lines;
}

/** Where each line holding a table's cells starts (the tables the figures read, found once per text). */
function tableLineStarts(text: string): Set<number> {
  const starts = new Set<number>();
  for (const table of tablesOf(text)) {
    for (const row of table.rows) for (const cell of row) starts.add(text.lastIndexOf('\n', cell.start - 1) + 1);
  }
  return starts;
}

function newDraft(): Draft {
  return { lines: [], headings: [], authors: [], sections: [], credits: [], paragraphs: [], closed: false };
}

function authorsOf(line: Line, credits: readonly Credit[], ctx: ExtractionContext): Author[] {
  // Credit offsets are into the trimmed normalised line; map each name back through its own offset.
  return credits.map((c) => {
    const at = ctx.source.indexOf(c.name, line.at);
    return at >= 0 && at < line.span.end ? { name: c.name, role: c.role, start: at, end: at + c.name.length } : { name: c.name, role: c.role };
  });
}

/**
 * The articles of a page, in order, with spans into the original text. `entities` (sorted)
 * decide the zone of each article and whether a photo credit of another zone starts a new one.
 *
 * @example
 * findArticles(ctx, entities)[0]?.title; // '坚持“科学之城、创新高地”总体定位'
 */
export function findArticles(ctx: ExtractionContext, entities: readonly Entity[]): Article[] {
  const zones = entities.filter((e) => e.type === 'zone');
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  let pending: Line[] = [];
  let floating: Line | undefined;

  const open = (): Draft => {
    const d = newDraft();
    drafts.push(d);
    current = d;
    return d;
  };
  const takeTitle = (d: Draft): void => {
    d.headings.push(...pending);
    d.lines.push(...pending);
    pending = [];
  };

  for (const line of readLines(ctx)) {
    // The page's masthead and dateline belong to no article's title.
    if (line.kind === 'heading' && isDatelineLine(line.text)) continue;
    switch (line.kind) {
      case 'heading':
        pending.push(line);
        break;
      case 'byline': {
        const d = current && !current.closed && current.paragraphs.length === 0 && pending.length === 0 ? current : open();
        takeTitle(d);
        d.lines.push(line);
        d.authors.push(...authorsOf(line, line.credits ?? [], ctx));
        break;
      }
      case 'credit':
        if (current && !current.closed && current.paragraphs.length === 0 && pending.length === 0) {
          current.credits.push(line);
          current.lines.push(line);
        } else if (current && !current.closed && current.paragraphs.length > 0 && !namesOtherZone(line, current, zones)) {
          current.credits.push(line);
          current.lines.push(line);
        } else floating = line;
        break;
      case 'signature':
        if (!current || current.closed) break;
        sign(current, line, ctx);
        break;
      case 'fields':
        break;
      case 'paragraph': {
        const startsDateline = line.datelineEnd > 0;
        let d = current;
        const titled = pending.length > 0;
        if (!d || d.closed || floating || (titled && (startsDateline || d.paragraphs.length === 0 || pendingNamesOtherZone(pending, d, zones)))) {
          d = d && !d.closed && d.paragraphs.length === 0 && !floating ? d : open();
          takeTitle(d);
          if (floating) {
            d.credits.push(floating);
            d.lines.unshift(floating);
            floating = undefined;
          }
        } else if (titled) {
          d.sections.push(...pending.map((p) => p.text));
          d.lines.push(...pending);
          pending = [];
        }
        if (d.paragraphs.length === 0 && startsDateline) readDateline(d, line, ctx);
        d.paragraphs.push(line.span);
        d.lines.push(line);
        if (line.credits) sign(d, line, ctx);
        break;
      }
    }
  }
  const articles = drafts.map((d) => toArticle(d, zones, ctx));
  if (floating) placeCredit(floating, articles, zones);
  return articles;
}

function sign(d: Draft, line: Line, ctx: ExtractionContext): void {
  const c = line.credits?.[line.credits.length - 1];
  if (!c) return;
  if (line.closing && !line.closing.signed) {
    // (记者 杨洁) closing the article: its authors, no signature.
    d.authors.push(...authorsOf(line, line.credits!, ctx));
    d.closed = true;
    return;
  }
  d.signature = c.name;
  d.authors.push(...authorsOf(line, [c], ctx).map((a) => ({ ...a, ...lastOccurrence(ctx, line, c.name) })));
  if (line.kind === 'signature') d.lines.push(line);
  d.closed = true;
}

// A signature closes its line: the name's last occurrence on the line is the signature.
function lastOccurrence(ctx: ExtractionContext, line: Line, name: string): Partial<Author> {
  const at = ctx.source.lastIndexOf(name, line.span.end - name.length);
  return at >= line.span.start ? { start: at, end: at + name.length } : {};
}

function readDateline(d: Draft, line: Line, ctx: ExtractionContext): void {
  // Read on the folded line (the same length), given as the page writes it.
  const folded = line.folded;
  d.dateline = line.text.slice(0, line.datelineEnd);
  // The credits after the dateline: in brackets (本报讯（记者 张三 通讯员 李四）, 【新唐人…讯】(中央社记者林孟汝台北20日电))
  // or written out (【香港商报讯】实习记者王胜男报道:), read in place on the paragraph.
  let restAt = line.datelineEnd;
  while (restAt < folded.length && IS_INNER_SPACE[folded.charCodeAt(restAt)] === 1) restAt++;
  // 〔记者洪友芳／新竹报导〕: the dateline is itself the credit.
  const own = REPORTED_FROM.test(folded.slice(0, line.datelineEnd)) ? readBracketCredits(folded.slice(1, line.datelineEnd - 1))?.map((c) => shiftCredit(c, 1)) : undefined;
  DATELINE_CREDITS.lastIndex = restAt;
  const bracket = own ? null : DATELINE_CREDITS.exec(folded);
  const inner = bracket?.[1];
  const credits = own ?? (inner ? readBracketCredits(inner)?.map((c) => shiftCredit(c, restAt + 1)) : [readWrittenCredit(folded, restAt)].flatMap((c) => (c ? [c] : [])));
  if (credits && credits.length > 0) d.authors.push(...authorsOf(line, credits.map((c) => asWritten(line.text, c)), ctx));
}

/** The zone an article is about: the first zone its title block names, else the one it names most. */
function zoneOf(span: Span, headings: readonly Line[], zones: readonly Entity[]): Entity | undefined {
  for (const h of headings) {
    const i = firstStartingFrom(zones, h.span.start);
    const z = zones[i];
    if (z && z.end <= h.span.end) return z;
  }
  const counts = new Map<string, { n: number; first: Entity }>();
  for (let i = firstStartingFrom(zones, span.start); i < zones.length && zones[i]!.start < span.end; i++) {
    const z = zones[i]!;
    if (z.refersTo) continue;
    const key = entityDisplayName(z);
    const c = counts.get(key);
    if (c) c.n++;
    else counts.set(key, { n: 1, first: z });
  }
  let best: { n: number; first: Entity } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.first;
}

function currentZone(d: Draft, zones: readonly Entity[]): Entity | undefined {
  const first = d.lines[0];
  const last = d.lines[d.lines.length - 1];
  return first && last ? zoneOf({ start: first.span.start, end: last.span.end }, d.headings, zones) : undefined;
}

/**
 * A zone a title names by its short name (光谷, 中科) is given by the fullest form the article
 * writes of it (武汉市东湖高新区, 中部科學工業園區): the longest mention sharing its full name.
 */
function fullestForm(zone: Entity, span: Span, zones: readonly Entity[]): string | undefined {
  if (zone.canonical === undefined) return undefined;
  const key = entityDisplayName(zone);
  const counts = new Map<string, number>();
  for (let i = firstStartingFrom(zones, span.start); i < zones.length && zones[i]!.start < span.end; i++) {
    const z = zones[i]!;
    if (!z.refersTo && entityDisplayName(z) === key) counts.set(z.text, (counts.get(z.text) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const [text, n] of counts) if (!best || text.length > best[0].length || (text.length === best[0].length && n > best[1])) best = [text, n];
  return best?.[0];
}

/** A credit (or title) naming a zone other than the article's own starts a new article. */
function namesOtherZone(line: Line, d: Draft, zones: readonly Entity[]): boolean {
  const named = zones[firstStartingFrom(zones, line.span.start)];
  if (!named || named.end > line.span.end) return false;
  const own = currentZone(d, zones);
  return own !== undefined && entityDisplayName(own) !== entityDisplayName(named);
}

function pendingNamesOtherZone(pending: readonly Line[], d: Draft, zones: readonly Entity[]): boolean {
  return pending.some((p) => namesOtherZone(p, d, zones));
}

function toArticle(d: Draft, zones: readonly Entity[], ctx: ExtractionContext): Article {
  const start = Math.min(...d.lines.map((l) => l.span.start));
  const end = Math.max(...d.lines.map((l) => l.span.end));
  const titles = d.headings.map((h) => h.text);
  const article: Article = {
    start,
    end,
    authors: dedupeAuthors(d.authors),
    sections: d.sections,
    photoCredits: d.credits.map((c) => c.text),
    paragraphs: d.paragraphs,
  };
  if (titles.length >= 3) {
    article.kicker = titles[0];
    article.title = titles[1];
    article.subtitle = titles.slice(2).join(' ');
  } else if (titles.length > 0) {
    article.title = titles[0];
    if (titles[1] !== undefined) article.subtitle = titles[1];
  }
  const zone = zoneOf({ start, end }, d.headings, zones);
  if (zone) article.zone = fullestForm(zone, { start, end }, zones) ?? ctx.source.slice(zone.start, zone.end);
  if (d.dateline) article.dateline = d.dateline;
  if (d.signature) article.signature = d.signature;
  return article;
}

function dedupeAuthors(authors: readonly Author[]): Author[] {
  const seen = new Set<string>();
  return authors.filter((a) => {
    const key = `${a.name}\u0000${a.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A credit left at the end of a page goes to the article whose zone it names, else to the last one. */
function placeCredit(credit: Line, articles: Article[], zones: readonly Entity[]): void {
  const named = zones[firstStartingFrom(zones, credit.span.start)];
  const key = named && named.end <= credit.span.end ? entityDisplayName(named) : undefined;
  const byZone = key === undefined ? undefined : articles.find((a) => a.zone !== undefined && zones.some((z) => z.start >= a.start && z.end <= a.end && entityDisplayName(z) === key && a.zone === z.text));
  const target = byZone ?? articles[articles.length - 1];
  target?.photoCredits.push(credit.text);
}
