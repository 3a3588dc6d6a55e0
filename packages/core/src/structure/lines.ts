/**
 * The lines of a page and what each is: headings, bylines, credits, signatures, lines of fields
 * and paragraphs (with the dateline a paragraph opens with). Read on the normalised text, so a
 * paragraph the layout broke is one line; spans are mapped back to the original.
 */
import { readByline, readClosingCredits, readFieldCredits, readSignature, type Credit } from '../entities/bylines.js';
import { isDocumentNumberLine, isFieldsLine } from '../knowledge/headerFields.js';
import { isDateFirstMasthead } from '../dates/dateline.js';
import { MAX_HEADING, isHeadingText } from '../knowledge/breaks.js';
import { datelineLength } from '../knowledge/datelineOpening.js';
import type { Span } from '../models/span.js';
import type { ExtractionContext } from '../engine/context.js';
import { toOriginalSpan } from '../text/normalize.js';
import { isRuleLine, tablesOf } from '../text/tables.js';

// 'fields': a line of the page's fields (来源：…, 发布时间：…), in no title and no paragraph.
export type LineKind = 'heading' | 'byline' | 'credit' | 'signature' | 'paragraph' | 'fields';

export interface Line {
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

const CREDIT = /^(?:图片来源|图片提供|摄影|供图|图源)[:：]/;
const LEAD_IN = /[:：]$/;
// Every line is built with the same fields in the same order: one object shape for the walk after.
function lineOf(kind: LineKind, text: string, folded: string, span: Span, at: number, credits?: Credit[], signed?: boolean, datelineEnd = 0): Line {
  return { kind, text, span, credits, closing: signed === undefined ? undefined : { signed }, folded, datelineEnd, at };
}

function classify(text: string, folded: string, span: Span, at: number, tableRow = false): Line {
  if (CREDIT.test(text)) return lineOf('credit', text, folded, span, at);
  if (isDocumentNumberLine(folded)) return lineOf('fields', text, folded, span, at);
  // 2024/10/25 經濟日報 記者李孟珊／新竹報導: the masthead's fields, its reporter the article's author.
  if (isFieldsLine(folded) || isDateFirstMasthead(folded)) {
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
  const datelineEnd = datelineLength(folded);
  // 各有关单位：, 主要措施如下： a line that ends in a colon opens what follows: no title. Nor is a
  // row of a table.
  if (datelineEnd === 0 && !tableRow && isHeadingText(text) && !LEAD_IN.test(text) && !isRuleLine(text)) return lineOf('heading', text, folded, span, at);
  if (signature) return lineOf('paragraph', text, folded, span, at, [signature], undefined, datelineEnd);
  return lineOf('paragraph', text, folded, span, at, closingCredits, closing?.signed, datelineEnd);
}

/** A credit read on the folded line, with its name and role as the page writes them (folding keeps offsets). */
export function asWritten(text: string, c: Credit): Credit {
  return { ...c, name: text.slice(c.start, c.end), ...(c.roleStart !== undefined && c.roleEnd !== undefined ? { role: text.slice(c.roleStart, c.roleEnd) } : {}) };
}

/**
 * The non-empty lines of a page, each trimmed and told apart: a title or heading, a byline, a
 * photo credit, a signature, a paragraph (with the dateline it opens with), or a line of fields.
 */
export function readLines(ctx: ExtractionContext): Line[] {
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
