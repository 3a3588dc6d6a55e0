/**
 * A page split into articles: title blocks (引题/主题/副题), bylines and signatures, the 本报讯
 * dateline, section headings, paragraphs and photo credits, and the zone each article is about,
 * walked from the page's lines (lines.ts).
 */
import { isDatelineLine } from '../dates/dateline.js';
import { readBracketCredits, readWrittenCredit, shiftCredit, type Credit } from '../entities/bylines.js';
import type { Article, Author } from '../models/article.js';
import type { Entity } from '../models/entity.js';
import type { Span } from '../models/span.js';
import type { ExtractionContext } from '../engine/context.js';
import { firstStartingFrom } from '../engine/spans.js';
import { entityDisplayName } from '../knowledge/displayName.js';
import { IS_INNER_SPACE } from '../numbers/codeTables.js';
import { asWritten, readLines, type Line } from './lines.js';
import { isReportedFrom } from '../knowledge/datelineOpening.js';

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

// The credits in brackets after a dateline: （记者 张三）, (中央社记者林孟汝台北20日电), 〔自由时报记者洪友芳╱新竹报导〕.
const DATELINE_CREDITS = /[（(〔]([^（）()〔〕]{2,40})[)）〕]/y;

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
  const organizations = entities.filter((e) => e.type === 'organization');
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
      case 'heading': {
        // Under a title, before any paragraph of its article: the title block.
        const untouched = current !== undefined && !current.closed && current.paragraphs.length === 0;
        const fresh = current === undefined || current.closed;
        const underTitle = pending.length > 0 ? fresh || untouched : untouched && current!.headings.length > 0;
        // 西安高新区统计局 alone under a title: who issued the page, no part of its title.
        if (underTitle && isOrganizationLine(line, organizations)) break;
        // 一、综合 right under a title opens the first section; it is no subtitle.
        if (underTitle && NUMBERED_HEADING.test(line.text)) {
          const d = untouched && !floating ? current! : open();
          takeTitle(d);
          d.sections.push(line.text);
          d.lines.push(line);
          break;
        }
        pending.push(line);
        break;
      }
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
  const own = isReportedFrom(folded.slice(0, line.datelineEnd)) ? readBracketCredits(folded.slice(1, line.datelineEnd - 1))?.map((c) => shiftCredit(c, 1)) : undefined;
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

// A section's number opening a heading: 一、, （二）, 第三章, 四是 not (a sentence's list).
const NUMBERED_HEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[章节部分]|[0-9]{1,2}[、.．](?![0-9]))/;

/** Whether a line is one organisation's name and nothing else (西安高新区统计局). */
function isOrganizationLine(line: Line, organizations: readonly Entity[]): boolean {
  const o = organizations[firstStartingFrom(organizations, line.span.start)];
  return o !== undefined && o.start === line.span.start && o.end === line.span.end;
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
