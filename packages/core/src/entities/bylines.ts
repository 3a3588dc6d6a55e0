/**
 * Bylines (王柯岚 本报记者 叶伟) and signatures (a lone name closing an article: 辛玉), shared by
 * the person extractor and the article splitter.
 */
import { BYLINE_ROLES, NOT_NAMES } from './lexicons/cues.js';
import { NAMES, mayStartSurname, surnameAt } from './lexicon.js';
import { Trie } from './trie.js';
import { hasUnitOf, isHanCode, unitsOf } from '../knowledge/codeUnits.js';

/** A person a byline or signature credits, with offsets relative to the line. */
export interface Credit {
  name: string;
  role: string;
  start: number;
  end: number;
  /** Where the role is written, when it is (offsets like start and end), so it can be quoted as written. */
  roleStart?: number;
  roleEnd?: number;
}

/** The role of a name a byline gives without one, and of a signature. */
export const AUTHOR_ROLE = '作者';

const ROLES = [...BYLINE_ROLES].sort((a, b) => b.length - a.length);
// The longest role a token opens with, read in one walk (every token of every short line asks).
const ROLE_PREFIXES = (() => {
  const t = new Trie<string>('forward');
  for (const r of ROLES) t.set(r, r);
  return t;
})();
const NOT_NAME = new Set(NOT_NAMES);
const TOKEN = /[^\s\u3000]+/g;
const MARKS_ONLY = /^[\p{P}\p{S}]+$/u;
const LEADING_MARKS = /^[■□●○◆◇▲△★☆▶►※【〔（(]+/u;
// A byline is short: a few names and roles.
const MAX_BYLINE = 40;
const SIGNATURE_AFTER = /([。！？!?”」）)])[ \t\u3000]+([\u4e00-\u9fff]{2,4})[ \t\u3000]*$/;
// The parts of that pattern by code unit: what ends the sentence, and the spaces before the name.
const SENTENCE_END = unitsOf('。！？!?”」）)');
const SIGNATURE_GAP = unitsOf(' \t\u3000');
// The pieces of a credit in brackets: names, roles, media and places, apart by spaces, dots, commas
// or a slash (╱ and ／ alike: 〔记者林志豪／新竹报导〕).
const PIECE = /[^\s\u3000·╱／、，,]+/g;
// What may follow a name inside a credit: the place and day it was filed from (台北20日电, 北京20日专电, 新竹报导).
const FILED = /^([\u4e00-\u9fff]{2,3}?)?(?:[0-9０-９]{1,2}日)?(?:专电|專電|电|電|报道|報導|报导|摄|攝)?$/;
// Roles that can also start a piece of running text; inside a credit they are roles.
const ROLE_SEARCH = new RegExp(ROLES.map((r) => r.replace(/[/]/g, '\\/')).join('|'));
// Two pieces apart by spaces: names listed without a role.
const SPACED_PIECES = /\S[\s\u3000]+\S/;
// By code unit, 1 for the first character of a role: a token or bracket without one holds no role.
const ROLE_FIRST = unitsOf(ROLES.map((r) => r.charAt(0)).join(''));
// By code unit, 1 for what `\s` matches (and `trim` removes): spaces part tokens, and a blank line holds none.
const SPACE = unitsOf('\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff');

/**
 * Whether a short string reads as a person's name: two to four Han characters starting with a
 * surname from the table, and not a common word or a place.
 *
 * @example
 * isPlausibleName('叶伟'); // true
 * isPlausibleName('目前'); // false
 */
export function isPlausibleName(s: string): boolean {
  if (!isHanName(s) || NOT_NAME.has(s)) return false;
  const surname = surnameAt(s, 0);
  if (surname === 0 || s.length - surname < 1 || s.length - surname > 2) return false;
  return NAMES.get(s) === undefined;
}

