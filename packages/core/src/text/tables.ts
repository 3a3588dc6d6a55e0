/**
 * Tables in running text: rows of a pipe or Markdown table (`| 2002 | 2003 |`), tab-separated
 * lines, tables saved one cell per line (`2002 |` / `2003 |` …, as pages copied from a web
 * table come out), and tables aligned with spaces (as text from a PDF or a plain-text release
 * comes out: a header line, then rows of a label and numbers). Only the grid: what a cell means (its unit, its year) is read by the
 * figures and dates that use it. Offsets are into the text given; one pass over its lines.
 */

/** One cell: its trimmed text and where that text stands. */
export interface TableCell {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A grid of cells; the first row is the header, the first cell of a row its label. */
export interface Table {
  readonly rows: ReadonlyArray<readonly TableCell[]>;
}

// A Markdown rule line (|---|:---:|) separates the header from the body; it holds no cells.
const RULE_LINE = /^[\s|｜:：\-—=+]*$/;
// A line that is one cell closed by a bar: `28338 |`, `企业数(个) |`, a lone `|`.
const CELL_LINE = /^[ \t\u3000]*([^|｜\t]{0,40}?)[ \t\u3000]*[|｜][ \t\u3000|｜]*$/;
const BAR = /[|｜]/;
const YEAR_CELL = /^(?:19|20)[0-9]{2}(?:年度?)?$/;
const NUMBER_CELL = /^[-+]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?[%％]?$/;
// A table one cell per line needs a header and at least one row of two values to be a table.
const MIN_CELLS = 6;
// A space-aligned table: its cells are parted by spaces; its label and header cells are short
// and hold no sentence.
const SPACES = /[ \t\u3000]+/g;
// What every row of one ends with: a number after a space.
const SPACED_ROW_END = /[ \u3000][-+]?[0-9０-９][0-9０-９,，.．]*[%％]?[ \t\u3000]*$/m;
const MAX_SPACED_CELL = 20;
const SENTENCE_MARK = /[，,。；;！!？?：:]/;
// A space-aligned table needs a header and two rows.
const MIN_SPACED_ROWS = 2;

interface Line {
  start: number;
  end: number;
  text: string;
}

/** Whether a cell holds a year (2002, 2006年) as a column or row header writes it. */
export function isYearCell(text: string): boolean {
  return YEAR_CELL.test(text);
}

/** Whether a cell holds nothing but a number (28338, 1,116.5, 12.5%). */
export function isNumberCell(text: string): boolean {
  return NUMBER_CELL.test(text);
}

function cell(text: string, from: number, to: number): TableCell {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { text: text.slice(s, e), start: s, end: e };
}

/** The cells of a line split at `sep` (bars or tabs); a border bar at either end makes no cell. */
function splitRow(text: string, line: Line, sep: RegExp): TableCell[] {
  const cells: TableCell[] = [];
  let from = line.start;
  for (let i = line.start; i <= line.end; i++) {
    if (i === line.end || sep.test(text[i]!)) {
      cells.push(cell(text, from, i));
      from = i + 1;
    }
  }
  if (cells.length > 0 && cells[0]!.text === '' && BAR.test(line.text.trimStart()[0] ?? '')) cells.shift();
  if (cells.length > 0 && cells[cells.length - 1]!.text === '' && BAR.test(line.text.trimEnd().slice(-1))) cells.pop();
  return cells;
}

// 单位：亿元、%: the line of units a statistics table prints between its caption and its rows.
const UNIT_LINE = /^[（(]?(?:计量)?单位[:：][ \t\u3000]*([^（）()]{1,20}?)[)）]?$/;

/**
 * The units a table's line of units writes (`单位：亿元、%` → `亿元、%`), or undefined where the
 * (trimmed) line is none: it stands between a table and its caption.
 */
export function unitLineUnits(line: string): string | undefined {
  return UNIT_LINE.exec(line)?.[1];
}

/**
 * Whether a (trimmed) line is a Markdown table's rule (| --- | :---: |): part of its table, no
 * heading of the page.
 *
 * | line | rule |
 * | --- | --- |
 * | \| --- \| --- \| | yes |
 * | \|:---:\|---\| | yes |
 * | --- | no (no bars: a break in the text) |
 */
export function isRuleLine(line: string): boolean {
  return RULE_LINE.test(line) && (line.match(/[|｜]/g) ?? []).length >= 2;
}

function lineKind(line: Line): 'pipe' | 'tab' | 'cell' | 'rule' | undefined {
  const t = line.text;
  if (t.trim() === '') return undefined;
  if (CELL_LINE.test(t)) return 'cell';
  if (isRuleLine(t)) return 'rule';
  if (BAR.test(t)) return 'pipe';
  if ((t.match(/\t/g) ?? []).length >= 1 && t.trim().includes('\t')) return 'tab';
  return undefined;
}

/**
 * A run of one-cell lines as a grid. The header is an empty corner cell (or none) and the
 * column headers before the first label, a cell that is neither a number nor empty; the
 * width so found cuts the run into rows.
 */
function gridOfCells(cells: TableCell[]): TableCell[][] | undefined {
  if (cells.length < MIN_CELLS) return undefined;
  let width = 0;
  for (let i = 1; i < cells.length; i++) {
    const t = cells[i]!.text;
    if (t !== '' && !isNumberCell(t) && !isYearCell(t)) {
      width = i;
      break;
    }
  }
  if (width < 2) return undefined;
  const rows: TableCell[][] = [];
  for (let i = 0; i + width <= cells.length; i += width) rows.push(cells.slice(i, i + width));
  return rows.length >= 2 ? rows : undefined;
}

/** The cells of a line parted by spaces. */
function spacedCells(line: Line): TableCell[] {
  const cells: TableCell[] = [];
  const t = line.text;
  let from = 0;
  SPACES.lastIndex = 0;
  for (let m = SPACES.exec(t); m; m = SPACES.exec(t)) {
    if (m.index > from) cells.push({ text: t.slice(from, m.index), start: line.start + from, end: line.start + m.index });
    from = m.index + m[0].length;
  }
  SPACES.lastIndex = 0;
  if (from < t.length) cells.push({ text: t.slice(from), start: line.start + from, end: line.start + t.length });
  return cells;
}

function isShortText(cell: TableCell): boolean {
  return cell.text.length <= MAX_SPACED_CELL && !SENTENCE_MARK.test(cell.text);
}

/** A row of a space-aligned table: a short label, then numbers only. */
function spacedRow(line: Line): TableCell[] | undefined {
  const cells = spacedCells(line);
  if (cells.length < 2 || !isShortText(cells[0]!)) return undefined;
  for (let i = 1; i < cells.length; i++) if (!isNumberCell(cells[i]!.text)) return undefined;
  return cells;
}

/** The header of a space-aligned table: short cells, none of them a number but a year. */
function spacedHeader(line: Line, width: number): TableCell[] | undefined {
  const cells = spacedCells(line);
  if (cells.length !== width && cells.length !== width - 1) return undefined;
  for (const c of cells) if (!isShortText(c) || (isNumberCell(c.text) && !isYearCell(c.text))) return undefined;
  // A header without a corner cell (the label column has no heading) gets an empty one.
  return cells.length === width ? cells : [{ text: '', start: line.start, end: line.start }, ...cells];
}

/**
 * A space-aligned table whose header is line `i`: the rows after it of the same width.
 * Undefined where line `i` heads no such table.
 */
function spacedTableAt(lines: readonly Line[], i: number): { table: Table; next: number } | undefined {
  const first = lines[i + 1] ? spacedRow(lines[i + 1]!) : undefined;
  if (!first) return undefined;
  const header = spacedHeader(lines[i]!, first.length);
  if (!header) return undefined;
  const rows: TableCell[][] = [header, first];
  let j = i + 2;
  for (; j < lines.length; j++) {
    const row = spacedRow(lines[j]!);
    if (!row || row.length !== first.length) break;
    rows.push(row);
  }
  return rows.length - 1 >= MIN_SPACED_ROWS ? { table: { rows }, next: j } : undefined;
}

/**
 * Whether a line ends as a row of a space-aligned table does (`张江科学城 3860.5 8.2`): a
 * number after spaces. Such a line is no running text the layout broke.
 */
export function endsLikeSpacedRow(line: string): boolean {
  // Read from the end by index: the last token and the space before it, not a pattern tried at every space.
  let start = line.length;
  while (start > 0 && !isCellSpace(line.charCodeAt(start - 1))) start--;
  return start > 0 && start < line.length && isNumberCell(line.slice(start));
}

function isCellSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000;
}

