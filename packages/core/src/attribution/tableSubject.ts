/**
 * The subject of a table's cells. A row whose label names a zone or an organisation
 * (| 兰州高新区 | 292 |) is about it; otherwise the table is about what its caption, the line
 * just above it, names (下面列表是高新区企业概况, 表1 常州高新区主要经济指标), a zone's class
 * word (高新区, 开发区) included, since a caption over national totals names the class.
 */
import type { Entity } from '../models/entity.js';
import { tablesOf, unitLineUnits } from '../text/tables.js';
import { subjectName } from './subject.js';

interface Named {
  start: number;
  end: number;
  entity: Entity;
}

interface TableSpan {
  start: number;
  end: number;
  /** Each body row's span and, where its label names one, its subject. */
  rows: Array<{ start: number; end: number; subject: string | undefined }>;
  caption: string | undefined;
}

/** Where the tables of a text stand and whom their cells are about, prepared once per report. */
export interface TableSubjects {
  tables: TableSpan[];
}

// A zone's class word as a caption writes it for all zones of the class.
const ZONE_CLASS = /(?:国家级?)?(?:高新技术产业开发区|高新区|高新區|经济技术开发区|经开区|开发区|開發區|自创区|自創區|科学城|科學城|园区|園區)/;
const CAPTION_MAX = 60;

function firstNamedIn(named: readonly Named[], start: number, end: number): Named | undefined {
  let lo = 0;
  let hi = named.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (named[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const n = named[lo];
  return n && n.end <= end ? n : undefined;
}

/**
 * Indexes the tables of normalised `text` with the subjects of their rows and captions.
 * `named` are the zones and organisations, normalised spans, sorted by start.
 *
 * | text | a cell's subject |
 * | --- | --- |
 * | 下面列表是高新区企业概况 / \| 2005 \| 2006 \| / \| 企业数(个) \| 41990 \| 45828 \| | 高新区 |
 * | \| 园区 \| 营收(亿元) \| / \| 兰州高新区 \| 292 \| / \| 白银高新区 \| 128 \| | each row's zone |
 */
export function indexTableSubjects(text: string, named: readonly Named[]): TableSubjects {
  const tables: TableSpan[] = [];
  for (const table of tablesOf(text)) {
    const first = table.rows[0]?.[0];
    const lastRow = table.rows[table.rows.length - 1];
    const last = lastRow?.[lastRow.length - 1];
    if (!first || !last) continue;
    const rows = table.rows.slice(1).map((row) => {
      const label = row[0]!;
      const end = row[row.length - 1]!.end;
      const n = firstNamedIn(named, label.start, label.end);
      return { start: label.start, end, subject: n && (n.entity.type === 'zone' || n.entity.type === 'organization') ? subjectName(n.entity) : undefined };
    });
    // The caption: the last line with words before the table, if it is short and near; a line of
    // units (单位：亿元、%) between them is passed over.
    let lineEnd = first.start;
    let lineStart = lineEnd;
    for (let lines = 0; lines < 2; lines++) {
      while (lineEnd > 0 && /[\s|｜]/.test(text.charAt(lineEnd - 1))) lineEnd--;
      lineStart = lineEnd;
      while (lineStart > 0 && text.charAt(lineStart - 1) !== '\n') lineStart--;
      if (unitLineUnits(text.slice(lineStart, lineEnd).trim()) === undefined) break;
      lineEnd = lineStart;
    }
    let caption: string | undefined;
    if (lineEnd > lineStart && lineEnd - lineStart <= CAPTION_MAX) {
      const n = firstNamedIn(named, lineStart, lineEnd);
      caption = n ? subjectName(n.entity) : ZONE_CLASS.exec(text.slice(lineStart, lineEnd))?.[0];
    }
    tables.push({ start: first.start, end: last.end, rows, caption });
  }
  return { tables };
}

/**
 * The subject of the figure starting at normalised `start` when it stands in a table: its row's
 * name, else the caption's; `undefined` outside tables or where neither names one.
 */
export function tableSubjectAt(index: TableSubjects, start: number): string | undefined {
  // Most pages hold no table; and an index of -1 is read as a property name, far slower than an element.
  const at = lastStartingBy(index.tables, start);
  if (at < 0) return undefined;
  const t = index.tables[at]!;
  if (start >= t.end) return undefined;
  const r = lastStartingBy(t.rows, start);
  const row = r >= 0 ? t.rows[r] : undefined;
  return (row && start < row.end ? row.subject : undefined) ?? t.caption;
}

/** Index of the last span starting at or before `pos` (spans sorted by start), or -1. */
function lastStartingBy(spans: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
