/**
 * People: names beside a cue (教授洪亮, 李若教授, 谢晶表示), in bylines and signatures, and the
 * same names again later in the text. Never a surname guess alone.
 */
import type { Candidate } from './candidate.js';
import { AUTHOR_ROLE, isPlausibleName, mayBeByline, mayBeSignature, readBracketCredits, readByline, readFieldCredits, readSignature, type Credit } from './bylines.js';
import { BEFORE_NAME, AFTER_NAME, NOT_NAMES, PEOPLE_AFTER_LIST, SPEECH_AFTER, STRONG_TITLES_AFTER, TIME_AFTER, TITLES_AFTER, TITLES_BEFORE } from './lexicons/cues.js';
import { NAMES, SUFFIXES, mayStartSurname, surnameAt } from './lexicon.js';
import { Trie } from './trie.js';
import { hasUnitOf, unitsOf } from '../knowledge/codeUnits.js';
import { MAX_FIELDS_LINE, isFieldsLine } from '../knowledge/headerFields.js';

// Cue words found by one trie scan each (leftmost-longest, as an alternation would), not a regex of
// a hundred alternatives tried at every position.
const BEFORE_CUE = wordTrie(TITLES_BEFORE);
const AFTER_CUE = wordTrie([...TITLES_AFTER, ...SPEECH_AFTER, ...PEOPLE_AFTER_LIST]);
// A name's right edge may also be a time word: 王明近日表示.
const EDGE_AFTER = wordTrie([...TITLES_AFTER, ...SPEECH_AFTER, ...TIME_AFTER]);
const TITLE_ENDS = new Trie<true>('backward');
for (const t of TITLES_BEFORE) TITLE_ENDS.set(t, true);
const STRONG = new Set(STRONG_TITLES_AFTER);
const AFTER_TITLES = new Set(TITLES_AFTER);
const NOT_NAME = new Set(NOT_NAMES);
const HAN = /^[\u4e00-\u9fff]+$/;
// Characters that never stand inside a given name here: function words, and (unless cues stand on both
// sides, as in 局长杨文科表示) the last characters of organisation names. Tables by code unit: a name
// is tested at every cue, and a slice and a pattern per test cost more than reading a few slots.
const NEVER_IN_NAME = unitsOf('的了在是和与及等对把被将向从为也都就而或但之其该这那');
const NOT_IN_NAME_ALONE = unitsOf('院所局厅区市省县镇村司团校系部处科室队组');
// A credit in brackets: (记者 金朝力 刘曼华), 〔自由时报记者洪友芳╱新竹报导〕, ( 王继高).
const BRACKET_CREDIT = /[（(〔【]([^（()）〔〕【】\n]{2,40})[)）〕】]/g;
// What opens a credit in brackets: a line without one has none.
// One search of the text for all four (a search per character costs a pass per absent one).
const CREDIT_OPENER = /[(（〔【]/g;
// A lone name in brackets signs a paragraph only after the end of a sentence.
const CLOSES_SENTENCE = /[。！？!?]\s*$/;
// Characters that follow a name as words of their own (王明带领, 李若在, 张伟等).
const SHORTER_AFTER = '，。、；：！？,.;:!?)）”」 \t\n带率陪在等的为和与及是也都就曾已将向对从把被给让同跟还又昨今';
// A deputy or executive post is written before the title (副省长, 常务副市长, 执行总裁).
const DEPUTY = /(?:常务副|执行副|副|常务|执行)$/;
// An interview's speaker opening a line: 张明：我们会继续努力。 (a whole sentence after the colon, not a form field).
const SPEAKER = /^([\u4e00-\u9fff]{2,3})[：:](?=[^0-9０-９\n][^\n]{6,}[。！？!?”]$)/;
const ADVERBS_BEFORE_CUE = '也还都均又亦则就再';
const CLOSING = '，。、；：！？,.;:!?)）”」 \t\n';
// Between the names of a list: 刘洋、赵敏 | 钱天阳 薛秀娟.
const LIST_SEPARATORS = '、 \u3000';

// Words whose last character is a surname (有关, 机关, 提高, 主张): a name never starts on it
// (有关负责同志 is no 关负责), as the character belongs to the word before.
const ENDS_IN_SURNAME: ReadonlySet<string> = new Set(['有关', '相关', '机关', '海关', '攻关', '公关', '把关', '通关', '提高', '最高', '升高', '主张', '扩张', '紧张', '开张', '上万', '数万', '千万']);
// Their last characters by code unit: a name's first character is asked before any slice.
const ENDS_IN_SURNAME_LAST = unitsOf([...ENDS_IN_SURNAME].map((w) => w.charAt(1)).join(''));

// Surnames that are far more often adverbs before a verb (代办员都会, 他们也将).
const ADVERB_FIRST = '都也就还又将已曾才便仍均正并很更最';
// What follows such an adverb where it is one (董事长曾多次表示, 曾一度): never a given name.
const ADVERBIALS = new Set(['多次', '一度', '先后', '连续', '多年', '长期', '亲自', '专门']);

/**
 * The people named in `text` (normalised): bylines, signatures, names by a cue, and their
 * later mentions. `taken` tells whether a span already holds another name.
 *
 * @example
 * findPersons('由上海交通大学教授洪亮带领的团队').map((c) => c.start); // [9]
 */
export function findPersons(text: string): Candidate[] {
  const found: Candidate[] = [];
  readCredits(text, found);
  const [cuesBefore, cuesAfter] = Trie.scanBoth(BEFORE_CUE, AFTER_CUE, text);
  for (const cue of cuesBefore) {
    const start = cue.end + gapAfter(text, cue.end);
    // Every reading below starts here: without a surname here there is no name to read.
    if (!mayStartSurname(text.charCodeAt(start))) continue;
    for (const length of [4, 3, 2]) {
      // 洪亮带领: where the last character would itself follow a name, the shorter reading wins.
      const shorter = length > 2 && startsAfterWord(text, start + length - 1) && isNameAt(text, start, length - 1);
      const cueAfter = cueFollows(text, start + length);
      // 董事长曾毓群，: a surname that is also an adverb (曾, 都) is a name after a post when punctuation closes it.
      const closed = start + length >= text.length || CLOSING.includes(text.charAt(start + length));
      if (!shorter && isNameAt(text, start, length, cueAfter, closed || cueAfter) && followsName(text, start + length)) {
        const deputy = DEPUTY.exec(text.slice(Math.max(0, cue.start - 3), cue.start))?.[0].length ?? 0;
        found.push({ start, end: start + length, type: 'person', source: 'person', role: text.slice(cue.start - deputy, cue.end), roleStart: cue.start - deputy, roleEnd: cue.end });
        break;
      }
    }
  }
  for (const cue of cuesAfter) {
    // 林向阳则说, 王明也表示: the name ends before the adverb, never with it; 张伟副市长, 区委副书记:
    // before a deputy's word, which belongs to the title.
    const deputy = DEPUTY.exec(text.slice(Math.max(0, cue.start - 3), cue.start))?.[0].length ?? 0;
    const end = deputy > 0 ? cue.start - deputy : ADVERBS_BEFORE_CUE.includes(text.charAt(cue.start - 1)) ? cue.start - 1 : cue.start;
    const strong = STRONG.has(cue.value);
    for (const length of [3, 2, 4]) {
      const start = end - length;
      if (start < 0) continue;
      const named = isNameAt(text, start, length) || (strong && length === 3 && isRareSurnameName(text, start, end));
      if (named && precedesName(text, start)) {
        const titled = AFTER_TITLES.has(cue.value);
        found.push({ start, end, type: 'person', source: 'person', role: titled ? cue.value : undefined, roleStart: titled ? cue.start : undefined, roleEnd: titled ? cue.end : undefined });
        break;
      }
    }
  }
  return withRepeats(text, withListMates(text, found));
}

/**
 * Names listed beside a name already found (刘洋、赵敏出席; 联系人:钱天阳 薛秀娟): each one a plausible
 * name that ends where a name may end.
 */
function withListMates(text: string, found: readonly Candidate[]): Candidate[] {
  const out = [...found];
  const taken = new Set(found.map((c) => c.start));
  const queue = [...found];
  while (queue.length > 0) {
    const c = queue.pop()!;
    const sep = text.charAt(c.end);
    if (LIST_SEPARATORS.includes(sep)) {
      const start = c.end + 1;
      for (const length of [3, 2]) {
        const end = start + length;
        // Apart by a space only when the line ends or another space follows: 钱天阳 薛秀娟.
        const closes = sep === '、' ? followsName(text, end) : end >= text.length || '\n \u3000、'.includes(text.charAt(end));
        if (!taken.has(start) && isNameAt(text, start, length) && closes) {
          const mate: Candidate = { start, end, type: 'person', source: 'person' };
          out.push(mate);
          queue.push(mate);
          taken.add(start);
          break;
        }
      }
    }
    if (text.charAt(c.start - 1) === '、') {
      const end = c.start - 1;
      for (const length of [3, 2]) {
        const start = end - length;
        if (start >= 0 && !taken.has(start) && isNameAt(text, start, length) && precedesName(text, start)) {
          const mate: Candidate = { start, end, type: 'person', source: 'person' };
          out.push(mate);
          queue.push(mate);
          taken.add(start);
          break;
        }
      }
    }
  }
  return out;
}

function wordTrie(words: readonly string[]): Trie<string> {
  const t = new Trie<string>('forward', true);
  for (const w of words) t.set(w, w);
  return t;
}

/** A credit's role, with where it is written when it is (offsets of the line or bracket moved by `at`). */
function roleOf(c: Credit, at: number): Pick<Candidate, 'role' | 'roleStart' | 'roleEnd'> {
  return c.roleStart !== undefined && c.roleEnd !== undefined ? { role: c.role, roleStart: at + c.roleStart, roleEnd: at + c.roleEnd } : { role: c.role };
}

/** Bylines and signatures, line by line. */
function readCredits(text: string, found: Candidate[]): void {
  // The next opener at or after the line being read (-1: none left; -2: not searched yet).
  let bracket = -2;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // Most lines can hold no credit: cheap tests of their ends spare the slice and the readers.
    const byline = mayBeByline(text, lineStart, lineEnd);
    const signed = mayBeSignature(text, lineStart, lineEnd);
    if (bracket !== -1 && bracket < lineStart) {
      CREDIT_OPENER.lastIndex = lineStart;
      bracket = CREDIT_OPENER.exec(text)?.index ?? -1;
    }
    const bracketed = bracket >= 0 && bracket < lineEnd;
    const spoken = (lineStart + 2 < lineEnd && isColon(text.charCodeAt(lineStart + 2))) || (lineStart + 3 < lineEnd && isColon(text.charCodeAt(lineStart + 3)));
    // A line of the page's fields (来源：安徽日报 2024-07-18 记者 陈晓明) is short: a long line is not cut to be asked.
    const fields = lineEnd - lineStart <= MAX_FIELDS_LINE ? text.slice(lineStart, lineEnd) : undefined;
    if (fields !== undefined && isFieldsLine(fields)) {
      // Its label words are no speaker (来源：…) and its names no byline or signature of their own.
      for (const c of readFieldCredits(fields) ?? []) {
        found.push({ start: lineStart + c.start, end: lineStart + c.end, type: 'person', source: 'person', ...roleOf(c, lineStart) });
      }
    } else if (byline || signed || bracketed || spoken) {
      const line = text.slice(lineStart, lineEnd);
      const credits = byline ? readByline(line) : undefined;
      const signature = credits || !signed ? undefined : readSignature(line);
      for (const c of credits ?? (signature ? [signature] : [])) {
        found.push({ start: lineStart + c.start, end: lineStart + c.end, type: 'person', source: 'person', ...roleOf(c, lineStart) });
      }
      if (bracketed) readBracketedCredits(line, lineStart, found);
      const speaker = spoken ? SPEAKER.exec(line) : null;
      if (speaker && isPlausibleName(speaker[1]!)) found.push({ start: lineStart, end: lineStart + speaker[1]!.length, type: 'person', source: 'person' });
    }
    lineStart = lineEnd + 1;
  }
}

