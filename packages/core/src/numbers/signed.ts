/** One numeral with its sign, read from its tokens: the core the compound forms build on. */
import { AMBIGUOUS_FINANCIAL, CHINESE_DIGITS, MINUS_SIGNS, MINUS_WORDS, SMALL_UNITS, arabicDigit } from '../knowledge/numerals.js';
import type { NumeralScript } from '../models/numberMention.js';
import { isAsciiLetter, isLeadingPoint } from './arabic.js';
import { evaluate } from './evaluate.js';
import { IS_FINANCIAL, IS_MINUS_SIGN, IS_MINUS_WORD, codeAt } from './codeTables.js';
import { fractionBarAt, fractionBarBefore, lex } from './lex.js';
import type { NumeralRead, Token } from './numeralRead.js';

interface ReadOptions {
  /** The numeral follows 分之, so a lone 肆 or 伍 is a numerator, not a word. */
  afterFractionBar?: boolean;
}

/** Whether `ch` can only be a dash here: after a digit, a letter or another dash. */
function isDashPosition(text: string, start: number): boolean {
  if (start === 0) return false;
  const before = text.charCodeAt(start - 1);
  return arabicDigit(before) >= 0 || isAsciiLetter(before) || MINUS_SIGNS.has(text[start - 1] ?? '');
}

/** A numeral with its sign (负三十二, -10000, -.5), not yet read as part of a fraction. */
export function readSigned(text: string, start: number, options: ReadOptions): NumeralRead | number {
  let pos = start;
  let sign = 1;
  const firstCode = codeAt(text, pos);
  // Most numerals open with a digit: the string of the first character only for a sign or a point.
  if (IS_MINUS_WORD[firstCode] === 1 || IS_MINUS_SIGN[firstCode] === 1) {
    const first = text[pos]!;
    const next = text.charCodeAt(pos + 1);
    const nextCh = text[pos + 1] ?? '';
    const startsNumber =
      arabicDigit(next) >= 0 ||
      (MINUS_SIGNS.has(first) && isLeadingPoint(text, pos + 1)) ||
      (MINUS_WORDS.has(first) && (CHINESE_DIGITS.has(nextCh) || SMALL_UNITS.has(nextCh)));
    if (!startsNumber) return start + 1;
    // A hyphen after a digit, a letter or another dash is a dash or a range, not a sign.
    if (MINUS_SIGNS.has(first) && isDashPosition(text, start)) return start + 1;
    sign = -1;
    pos += 1;
  } else if ((firstCode === 0x2e || firstCode === 0xff0e) && !isLeadingPoint(text, pos)) {
    return start + 1;
  }
  const lexed = lex(text, pos);
  if (typeof lexed === 'number') return Math.max(lexed, start + 1);
  let tokens = lexed;
  let evaluated = evaluate(tokens);
  if (!evaluated) {
    // Numbers that a space separates are separate numbers when they do not read as one.
    const gap = tokens.findIndex((t, i) => i > 0 && t.s > tokens[i - 1]!.e);
    if (gap > 0) {
      tokens = tokens.slice(0, gap);
      evaluated = evaluate(tokens);
    }
  }
  while (tokens.length > 0) {
    if (evaluated) {
      const last = tokens[tokens.length - 1]!;
      const firstTok = tokens[0]!;
      const chinese = tokens.every((t) => t.k !== 'arabic');
      const loneOne = tokens.length === 1 && firstTok.k === 'digit' && firstTok.v === 1;
      if (isLoneWordChar(text, tokens) && !inNumberContext(text, start, last.e, sign, options)) return last.e;
      const read: NumeralRead = {
        start,
        end: last.e,
        value: sign * evaluated.value,
        script: scriptOf(text, tokens),
        multiplier: evaluated.multiplier,
        approx: evaluated.approx,
        loneOne,
        chinese,
        digitByDigit: evaluated.digitByDigit,
      };
      if (evaluated.max !== undefined) {
        // 负两三: a minus sign turns the bounds around, and the value is the lower one.
        const a = sign * evaluated.value;
        const b = sign * evaluated.max;
        read.min = Math.min(a, b);
        read.max = Math.max(a, b);
        read.value = read.min;
      }
      return read;
    }
    tokens = tokens.slice(0, -1);
    evaluated = tokens.length > 0 ? evaluate(tokens) : undefined;
  }
  return start + 1;
}

/** A sign, or 分之 before or after, shows that a lone 伍 or 肆 is a number (负伍, 五分之肆). */
function inNumberContext(text: string, start: number, end: number, sign: number, options: ReadOptions): boolean {
  return sign === -1 || options.afterFractionBar === true || fractionBarBefore(text, start) || fractionBarAt(text, end);
}

/** A lone 伍, 陆, 拾 … that is more often part of a word (队伍, 陆地, 收拾) than a number. */
function isLoneWordChar(text: string, tokens: Token[]): boolean {
  if (tokens.length !== 1) return false;
  const t = tokens[0]!;
  return (t.k === 'digit' || t.k === 'small') && AMBIGUOUS_FINANCIAL.has(text[t.s] ?? '');
}

function scriptOf(text: string, tokens: Token[]): NumeralScript {
  let arabic = false;
  let chinese = false;
  let financial = false;
  for (const t of tokens) {
    if (t.k === 'arabic') arabic = true;
    else {
      chinese = true;
      for (let i = t.s; i < t.e; i++) if (IS_FINANCIAL[codeAt(text, i)] === 1) financial = true;
    }
  }
  if (arabic && chinese) return 'mixed';
  if (arabic) return 'arabic';
  return financial ? 'financial' : 'chinese';
}
