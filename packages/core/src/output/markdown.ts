/**
 * Markdown from report text: escaped only where Markdown would read it as syntax, so numbers,
 * dates and punctuation stay as written (`12.6%`, `2023-01-01`), and one line per cell so a
 * table never breaks.
 */
import type { RenderTable } from './table.js';

// Inline syntax anywhere in a line: emphasis, code, links, images (via [), raw HTML, table
// cells, strikethrough, and the escape character itself.
const INLINE = /[\\`*_[\]<>|~]/g;
// An entity reference (&amp; &#20013;) would be decoded; a bare & is text.
const ENTITY = /&(?=#?[0-9A-Za-z]+;)/g;
// What starts a block, only at the start of a line and before a space: a heading, a list
// item (- + or 1. 1)); and a line of - or = alone, a rule or a heading underline. `-5%` and
// `12.6%` start no block and stay as written.
const BLOCK_MARKER = /^(\s*)(#{1,6}|[+-]|\d{1,9}[.)])(?=\s|$)/;
const RULE_LINE = /^(\s*)([-=])(?=[\s=-]*$)/;
// Every kind of line break, CR alone included: any of them would end a table row.
const BREAKS = /\r\n|[\r\n\u2028\u2029\u0085\v\f]/g;

/**
 * Text placed in Markdown, on one line: inline syntax characters are escaped and line breaks
 * become spaces. In a table cell or a heading that is all; text that starts a line of its own
 * (`{ lineStart: true }`) also gets a list, heading or rule marker at its start escaped.
 *
 * @example
 * escapeMarkdown('增长12.6%|*新*'); // '增长12.6%\\|\\*新\\*'
 * escapeMarkdown('2023-01-01'); // '2023-01-01'
 * escapeMarkdown('1. 第一', { lineStart: true }); // '1\\. 第一'
 */
export function escapeMarkdown(text: string, options: { lineStart?: boolean } = {}): string {
  const oneLine = text.replace(BREAKS, ' ').replace(INLINE, '\\$&').replace(ENTITY, '\\&');
  if (!options.lineStart) return oneLine;
  return oneLine
    .replace(BLOCK_MARKER, (_, space: string, marker: string) => (/^\d/.test(marker) ? `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}` : `${space}\\${marker}`))
    .replace(RULE_LINE, '$1\\$2');
}

/**
 * Tables as Markdown, under a heading; a table without rows shows its caption alone.
 *
 * @example
 * tablesToMarkdown('Report', reportTables(report));
 */
export function tablesToMarkdown(title: string, tables: readonly RenderTable[], level = 1): string {
  const hashes = '#'.repeat(level);
  const parts = [`${hashes} ${escapeMarkdown(title)}`];
  for (const t of tables) {
    parts.push(`${hashes}# ${escapeMarkdown(t.caption)}`);
    if (t.rows.length === 0) continue;
    const align = t.headers.map((_, i) => (t.numeric.includes(i) ? '---:' : '---'));
    const line = (cells: readonly string[]) => `| ${cells.map((c) => escapeMarkdown(c) || ' ').join(' | ')} |`;
    parts.push([line(t.headers), `| ${align.join(' | ')} |`, ...t.rows.map(line)].join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}