/**
 * The length of what may part a post from its holder at `at`: up to two spaces, a colon, up to two
 * spaces, within five code units (副局长 吴俊：, 联系人:钱天阳). Read as `^[ \t\u3000]{0,2}[:：]?[ \t\u3000]{0,2}`
 * would read it, without a slice.
 */
export function gapAfter(text: string, at: number): number {
  const limit = Math.min(text.length, at + 5);
  let p = at;
  for (let k = 0; k < 2 && p < limit && isGapSpace(text.charCodeAt(p)); k++) p++;
  if (p < limit && isColon(text.charCodeAt(p))) p++;
  for (let k = 0; k < 2 && p < limit && isGapSpace(text.charCodeAt(p)); k++) p++;
  return p - at;
}

function isGapSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000;
}

function isColon(code: number): boolean {
  return code === 0x3a || code === 0xff1a;
}

/** Credits in brackets anywhere on a line, and a lone name in brackets closing it (…。( 王继高)). */
function readBracketedCredits(line: string, lineStart: number, found: Candidate[]): void {
  BRACKET_CREDIT.lastIndex = 0;
  for (let m = BRACKET_CREDIT.exec(line); m; m = BRACKET_CREDIT.exec(line)) {
    const inner = m[1]!;
    const at = lineStart + m.index + 1;
    const credits = readBracketCredits(inner);
    if (credits) {
      for (const c of credits) found.push({ start: at + c.start, end: at + c.end, type: 'person', source: 'person', ...roleOf(c, at) });
      continue;
    }
    const name = inner.trim();
    if (!isPlausibleName(name)) continue;
    const closes = line.slice(m.index + m[0].length).trim().length === 0 && CLOSES_SENTENCE.test(line.slice(0, m.index));
    if (closes) {
      const start = at + inner.indexOf(name);
      found.push({ start, end: start + name.length, type: 'person', source: 'person', role: AUTHOR_ROLE });
    }
  }
}

