/**
 * The first two code units every match of a regex can open with, read from its source. The date
 * scanner dispatches on a match's first code unit; most places where a date-starting character
 * stands (元, 中, 大, 国 …) open no date, and the second code unit says so before a regex runs.
 *
 * Lookarounds only ever refuse a match, so they are read as matching nothing: the prefixes
 * found are a superset of the real ones, and a check built on them never hides a match. The
 * reader knows the syntax the date patterns use (literals, classes, groups, lookarounds,
 * bounded and unbounded quantifiers); anything else (`.`, a negated class, a backreference) is
 * an error at load, so a new pattern cannot slip past the check unnoticed.
 */

/** Strings of at most two code units: what a match can open with, or all of it if shorter. */
type Prefixes = Set<string>;

const EMPTY_ONLY: ReadonlySet<string> = new Set(['']);
// `\s` as JavaScript reads it (outside the 'u' flag the same code units).
const WHITESPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const ESCAPE_CLASSES: Readonly<Record<string, string>> = {
  s: WHITESPACE,
  d: '0123456789',
  w: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_',
};

function concat(a: ReadonlySet<string>, b: ReadonlySet<string>): Prefixes {
  const out: Prefixes = new Set();
  for (const x of a) {
    if (x.length >= 2) out.add(x);
    else for (const y of b) out.add((x + y).slice(0, 2));
  }
  return out;
}

function union(a: ReadonlySet<string>, b: ReadonlySet<string>): Prefixes {
  const out: Prefixes = new Set(a);
  for (const y of b) out.add(y);
  return out;
}

class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  read(): Prefixes {
    const out = this.alternation();
    if (this.at !== this.source.length) this.fail('an unbalanced )');
    return out;
  }

  private fail(what: string): never {
    throw new Error(`matchPrefixes: ${what} at ${this.at} of /${this.source}/`);
  }

  private alternation(): Prefixes {
    let out = this.sequence();
    while (this.source[this.at] === '|') {
      this.at++;
      out = union(out, this.sequence());
    }
    return out;
  }

  private sequence(): Prefixes {
    let out: Prefixes = new Set(EMPTY_ONLY);
    for (;;) {
      const ch = this.source[this.at];
      if (ch === undefined || ch === '|' || ch === ')') return out;
      const piece = this.quantified(this.atom());
      // Past two code units nothing more changes; the rest is still read to find the group's end.
      out = concat(out, piece);
    }
  }

  private atom(): ReadonlySet<string> {
    const ch = this.source[this.at]!;
    if (ch === '(') return this.group();
    if (ch === '[') return this.chars(this.charClass());
    if (ch === '\\') {
      this.at++;
      return this.chars(this.escape());
    }
    if (ch === '^' || ch === '$') {
      this.at++;
      return EMPTY_ONLY;
    }
    if (ch === '.' || ch === '*' || ch === '+' || ch === '?' || ch === '{') this.fail(`unsupported ${ch}`);
    this.at++;
    return new Set([ch]);
  }

  private chars(units: string): Prefixes {
    return new Set(units);
  }

  private group(): ReadonlySet<string> {
    const s = this.source;
    this.at++;
    let zeroWidth = false;
    if (s[this.at] === '?') {
      const kind = s.slice(this.at + 1, this.at + 3);
      if (kind.startsWith(':')) this.at += 2;
      else if (kind.startsWith('=') || kind.startsWith('!')) {
        zeroWidth = true;
        this.at += 2;
      } else if (kind === '<=' || kind === '<!') {
        zeroWidth = true;
        this.at += 3;
      } else if (kind.startsWith('<')) {
        const close = s.indexOf('>', this.at);
        if (close < 0) this.fail('an unclosed group name');
        this.at = close + 1;
      } else this.fail('an unknown group');
    }
    const inner = this.alternation();
    if (s[this.at] !== ')') this.fail('an unclosed group');
    this.at++;
    return zeroWidth ? EMPTY_ONLY : inner;
  }

  private escape(): string {
    const c = this.source[this.at];
    if (c === undefined) this.fail('a trailing backslash');
    this.at++;
    const cls = ESCAPE_CLASSES[c];
    if (cls !== undefined) return cls;
    if (/[A-Za-z0-9]/.test(c)) this.fail(`unsupported \\${c}`);
    return c;
  }

  private charClass(): string {
    const s = this.source;
    this.at++;
    if (s[this.at] === '^') this.fail('a negated class');
    let units = '';
    while (s[this.at] !== ']') {
      if (this.at >= s.length) this.fail('an unclosed class');
      let lo: string;
      if (s[this.at] === '\\') {
        this.at++;
        const e = this.escape();
        if (e.length > 1) {
          units += e;
          continue;
        }
        lo = e;
      } else lo = s[this.at++]!;
      if (s[this.at] === '-' && s[this.at + 1] !== ']' && this.at + 1 < s.length) {
        this.at++;
        const hi = s[this.at] === '\\' ? (this.at++, this.escape()) : s[this.at++]!;
        for (let c = lo.charCodeAt(0); c <= hi.charCodeAt(0); c++) units += String.fromCharCode(c);
      } else units += lo;
    }
    this.at++;
    return units;
  }

  private quantified(piece: ReadonlySet<string>): ReadonlySet<string> {
    const s = this.source;
    const q = s[this.at];
    let min: number;
    let max: number;
    if (q === '?') [min, max] = [0, 1];
    else if (q === '*') [min, max] = [0, Infinity];
    else if (q === '+') [min, max] = [1, Infinity];
    else if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.at));
      if (!m) this.fail('a malformed {…}');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.at += m[0].length - 1;
    } else return piece;
    this.at++;
    if (s[this.at] === '?') this.at++;
    // Cut to two code units, piece^k is the same for every k ≥ 2: the exponents that matter are 0, 1 and 2.
    let out: Prefixes = new Set();
    let power: Prefixes = new Set(EMPTY_ONLY);
    for (let k = 0; k <= Math.min(max, 2); k++) {
      if (k >= min || (k === 2 && min > 2)) out = union(out, power);
      power = concat(power, piece);
    }
    return out;
  }
}

/**
 * Every opening of at most two code units a match of `source` can have: the first two code
 * units of each match, or the whole match where it is shorter (so '' when it can match empty).
 * A superset: lookarounds are taken to pass.
 *
 * @example
 * matchPrefixes('(?<![一])(?:上|下)半月?'); // Set { '上半', '下半' }
 * matchPrefixes('周(?<d>[一二])?'); // Set { '周', '周一', '周二' }
 */
export function matchPrefixes(source: string): Set<string> {
  return new Reader(source).read();
}