/**
 * Reads a line as a byline: names and roles, each name taking the role before it (作者 when
 * none). Undefined when the line is anything else.
 *
 * @example
 * readByline('王柯岚 本报记者 叶伟');
 * // [{ name: '王柯岚', role: '作者', start: 0, end: 3 }, { name: '叶伟', role: '本报记者', start: 9, end: 11 }]
 */
export function readByline(line: string): Credit[] | undefined {
  if (!mayBeByline(line, 0, line.length)) return undefined;
  const credits: Credit[] = [];
  let role: string | undefined;
  let roleSpan: [number, number] | undefined;
  let sawRole = false;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(line); m; m = TOKEN.exec(line)) {
    let token = m[0];
    let at = m.index;
    // Marks that open or part a byline (□ 本报记者 李倩, 文 / 本报记者 刘洋), also written against the role (■本报记者 张伟).
    if (MARKS_ONLY.test(token)) continue;
    const marks = LEADING_MARKS.exec(token)?.[0].length ?? 0;
    if (marks > 0) {
      token = token.slice(marks);
      at += marks;
    }
    const r = ROLE_PREFIXES.longestAt(token, 0)?.value;
    if (r) {
      role = r;
      roleSpan = [m.index, m.index + r.length];
      sawRole = true;
      token = token.slice(r.length).replace(/^[/／:：]/, (s) => {
        at += s.length;
        return '';
      });
      at += r.length;
      if (token.length === 0) continue;
    }
    if (!isPlausibleName(token)) return undefined;
    credits.push({ name: token, role: role ?? AUTHOR_ROLE, start: at, end: at + token.length, ...spanOf(roleSpan) });
  }
  if (credits.length === 0) return undefined;
  // Without a role word, only a line of two or more names is a byline; one name alone is a signature.
  return sawRole || credits.length >= 2 ? credits : undefined;
}

// In a line of fields, the names after a credit's label: 作者:夏丹, 记者 陈晓明, 编辑：王芳. A name
// ends at a space, a bar, a slash before where it was filed from (记者李孟珊／新竹报导) or the line's
// end (作者:夏丹来源: gives no name rather than a wrong one).
const FIELD_CREDIT = new RegExp(`(作者|${ROLES.filter((r) => !/^[文图摄]$/.test(r)).map((r) => r.replace(/[/]/g, '\\/')).join('|')})[ \\t\\u3000]*[:：]?[ \\t\\u3000]*([\\u4e00-\\u9fff]{2,4})(?=$|[ \\t\\u3000|｜/／])`, 'g');

/**
 * The credits in a line of a page's fields (`来源：安徽日报 2024-07-18 记者 陈晓明`,
 * `时间:2011-04-02 11:43:44来源:作者:夏丹`), each name with the label before it as its role;
 * undefined when there are none. The caller decides that the line is one of fields.
 *
 * @example
 * readFieldCredits('时间:2011-04-02 11:43:44来源:作者:夏丹'); // [{ name: '夏丹', role: '作者', start: 28, end: 30, roleStart: 25, roleEnd: 27 }]
 */
export function readFieldCredits(line: string): Credit[] | undefined {
  const credits: Credit[] = [];
  FIELD_CREDIT.lastIndex = 0;
  for (let m = FIELD_CREDIT.exec(line); m; m = FIELD_CREDIT.exec(line)) {
    const name = m[2]!;
    if (!isPlausibleName(name)) continue;
    const start = m.index + m[0].length - name.length;
    credits.push({ name, role: m[1]!, start, end: start + name.length, roleStart: m.index, roleEnd: m.index + m[1]!.length });
  }
  FIELD_CREDIT.lastIndex = 0;
  return credits.length > 0 ? credits : undefined;
}