function isNameAt(text: string, start: number, length: number, cuedBothSides = false, adverbSurnameOk = false): boolean {
  const end = start + length;
  if (start < 0 || end > text.length) return false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff) return false;
  }
  // With cues on both sides only the last character must not be a function word (行政总裁林向阳会见).
  for (let i = cuedBothSides ? end - 1 : start + 1; i < end; i++) if (NEVER_IN_NAME[text.charCodeAt(i)] === 1) return false;
  if (!cuedBothSides) for (let i = start + 1; i < end; i++) if (NOT_IN_NAME_ALONE[text.charCodeAt(i)] === 1) return false;
  // Most characters start no surname: then the name fails below, and needs no slice to tell.
  if (!mayStartSurname(text.charCodeAt(start))) return false;
  if (start > 0 && ENDS_IN_SURNAME_LAST[text.charCodeAt(start)] === 1 && ENDS_IN_SURNAME.has(text.slice(start - 1, start + 1))) return false;
  const s = text.slice(start, end);
  if (NOT_NAME.has(s)) return false;
  const surname = surnameAt(s, 0);
  if (surname === 0 || (ADVERB_FIRST.includes(s.charAt(0)) && !(adverbSurnameOk && length === 3 && !isAdverbPhrase(text, start + 1)))) return false;
  const given = length - surname;
  if (given < 1 || given > 2) return false;
  // 管委会主任: a name-ending word (管委会, 研究院) closes an organisation, not a person's name.
  const suffix = SUFFIXES.longestEndingAt(s, length);
  if (suffix && suffix.end - suffix.start >= 2) return false;
  const known = NAMES.longestAt(s, 0);
  return known?.end !== length || known.value.type === 'person';
}

