/**
 * Figures in the cells of a table. A cell holds a bare number; what it measures, its unit and
 * its period are written in the headers: the row label `工业总产值(亿元)` gives the metric and
 * the unit (亿元: money, × 10⁸), a column header `2002` the year it holds for. A header may be
 * on either side: years down the first column and units across the top read the same.
 */
import type { Figure, FigureKind } from '../models/figure.js';
import type { ExtractionContext } from '../engine/context.js';
import { toOriginalSpan } from '../text/normalize.js';
import { localCurrency } from '../text/region.js';
import { isNumberCell, isYearCell, tablesOf, unitLineUnits, type TableCell } from '../text/tables.js';
import { matchUnit } from './units.js';

/** What a header says about the cells under or beside it. */
export interface HeaderUnit {
  kind: FigureKind;
  /** Normalised unit (a currency code, `m2`, `%`, the classifier), as the units table gives it. */
  unit: string | undefined;
  /** The unit as written, magnitude included (亿元). */
  unitText: string;
  /** Magnitude times the unit's own factor: 亿元 → 1e8, 万人 → 1e4, 亩 → 666.67. */
  factor: number;
}

// 工业总产值(亿元), 企业数（个）: the unit in brackets closing the header.
const BRACKETED_UNIT = /[（(]([^()（）]{1,10})[)）][ \t\u3000]*$/;
const MAGNITUDES: ReadonlyArray<[string, number]> = [['万亿', 1e12], ['亿', 1e8], ['万', 1e4], ['千', 1e3], ['百', 1e2]];
// A column that holds each row's unit: | 指标名称 | 单位 | 1-9月 |.
const UNIT_COLUMN = /^(?:计量)?单位$/;
// 年末从业人员数, 年底余额: a stock counted on the year's last day.
const YEAR_END_LABEL = /年末|年底/;
// 同比增长(%), 比上年增减（%）, 增速: a column of rates of growth.
const GROWTH_HEADER = /增长|增長|增速|增幅|增减|增減|比上年|同比/;
// A caption above a table (表1 2023年各园区主要经济指标) that names one whole year: a year not
// followed by a month, a part or a season (2023年1-9月, 2023年上半年 are no whole year).
const CAPTION_YEAR = /(?<![0-9０-９])((?:19|20)[0-9]{2})年度?(?![0-9０-９一二三四五六七八九十上下前后第末底初中])/g;
const MAX_CAPTION = 60;
// Row labels that name what a row is about, not what it measures: a zone, a place, a body, or the
// total of them (| 南京高新区 | 3125.6 |, | 合计 | 8472.1 |). A table whose rows are such has its
// measures across the top.
const SUBJECT_LABEL = /(?:高新区|开发区|园区|科学城|科技城|示范区|新区|[市县区省州]|公司|集团|大学|学院|研究院)$/;
const TOTAL_LABEL = /^(?:合计|总计|全省|全市|全区|全国)$/;

/** The lines right above a table, nearest first: its line of units (if any), then its caption. */
function linesAbove(text: string, tableStart: number): { units: string | undefined; caption: string | undefined } {
  let lineStart = text.lastIndexOf('\n', tableStart - 1) + 1;
  let units: string | undefined;
  for (let k = 0; k < 2 && lineStart > 0; ) {
    // The line above ends at lineStart - 1 (its line break) and starts after the break before it,
    // or at 0: a page opening with an empty line has one of length 0 (lastIndexOf with -1 would
    // read the break at 0 again, and the walk never moved).
    const from = lineStart >= 2 ? text.lastIndexOf('\n', lineStart - 2) + 1 : 0;
    const line = text.slice(from, lineStart - 1).trim();
    lineStart = from;
    if (line === '') continue;
    k++;
    const unit = k === 1 ? unitLineUnits(line) : undefined;
    if (unit !== undefined) {
      units = unit;
      continue;
    }
    return { units, caption: line };
  }
  return { units, caption: undefined };
}

/**
 * The whole year a table's caption names, when it names exactly one: the period of the cells no
 * header year gives one.
 */
function captionYear(caption: string | undefined): number | undefined {
  if (!caption || caption.length > MAX_CAPTION) return undefined;
  const years = [...caption.matchAll(CAPTION_YEAR)];
  return years.length === 1 ? Number(years[0]![1]) : undefined;
}

/**
 * The units a line of units gives (单位：亿元、%), as headerUnit reads them: the first that is no
 * percent serves the cells of levels, a percent the columns of growth.
 */
