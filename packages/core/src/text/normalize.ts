import { MAX_FIELDS_LINE, isFieldsLine } from '../knowledge/headerFields.js';
import { datelineLength } from '../knowledge/datelineOpening.js';
import { foldScript } from './foldScript.js';
import { endsLikeSpacedRow } from './tables.js';

/**
 * The text the extractors read, with a map back to the original.
 *
 * Extractors match on `text`; every span they produce is mapped back with
 * `toOriginalSpan`, so mentions always point into the text the user gave.
 */
export interface NormalizedText {
  readonly original: string;
  /** What extractors match: layout repaired, Traditional characters written as Simplified. */
  readonly text: string;
  /** `text` in the script the page was written in: the same offsets, for strings shown to the user. */
  readonly unfolded: string;
  /**
   * For each normalised index, where in the original the character came from:
   * `starts[i]` to `ends[i]` (half-open). Undefined when nothing changed (identity).
   */
  readonly starts: Int32Array | undefined;
  readonly ends: Int32Array | undefined;
}

/** One change: the original [from, to) becomes `insert`. */
interface Edit {
  from: number;
  to: number;
  insert: string;
}

// Characters that carry nothing but break matches: zero-width spaces and joiners, BOM, soft hyphen.
// A run is one edit: a page of them must not become an object per character.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]+/g;
// Pages saved from the web keep entities and tags; a space entity between 16 and 个 must read as a space.
const HTML_SPACE = /&(?:nbsp|ensp|emsp|thinsp|#160|#xa0|#12288|#x3000);/gi;
const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,200})?\/?>/g;
// A line that ends in one of these closes its sentence or is a heading; the break after it is real.
const SENTENCE_END = /[。！？!?…；;：:」』】）)"”'’]$/;
// A paragraph closed by its author's signature (`…贡献高新力量。 辛玉`): the break after it is real.
const SIGNED_END = /[。！？!?”」][ \t\u3000]+[\u3400-\u9FFF]{2,4}$/;
// A layout break only splits lines long enough to be running text, not titles or bylines.
const MIN_RUNNING_LINE = 24;
// Mastheads and tables space their fields apart (科技日报·园区版　2024年10月28日　第3版); prose does not.
const SPACED_FIELDS = /\u3000|[ \t]{2,}/;
// A line of a page's fields (来源：安徽日报 2024-07-18 记者 陈晓明) is no running text either; labels
// are read as folded, so 來源：and 来源：alike.
// A long paragraph is no line of fields: it is not folded to be asked.
const isFieldLine = (line: string): boolean => line.length <= MAX_FIELDS_LINE && isFieldsLine(foldScript(line));
// A two-part headline on one line (总投资500亿元 张江总部园、上海集成电路设计产业园同时开园): short, its parts
// parted by one space, no clause inside. Running text broken by the layout has no such space.
const HEADLINE_PARTS = /[\u4e00-\u9fff0-9] [\u4e00-\u9fff0-9]/;
const CLAUSE_MARK = /[，,。；;]/;
const MAX_HEADLINE = 60;
const isHeadline = (line: string): boolean => line.length <= MAX_HEADLINE && HEADLINE_PARTS.test(line) && !CLAUSE_MARK.test(line);
// An official document's title (关于印发…措施的通知, 關於…的公告, 关于…拟支持项目的公示) closes its
// line, however long: the kinds of official documents, and the notices of lists and results.
const DOCUMENT_TITLE = /^(?:关于|關於).*的(?:通知|通告|公告|通报|通報|决定|決定|决议|決議|意见|意見|办法|辦法|批复|批覆|函|报告|報告|请示|請示|规定|規定|细则|細則|方案|措施|规划|規劃|计划|計劃|纪要|紀要|公示|名单|名單|指南|条例|條例)$/;
// A row of a space-aligned table (漕河泾新兴技术开发区 2890.1 5.1 980 12.3) is none either.
// Enough of the following line to tell running text from a new heading or signature.
const CONTINUES = /^[\u3400-\u9FFF\uF900-\uFAFF0-9０-９A-Za-z]/;
// Spaces that may pad a line break: a run of them is swallowed with the break. By code unit: asked
// around every newline of every page.
function isPadding(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000;
}

/**
 * Removes what the page layout and the web put inside sentences: invisible characters,
 * HTML tags and space entities (`&nbsp;` reads as a space), and line breaks (with the blank
 * lines around them) that split a paragraph mid-sentence (`…企` / `业人才需求`).
 * Linear; the map lets every span return to the original.
 *
 * @example
 * const n = normalizeText('研发平台3\n\n12个，完成');
 * n.text; // '研发平台312个，完成'
 */