// A bracket closing a paragraph after its last sentence: …项目现场签约。(记者 杨洁), …190家。 ( 王继高).
const CLOSING_BRACKET = /[。！？!?”」][ \t\u3000]*[(（]([^()（）\n]{2,40})[)）][ \t\u3000]*$/;
const WHOLE_BRACKET = /^[ \t\u3000]*[(（]([^()（）\n]{2,40})[)）][ \t\u3000]*$/;
// The credits written out after a dateline: 实习记者王胜男报道：, 本报记者 张三 报道:.
const WRITTEN_CREDIT = /[ \t\u3000]*((?:本报)?(?:实习|见习|特约)?记者|(?:本报|特约)?通讯员)[ \t\u3000]*([\u4e00-\u9fff]{2,4}?)[ \t\u3000]*(?:报道|报导)[:：，,]/y;

/**
 * A credit with its offsets moved by `by`: from a part of a line (a bracket's inside) to the line.
 *
 * @example
 * shiftCredit({ name: '张伟', role: '记者', start: 3, end: 5 }, 10).start; // 13
 */
export function shiftCredit(c: Credit, by: number): Credit {
  const out: Credit = { ...c, start: c.start + by, end: c.end + by };
  if (c.roleStart !== undefined && c.roleEnd !== undefined) {
    out.roleStart = c.roleStart + by;
    out.roleEnd = c.roleEnd + by;
  }
  return out;
}

/**
 * The credits a paragraph closes with, in brackets after its last sentence: `(记者 杨洁)` gives
 * 杨洁 as 记者; a lone name `( 王继高)` is the author's signature (`signed`). Offsets are into
 * the line; undefined when the line closes otherwise.
 *
 * @example
 * readClosingCredits('还有10个项目现场签约。(记者 杨洁)')?.credits[0]?.name; // '杨洁'
 */
export function readClosingCredits(line: string): { credits: Credit[]; signed: boolean } | undefined {
  const last = line.charCodeAt(line.length - 1);
  // Most lines end in 。: the pattern is run only where a bracket or a space closes the line.
  if (last !== 0x29 && last !== 0xff09 && last !== 0x20 && last !== 0x3000 && last !== 0x09) return undefined;
  // A line that is only a bracketed credit closes the article as well: （本报记者 张伟）.
  const whole = WHOLE_BRACKET.exec(line);
  if (whole) {
    const credits = readBracketCredits(whole[1]!);
    const at = line.indexOf(whole[1]!);
    return credits ? { credits: credits.map((c) => shiftCredit(c, at)), signed: false } : undefined;
  }
  const m = CLOSING_BRACKET.exec(line);
  if (!m) return undefined;
  const inner = m[1]!;
  const at = m.index + m[0].indexOf(inner, 1);
  const credits = readBracketCredits(inner);
  if (credits) return { credits: credits.map((c) => shiftCredit(c, at)), signed: false };
  const name = inner.trim();
  if (!isPlausibleName(name)) return undefined;
  const start = at + inner.indexOf(name);
  return { credits: [{ name, role: AUTHOR_ROLE, start, end: start + name.length }], signed: true };
}

/**
 * The credit written out at `at` (after a dateline: `实习记者王胜男报道：`), with offsets into
 * `text`; undefined when the text there opens otherwise. Read in place: a paragraph is not cut.
 *
 * @example
 * readWrittenCredit('实习记者王胜男报道:日前，…')?.name; // '王胜男'
 */
export function readWrittenCredit(text: string, at = 0): Credit | undefined {
  WRITTEN_CREDIT.lastIndex = at;
  const m = WRITTEN_CREDIT.exec(text);
  if (!m || !isPlausibleName(m[2]!)) return undefined;
  const roleStart = at + m[0].indexOf(m[1]!);
  const start = at + m[0].indexOf(m[2]!, roleStart - at + m[1]!.length);
  return { name: m[2]!, role: m[1]!, start, end: start + m[2]!.length, roleStart, roleEnd: roleStart + m[1]!.length };
}