function lineUnits(units: string | undefined, region: ExtractionContext['region']): { level?: HeaderUnit; percent?: HeaderUnit } {
  const out: { level?: HeaderUnit; percent?: HeaderUnit } = {};
  if (!units) return out;
  for (const part of units.split(/[、,，/／ ]+/)) {
    const unit = part ? headerUnit(`(${part})`, region) : undefined;
    if (!unit) continue;
    if (unit.kind === 'percent') out.percent ??= unit;
    else out.level ??= unit;
  }
  return out;
}

/** Whether a table's row labels name what each row is about (zones, places, their total), not measures. */
function rowsNameSubjects(rows: ReadonlyArray<readonly TableCell[]>): boolean {
  let named = 0;
  let labels = 0;
  for (let r = 1; r < rows.length; r++) {
    const label = rows[r]![0]!.text;
    if (TOTAL_LABEL.test(label)) continue;
    labels++;
    if (SUBJECT_LABEL.test(label)) named++;
  }
  return labels >= 2 && named * 2 > labels;
}

/**
 * Reads the unit a header writes in brackets: `工业总产值(亿元)` → money, × 10⁸; `企业数(个)` →
 * count 个; `占比(%)` → percent. Undefined when the header has none or it is no unit.
 *
 * @example
 * headerUnit('出口创汇额(亿美元)', 'mainland'); // { kind: 'money', unit: 'USD', unitText: '亿美元', factor: 1e8 }
 */
export function headerUnit(header: string, region: ExtractionContext['region']): HeaderUnit | undefined {
  const m = BRACKETED_UNIT.exec(header);
  if (!m) return undefined;
  const written = m[1]!.trim();
  let magnitude = 1;
  let rest = written;
  for (const [word, value] of MAGNITUDES) {
    if (rest.startsWith(word)) {
      magnitude = value;
      rest = rest.slice(word.length);
      break;
    }
  }
  if (rest === '') return { kind: 'other', unit: undefined, unitText: written, factor: magnitude };
  const entry = matchUnit(rest, 0);
  if (!entry || entry.text.length !== rest.length) return { kind: 'other', unit: rest, unitText: written, factor: magnitude };
  const unit = entry.unit === 'local' ? localCurrency(region) : entry.unit;
  return { kind: entry.kind, unit, unitText: written, factor: magnitude * entry.factor };
}

/** The header text without its bracketed unit: `工业总产值(亿元)` → `工业总产值`. */
function metricOf(header: string): string | undefined {
  const metric = header.replace(BRACKETED_UNIT, '').trim();
  return metric === '' || isYearCell(metric) || isNumberCell(metric) ? undefined : metric;
}

// A header that is a word of growth and nothing else: 同比增长, 增速, 比上年增长(%).
const GROWTH_ONLY = /^(?:同比|比上年|比上年同期|较上年)?(?:增长|增長|增速|增幅|增减|增減)(?:率|速度)?$/;

/** The metric of column `c`: its header's, or for a column of growth alone the metric of the column before it. */
function metricOfColumn(header: readonly TableCell[], c: number): string | undefined {
  const own = metricOf(header[c]?.text ?? '');
  if (own === undefined || !GROWTH_ONLY.test(own)) return own;
  for (let k = c - 1; k >= 1; k--) {
    const before = metricOf(header[k]!.text);
    if (before !== undefined && !GROWTH_ONLY.test(before)) return before;
  }
  return own;
}

function yearOf(cell: TableCell | undefined): number | undefined {
  return cell && isYearCell(cell.text) ? Number(cell.text.slice(0, 4)) : undefined;
}

// What numberOf rewrites: full-width digits and point, grouping commas, a closing percent sign.
function needsRewrite(c: number): boolean {
  return (c >= 0xff10 && c <= 0xff19) || c === 0x2c || c === 0xff0c || c === 0xff0e || c === 0x25 || c === 0xff05;
}

/**
 * The number a cell writes (`1,234.5`, `３２`, `12%`). Most cells are plain ASCII and are read
 * as they are, without the four rewrites.
 */
export function numberOf(text: string): number {
  let plain = true;
  for (let i = 0; i < text.length && plain; i++) if (needsRewrite(text.charCodeAt(i))) plain = false;
  if (plain) return Number(text);
  const ascii = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,，]/g, '').replace('．', '.').replace(/[%％]$/, '');
  return Number(ascii);
}