/** Whether the two characters at `at`, after an adverb-surname (曾, 都), read as what an adverb takes: 曾强调, 曾多次. */
function isAdverbPhrase(text: string, at: number): boolean {
  return ADVERBIALS.has(text.slice(at, at + 2)) || AFTER_CUE.longestAt(text, at, at + 2) !== undefined;
}

/** 下修武院士: a three-character name whose surname the table lacks, allowed beside a strong title only. */
function isRareSurnameName(text: string, start: number, end: number): boolean {
  const s = text.slice(start, end);
  return HAN.test(s) && !hasUnitOf(s, NEVER_IN_NAME) && !NOT_NAME.has(s) && NAMES.longestAt(s, 0) === undefined;
}


/** Whether a title or a verb of saying follows at `pos`, past one adverb (杨文科也表示, 王明还说). */
function cueFollows(text: string, pos: number): boolean {
  const at = ADVERBS_BEFORE_CUE.includes(text.charAt(pos)) ? pos + 1 : pos;
  return AFTER_CUE.longestAt(text, at, at + 4) !== undefined;
}

/**
 * Whether a cue word or a function character starts at `pos`: then a name read through it is too long
 * (王明带领 → 王明). A character that only starts a cue (强 of 强调) must start the whole word (李国强说 stays).
 */
function startsAfterWord(text: string, pos: number): boolean {
  return SHORTER_AFTER.includes(text.charAt(pos)) || EDGE_AFTER.longestAt(text, pos, pos + 4) !== undefined;
}

function followsName(text: string, end: number): boolean {
  return end >= text.length || AFTER_NAME.includes(text.charAt(end)) || EDGE_AFTER.longestAt(text, end, end + 4) !== undefined || cueFollows(text, end);
}

function precedesName(text: string, start: number): boolean {
  return start === 0 || BEFORE_NAME.includes(text.charAt(start - 1)) || TITLE_ENDS.longestEndingAt(text, start) !== undefined;
}

/** The names found, and each later mention of one of them that stands between name boundaries. */
function withRepeats(text: string, found: Candidate[]): Candidate[] {
  const names = new Trie<true>('forward');
  const first = new Map<string, number>();
  for (const c of found) {
    const name = text.slice(c.start, c.end);
    names.set(name, true);
    first.set(name, Math.min(first.get(name) ?? c.start, c.start));
  }
  const seen = new Set<number>();
  const out = found.filter((c) => {
    if (seen.has(c.start)) return false;
    seen.add(c.start);
    return true;
  });
  for (const m of names.scan(text)) {
    if (seen.has(m.start)) continue;
    const name = text.slice(m.start, m.end);
    if ((first.get(name) ?? Infinity) > m.start) continue;
    if (precedesName(text, m.start) && followsName(text, m.end)) out.push({ start: m.start, end: m.end, type: 'person', source: 'person' });
  }
  return out;
}