export function normalizeText(original: string): NormalizedText {
  const edits = findEdits(original);
  // Folding Traditional to Simplified keeps every length, so it needs no entry in the map.
  if (edits.length === 0) return { original, text: foldScript(original), unfolded: original, starts: undefined, ends: undefined };
  const starts = new Int32Array(original.length + 1);
  const ends = new Int32Array(original.length + 1);
  const parts: string[] = [];
  let out = 0;
  let cursor = 0;
  const keep = (upTo: number) => {
    parts.push(original.slice(cursor, upTo));
    for (let i = cursor; i < upTo; i++) {
      starts[out] = i;
      ends[out++] = i + 1;
    }
  };
  for (const e of edits) {
    keep(e.from);
    parts.push(e.insert);
    for (let k = 0; k < e.insert.length; k++) {
      starts[out] = e.from;
      ends[out++] = e.to;
    }
    cursor = e.to;
  }
  keep(original.length);
  starts[out] = original.length;
  ends[out] = original.length;
  const unfolded = parts.join('');
  return { original, text: foldScript(unfolded), unfolded, starts: starts.subarray(0, out + 1), ends: ends.subarray(0, out + 1) };
}

function findEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  let lineStart = 0;
  let first = true;
  const breaks = lineBreaks(text);
  for (let b = 0; b < breaks.length; b += 2) {
    const from = breaks[b]!;
    const to = breaks[b + 1]!;
    const line = text.slice(lineStart, from).trim();
    const title = first && isTitleLine(line, text, from, to);
    if (line.length > 0) first = false;
    if (!title && line.length >= MIN_RUNNING_LINE && !SENTENCE_END.test(line) && !SIGNED_END.test(line) && !SPACED_FIELDS.test(line) && CONTINUES.test(text.slice(to, to + 1)) && !isFieldLine(line) && !endsLikeSpacedRow(line) && !isHeadline(line) && !DOCUMENT_TITLE.test(line) && !opensWithDateline(text, to)) {
      edits.push({ from, to, insert: '' });
    }
    lineStart = to;
  }
  const extra: Edit[] = [];
  collect(text, INVISIBLE, '', extra);
  if (text.includes('&')) collect(text, HTML_SPACE, ' ', extra);
  if (text.includes('<')) collect(text, HTML_TAG, '', extra);
  if (extra.length === 0) return edits;
  return mergeEdits([...edits, ...extra].sort((a, b) => a.from - b.from || b.to - a.to));
}

// A page's first line, short, with no clause in it and a blank line after it, is its title (科技部火炬中心
// 发布2023年度国家高新区综合评价结果 / 11月15日，…), unless it ends inside a figure (…研发平台3 / 12个,
// …工業產值1250億 / 元): running text the layout broke mostly has a clause mark within a title's length.
const MAX_TITLE = 40;
const CLAUSE_IN_LINE = /[，,。；;]/;
const ENDS_IN_NUMBER = /[0-9０-９][万萬亿億兆千百]?$/;
function isTitleLine(line: string, text: string, from: number, to: number): boolean {
  if (line.length === 0 || line.length > MAX_TITLE || CLAUSE_IN_LINE.test(line) || ENDS_IN_NUMBER.test(line)) return false;
  const gap = text.slice(from, to);
  return gap.indexOf('\n') !== gap.lastIndexOf('\n');
}

// Enough of a line to hold the dateline it may open with (datelineOpening.ts reads 34 characters).
const DATELINE_HEAD = 40;

/** Whether the line at `at` opens with a dateline (深圳商报讯（记者 陈思）…): it starts a paragraph, so the break before it is real. */
function opensWithDateline(text: string, at: number): boolean {
  return datelineLength(foldScript(text.slice(at, at + DATELINE_HEAD))) > 0;
}

/**
 * Each line break with the blank lines and padding around it, as [from, to), flat: from and to
 * of the first break, then of the next. Scanned by hand from each newline outwards: a regex that
 * starts at every space of a long run of spaces without a newline would be quadratic. An array
 * of numbers, not a generator: no iterator object or result object per line.
 */
export function lineBreaks(text: string): number[] {
  const out: number[] = [];
  let floor = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', floor)) {
    let from = nl > floor && text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
    while (from > floor && isPadding(text.charCodeAt(from - 1))) from--;
    let to = nl + 1;
    for (;;) {
      let k = to;
      while (k < text.length && isPadding(text.charCodeAt(k))) k++;
      to = k;
      if (text.charCodeAt(k) === 0x0a) to = k + 1;
      else if (text.charCodeAt(k) === 0x0d && text.charCodeAt(k + 1) === 0x0a) to = k + 2;
      else break;
    }
    out.push(from, to);
    floor = to;
  }
  return out;
}

// `re` is one of the global patterns above, compiled once; its lastIndex is reset on the way
// in and out, so no call sees another's position.
function collect(text: string, re: RegExp, insert: string, into: Edit[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) into.push({ from: m.index, to: m.index + m[0].length, insert });
  re.lastIndex = 0;
}

// Overlapping edits (a tag inside a removed line break) keep the first; sorted input, one pass.
function mergeEdits(edits: Edit[]): Edit[] {
  const merged: Edit[] = [];
  for (const e of edits) {
    const last = merged[merged.length - 1];
    if (last && e.from < last.to) {
      if (e.to > last.to) last.to = e.to;
    } else merged.push({ ...e });
  }
  return merged;
}

/** Maps a normalised half-open span back to the original text. */
export function toOriginalSpan(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (!n.starts || !n.ends) return { start, end };
  const s = n.starts[start] ?? n.original.length;
  const e = end > start ? (n.ends[end - 1] ?? n.original.length) : s;
  return { start: s, end: e };
}