/**
 * Reads the inside of a bracketed credit: (记者 金朝力 刘曼华), (记者周三春), (中央社记者林孟汝台北20日电),
 * 〔自由时报记者洪友芳╱新竹报导〕. A role keeps the medium written before it (中央社记者). Undefined when
 * a piece is neither a name, a role, a medium before a role nor the place a report was filed from.
 *
 * @example
 * readBracketCredits('中央社记者林孟汝台北20日电').map((c) => [c.name, c.role]); // [['林孟汝', '中央社记者']]
 */
export function readBracketCredits(inner: string): Credit[] | undefined {
  // Most brackets hold a note (以下简称…, 试点): without a role or a space between names there is no credit.
  if (inner.length > MAX_BYLINE || !((hasUnitOf(inner, ROLE_FIRST) && ROLE_SEARCH.test(inner)) || SPACED_PIECES.test(inner))) return undefined;
  const credits: Credit[] = [];
  let role: string | undefined;
  let roleSpan: [number, number] | undefined;
  let sawRole = false;
  let media = '';
  let mediaStart = -1;
  PIECE.lastIndex = 0;
  for (let m = PIECE.exec(inner); m; m = PIECE.exec(inner)) {
    const piece = m[0];
    const found = ROLE_SEARCH.exec(piece);
    // A one-character role (文, 图, 摄) only opens a piece: inside one it is part of a name (王文明).
    const r = found && (found.index === 0 || found[0].length >= 2) ? found : null;
    let rest = piece;
    let at = m.index;
    if (r) {
      const before = piece.slice(0, r.index);
      if (before.length > 0 && !/^[\u4e00-\u9fff]{2,10}$/.test(before)) return undefined;
      role = `${media}${before}${r[0]}`;
      roleSpan = [mediaStart >= 0 ? mediaStart : m.index, m.index + r.index + r[0].length];
      media = '';
      mediaStart = -1;
      sawRole = true;
      rest = piece.slice(r.index + r[0].length).replace(/^[:：]/, '');
      at += piece.length - rest.length;
      if (rest.length === 0) continue;
    }
    const name = leadingName(rest);
    if (name > 0) {
      credits.push({ name: rest.slice(0, name), role: role ?? AUTHOR_ROLE, start: at, end: at + name, ...spanOf(roleSpan) });
      continue;
    }
    const filed = FILED.exec(rest);
    if (filed && (filed[1] === undefined || NAMES.get(filed[1])?.type === 'place')) continue;
    // 新甘肃·甘肃日报记者: a medium named before another, apart by a dot.
    if (!r && /^[\u4e00-\u9fff]{2,8}$/.test(rest) && inner.charAt(m.index + piece.length) === '·') {
      media += `${rest}·`;
      if (mediaStart < 0) mediaStart = m.index;
      continue;
    }
    return undefined;
  }
  if (credits.length === 0) return undefined;
  return sawRole || credits.length >= 2 ? credits : undefined;
}

function spanOf(span: [number, number] | undefined): { roleStart?: number; roleEnd?: number } {
  return span ? { roleStart: span[0], roleEnd: span[1] } : {};
}

/** The length of the name `s` opens, when what follows it is a filing place and day or nothing. */
function leadingName(s: string): number {
  for (const n of [3, 2, 4]) {
    if (s.length < n || !isPlausibleName(s.slice(0, n))) continue;
    const tail = s.slice(n);
    if (tail.length === 0) return n;
    const filed = FILED.exec(tail);
    if (filed && (filed[1] === undefined || NAMES.get(filed[1])?.type === 'place')) return n;
  }
  return 0;
}

/**
 * A lone name closing a paragraph or standing as its own line: the article's signature.
 *
 * @example
 * readSignature('… 贡献高新力量。 辛玉'); // { name: '辛玉', role: '作者', start: 11, end: 13 }
 * readSignature('高欣'); // { name: '高欣', role: '作者', start: 0, end: 2 }
 */