/**
 * Every table of `text`, in order.
 *
 * @example
 * findTables('| |2002|2003|\n|---|---|---|\n|企业数(个)|28338|32857|')[0].rows[1].map((c) => c.text);
 * // ['企业数(个)', '28338', '32857']
 */
export function findTables(text: string): Table[] {
  if (!text.includes('|') && !text.includes('｜') && !text.includes('\t') && !SPACED_ROW_END.test(text)) return [];
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const lineEnd = end > start && text[end - 1] === '\r' ? end - 1 : end;
    lines.push({ start, end: lineEnd, text: text.slice(start, lineEnd) });
    start = end + 1;
  }
  const tables: Table[] = [];
  let i = 0;
  while (i < lines.length) {
    const kind = lineKind(lines[i]!);
    if (kind === undefined) {
      const spaced = spacedTableAt(lines, i);
      if (spaced) tables.push(spaced.table);
      i = spaced ? spaced.next : i + 1;
      continue;
    }
    if (kind === 'rule') {
      i++;
      continue;
    }
    let j = i;
    const block: Line[] = [];
    while (j < lines.length) {
      const k = lineKind(lines[j]!);
      if (k === 'rule' && kind === 'pipe') {
        j++;
        continue;
      }
      if (k !== kind) break;
      block.push(lines[j]!);
      j++;
    }
    i = j;
    if (kind === 'cell') {
      const cells = block.map((l) => {
        const m = CELL_LINE.exec(l.text)!;
        const at = l.start + l.text.indexOf(m[1]!);
        return m[1] === '' ? { text: '', start: l.start, end: l.start } : cell(text, at, at + m[1]!.length);
      });
      const rows = gridOfCells(cells);
      if (rows) tables.push({ rows });
      continue;
    }
    if (block.length < 2) continue;
    const rows = block.map((l) => splitRow(text, l, kind === 'pipe' ? BAR : /\t/));
    if (rows.every((r) => r.length >= 2)) tables.push({ rows });
  }
  return tables;
}

let cached: { text: string; tables: Table[] } | undefined;

/** `findTables`, computed once for the text the figures and the dates both read. */
export function tablesOf(text: string): Table[] {
  if (cached?.text !== text) cached = { text, tables: findTables(text) };
  return cached.tables;
}