/**
 * One figure per number cell of every table, with its unit, metric and year from the headers.
 * Spans are into the original text.
 *
 * @example
 * // '|   |2002|2003|\n|企业数(个)|28338|32857|' → 28338 个 (2002), 32857 个 (2003)
 */
export function tableFigures(ctx: ExtractionContext): Figure[] {
  const out: Figure[] = [];
  for (const table of tablesOf(ctx.text)) {
    const header = table.rows[0]!;
    const above = linesAbove(ctx.text, header[0]!.start);
    const tableYear = captionYear(above.caption);
    const tableUnits = lineUnits(above.units, ctx.region);
    const bySubject = rowsNameSubjects(table.rows);
    const unitColumn = header.findIndex((c) => UNIT_COLUMN.test(c.text));
    for (let r = 1; r < table.rows.length; r++) {
      const row = table.rows[r]!;
      const label = row[0]!.text;
      const unitCell = unitColumn > 0 ? row[unitColumn]?.text : undefined;
      const rowUnit = headerUnit(label, ctx.region) ?? (unitCell ? headerUnit(`(${unitCell})`, ctx.region) : undefined);
      const rowYear = yearOf(row[0]);
      for (let c = 1; c < row.length; c++) {
        const cell = row[c]!;
        if (!isNumberCell(cell.text)) continue;
        const columnHeader = header[c]?.text ?? '';
        // A column that states its own unit (同比增长(%)) keeps it whatever the row's.
        const columnUnit = headerUnit(columnHeader, ctx.region);
        const growthColumn = GROWTH_HEADER.test(columnHeader);
        // The line of units serves what the headers leave: a percent for a column of growth.
        const unit = columnUnit ?? rowUnit ?? (growthColumn && tableUnits.percent ? tableUnits.percent : tableUnits.level);
        const percent = /[%％]$/.test(cell.text) || (unit?.kind === 'percent' && !columnUnit && !rowUnit);
        const numeral = numberOf(cell.text);
        if (!Number.isFinite(numeral)) continue;
        const { start, end } = toOriginalSpan(ctx.normalized, cell.start, cell.end);
        const kind: FigureKind = percent ? 'percent' : (unit?.kind ?? 'other');
        const figure: Figure = {
          text: ctx.source.slice(start, end),
          start,
          end,
          kind,
          value: percent ? numeral : numeral * (unit?.factor ?? 1),
          approx: 'exact',
          numberText: cell.text,
          multiplier: 1,
          qualifiers: [],
        };
        const normalisedUnit = percent ? '%' : unit?.unit;
        if (normalisedUnit !== undefined) figure.unit = normalisedUnit;
        if (!percent && unit) figure.unitText = unit.unitText;
        // A column that states a unit (营业收入（亿元）) names what it measures, and the row label is
        // then what the row is about (张江科学城); else the row names the measure (工业总产值(亿元)).
        // Rows that name zones or places (| 南京高新区 | 3125.6 |) leave the measure to the column; a
        // column of growth alone (| 营业收入 | 同比增长 |) measures the growth of the column before it.
        const byColumn = (columnUnit && !rowUnit) || bySubject;
        const metric = byColumn ? (metricOfColumn(header, c) ?? metricOf(label)) : (metricOf(label) ?? metricOf(columnHeader));
        if (metric) figure.metric = metric;
        if ((kind === 'percent' || columnUnit?.kind === 'percent') && growthColumn) figure.measure = 'growth';
        const year = yearOf(header[c]) ?? rowYear ?? tableYear;
        if (year !== undefined) {
          const yearEnd = YEAR_END_LABEL.test(label) || YEAR_END_LABEL.test(columnHeader);
          const from = yearEnd ? `${year}-12-31` : `${year}-01-01`;
          figure.asOf = { text: String(year), from, to: `${year}-12-31` };
        }
        out.push(figure);
      }
    }
  }
  return out;
}

/**
 * The figures with those of the tables merged in, sorted by start; a table figure replaces any
 * other read of the same cell.
 */
export function withTableFigures(ctx: ExtractionContext, figures: Figure[]): Figure[] {
  const cells = tableFigures(ctx);
  if (cells.length === 0) return figures;
  // Both lists are sorted by start: one walk finds what overlaps a cell.
  const rest: Figure[] = [];
  let i = 0;
  for (const f of figures) {
    while (i < cells.length && cells[i]!.end <= f.start) i++;
    const c = cells[i];
    if (c && c.start < f.end) continue;
    rest.push(f);
  }
  return [...rest, ...cells].sort((a, b) => a.start - b.start);
}
