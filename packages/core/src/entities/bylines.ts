/**
 * Bylines (王柯岚 本报记者 叶伟) and signatures (a lone name closing an article: 辛玉), shared by
 * the person extractor and the article splitter.
 */
import { BYLINE_ROLES, NOT_NAMES } from './lexicons/cues.js';
import { NAMES, surnameAt } from './lexicon.js';

/** A person a byline or signature credits, with offsets relative to the line. */
export interface Credit {
  name: string;
  role: string;
  start: number;
  end: number;
}

/** The role of a name a byline gives without one, and of a signature. */
export const AUTHOR_ROLE = '作者';

const ROLES = [...BYLINE_ROLES].sort((a, b) => b.length - a.length);
const NOT_NAME = new Set(NOT_NAMES);
const HAN_NAME = /^[\u4e00-\u9fff]{2,4}$/;
const TOKEN = /[^\s\u3000]+/g;
// A byline is short: a few names and roles.
const MAX_BYLINE = 40;
const SIGNATURE_AFTER = /([。！？!?”」）)])[ \t\u3000]+([\u4e00-\u9fff]{2,4})[ \t\u3000]*$/;

/**
 * Whether a short string reads as a person's name: two to four Han characters starting with a
 * surname from the table, and not a common word or a place.
 *
 * @example
 * isPlausibleName('叶伟'); // true
 * isPlausibleName('目前'); // false
 */
export function isPlausibleName(s: string): boolean {
  if (!HAN_NAME.test(s) || NOT_NAME.has(s)) return false;
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
  if (line.length > MAX_BYLINE || line.trim().length === 0) return undefined;
  const credits: Credit[] = [];
  let role: string | undefined;
  let sawRole = false;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(line); m; m = TOKEN.exec(line)) {
    let token = m[0];
    let at = m.index;
    const r = ROLES.find((x) => token.startsWith(x));
    if (r) {
      role = r;
      sawRole = true;
      token = token.slice(r.length).replace(/^[/／:：]/, (s) => {
        at += s.length;
        return '';
      });
      at += r.length;
      if (token.length === 0) continue;
    }
    if (!isPlausibleName(token)) return undefined;
    credits.push({ name: token, role: role ?? AUTHOR_ROLE, start: at, end: at + token.length });
  }
  if (credits.length === 0) return undefined;
  // Without a role word, only a line of two or more names is a byline; one name alone is a signature.
  return sawRole || credits.length >= 2 ? credits : undefined;
}

/**
 * A lone name closing a paragraph or standing as its own line: the article's signature.
 *
 * @example
 * readSignature('… 贡献高新力量。 辛玉'); // { name: '辛玉', role: '作者', start: 11, end: 13 }
 * readSignature('高欣'); // { name: '高欣', role: '作者', start: 0, end: 2 }
 */
export function readSignature(line: string): Credit | undefined {
  const trimmed = line.trim();
  if (isPlausibleName(trimmed) && trimmed.length <= 3) {
    const start = line.indexOf(trimmed);
    return { name: trimmed, role: AUTHOR_ROLE, start, end: start + trimmed.length };
  }
  const m = SIGNATURE_AFTER.exec(line);
  if (!m || !isPlausibleName(m[2]!) || m[2]!.length > 3) return undefined;
  const start = line.lastIndexOf(m[2]!);
  return { name: m[2]!, role: AUTHOR_ROLE, start, end: start + m[2]!.length };
}
