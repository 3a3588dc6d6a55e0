/**
 * Glob patterns for report inputs (`reports/**\/*.txt`, `*.{txt,md}`), matched by
 * tinyglobby, whose matcher stays fast however many `**` a pattern holds. Here: only
 * telling a pattern from a name, and the folder a pattern is rooted at.
 */

/** Whether `input` holds glob characters (else it names a file or folder as it is). */
export function isGlob(input: string): boolean {
  return /[*?{[]/.test(input);
}

/** The folder a glob is rooted at: the leading segments without glob characters. */
export function globBase(pattern: string): string {
  const segments = pattern.replace(/\\/g, '/').split('/');
  const fixed: string[] = [];
  for (const s of segments) {
    if (isGlob(s)) break;
    fixed.push(s);
  }
  if (fixed.length === segments.length) fixed.pop();
  const base = fixed.join('/');
  return base === '' ? (pattern.startsWith('/') ? '/' : '.') : base;
}
