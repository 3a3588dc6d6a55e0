/**
 * HTML from report text: every character that HTML reads as markup is escaped.
 */
import type { RenderTable } from './table.js';

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text placed in HTML, in an element or an attribute value.
 *
 * @example
 * escapeHtml('<b>"x"</b>'); // '&lt;b&gt;&quot;x&quot;&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Tables as an HTML fragment (no page chrome), ready for a notebook cell or a page.
 *
 * @example
 * tablesToHtml('Report', reportTables(report)).startsWith('<section class="gaoxin-report">'); // true
 */
export function tablesToHtml(title: string, tables: readonly RenderTable[]): string {
  const cell = (tag: 'td' | 'th', text: string, numeric: boolean) => `<${tag}${numeric ? ' style="text-align:right"' : ''}>${escapeHtml(text)}</${tag}>`;
  const body = tables
    .map((t) => {
      const head = `<tr>${t.headers.map((h, i) => cell('th', h, t.numeric.includes(i))).join('')}</tr>`;
      const rows = t.rows.map((r) => `<tr>${r.map((c, i) => cell('td', c, t.numeric.includes(i))).join('')}</tr>`).join('\n');
      return `<table class="gaoxin-table">\n<caption>${escapeHtml(t.caption)}</caption>\n<thead>${head}</thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
    })
    .join('\n');
  return `<section class="gaoxin-report">\n<h3>${escapeHtml(title)}</h3>\n${body}\n</section>\n`;
}