export function readSignature(line: string): Credit | undefined {
  if (!mayBeSignature(line, 0, line.length)) return undefined;
  const trimmed = line.trim();
  if (trimmed.length <= 3 && isPlausibleName(trimmed)) {
    const start = line.indexOf(trimmed);
    return { name: trimmed, role: AUTHOR_ROLE, start, end: start + trimmed.length };
  }
  // The pattern ends in a Han name and spaces: a line ending otherwise (most paragraphs end in 。) spares the search.
  if (!endsLikeSignature(line)) return undefined;
  const m = SIGNATURE_AFTER.exec(line);
  if (!m || !isPlausibleName(m[2]!) || m[2]!.length > 3) return undefined;
  const start = line.lastIndexOf(m[2]!);
  return { name: m[2]!, role: AUTHOR_ROLE, start, end: start + m[2]!.length };
}

function endsLikeSignature(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  return (last >= 0x4e00 && last <= 0x9fff) || last === 0x20 || last === 0x09 || last === 0x3000;
}

/**
 * Whether `text` from `start` to `end` (a line) may be a byline: false when `readByline` would
 * certainly find none, read without slicing the line. Its first token must open with a role or
 * be a name of two to four characters starting with a surname (or be marks, read on).
 *
 * @example
 * mayBeByline('王柯岚 本报记者 叶伟', 0, 11); // true
 * mayBeByline('优化创新布局 增强平台支撑力', 0, 14); // false
 */
export function mayBeByline(text: string, start: number, end: number): boolean {
  if (end - start > MAX_BYLINE) return false;
  let i = start;
  while (i < end && SPACE[text.charCodeAt(i)] === 1) i++;
  if (i === end) return false;
  const code = text.charCodeAt(i);
  if (code >= 0x4e00 && code <= 0x9fff) {
    if (ROLE_FIRST[code] === 1) return true;
    if (!mayStartSurname(code)) return false;
    let j = i + 1;
    while (j < end && SPACE[text.charCodeAt(j)] !== 1) j++;
    return j - i >= 2 && j - i <= 4;
  }
  // An ASCII letter or digit is neither a mark nor part of a name.
  return !isAsciiAlnum(code) || ROLE_FIRST[code] === 1;
}

/**
 * Whether `text` from `start` to `end` (a line) may be or end in a signature: false when
 * `readSignature` would certainly find none, read from the line's end without slicing it. A
 * signature is the whole line (a Han name of up to three characters between spaces) or a run of
 * two to four Han characters after spaces after the end of a sentence.
 *
 * @example
 * mayBeSignature('贡献高新力量。 辛玉', 0, 10); // true
 * mayBeSignature('优化创新布局 增强平台支撑力', 0, 14); // false
 */
export function mayBeSignature(text: string, start: number, end: number): boolean {
  let last = end;
  while (last > start && SPACE[text.charCodeAt(last - 1)] === 1) last--;
  let first = last;
  while (first > start && isHanCode(text.charCodeAt(first - 1))) first--;
  const run = last - first;
  if (run === 0) return false;
  if (run <= 3) {
    // The whole line, spaces aside.
    let lead = start;
    while (lead < first && SPACE[text.charCodeAt(lead)] === 1) lead++;
    if (lead === first) return true;
  }
  if (run < 2 || run > 4) return false;
  let gap = first;
  while (gap > start && SIGNATURE_GAP[text.charCodeAt(gap - 1)] === 1) gap--;
  return gap < first && gap > start && SENTENCE_END[text.charCodeAt(gap - 1)] === 1;
}

/** Two to four Han characters (`/^[\u4e00-\u9fff]{2,4}$/`), read without a pattern: every token of a credit asks. */
function isHanName(s: string): boolean {
  if (s.length < 2 || s.length > 4) return false;
  for (let i = 0; i < s.length; i++) if (!isHanCode(s.charCodeAt(i))) return false;
  return true;
}



function isAsciiAlnum(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
