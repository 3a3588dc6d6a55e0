/**
 * Glob patterns for report inputs: `*` and `?` within a path segment, `**` across
 * segments, `{a,b}` alternatives. Enough for `reports/**\/*.txt`; no shell needed.
 */

/** Whether `input` holds glob characters (else it names a file or folder as it is). */
export function isGlob(input: string): boolean {
  return /[*?{[]/.test(input);
}

/** The folder a glob is rooted at: the leading segments without glob characters. */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const s of segments) {
    if (isGlob(s)) break;
    fixed.push(s);
  }
  if (fixed.length === segments.length) fixed.pop();
  const base = fixed.join('/');
  return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}

/**
 * The regular expression a glob pattern matches paths with (forward slashes).
 *
 * @example
 * globToRegExp('reports/**\/*.txt').test('reports/2022/a.txt'); // true
 */
export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        const slash = pattern[i + 2] === '/';
        re += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '{') {
      const close = pattern.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += `(?:${pattern.slice(i + 1, close).split(',').map(escape).join('|')})`;
        i = close;
      }
    } else re += escape(ch);
  }
  return new RegExp(`^${re}$`);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
