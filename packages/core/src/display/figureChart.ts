/**
 * A bar chart of figures by metric, as SVG: one panel per unit (figures in different units
 * never share an axis) and, where the figures are about several subjects, per subject; one bar
 * per figure labelled with its metric and its value as written; an x axis with round ticks and
 * the unit as its title.
 */
import type { Figure } from '../models/figure.js';
import { niceTicks, tickLabels } from './axis.js';
import { richValue, type RichDisplay } from './richDisplay.js';

/** Options of `figureChart`. */
export interface FigureChartOptions {
  /** A heading above the chart. */
  title?: string;
  /** Width of the SVG in pixels (default 720). */
  width?: number;
}

const FONT_SIZE = 12;
const ROW = 24;
const BAR = 16;
const PANEL_HEADING = 26;
const AXIS = 40;
const GAP = 18;
const LABEL_CHARS = 16;
const FONT = 'system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Rough width of text in pixels: CJK and full-width characters take a full em, others about 0.6. */
function textWidth(text: string): number {
  let ems = 0;
  for (const ch of text) ems += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 1 : 0.6;
  return ems * FONT_SIZE;
}

function truncate(text: string, chars: number): string {
  const list = [...text];
  return list.length <= chars ? text : `${list.slice(0, chars - 1).join('')}…`;
}

function unitLabel(unit: string): string {
  return unit === 'm2' ? 'm²' : unit;
}

/** The stretch of the axis a figure covers: a range from its min to its max, else from 0 to its value. */
function extent(f: Figure): [number, number] {
  if (f.min !== undefined && f.max !== undefined) return [f.min, f.max];
  const value = f.value ?? 0;
  return value < 0 ? [value, 0] : [0, value];
}

/** Attribution may add a `status` (actual, target …); a figure without one is an actual. */
function statusOf(f: Figure): string {
  const status = (f as Figure & { status?: unknown }).status;
  return typeof status === 'string' ? status : 'actual';
}

/** What a bar's end says: the figure as written, and its status where it is not an actual. */
function valueLabel(f: Figure): string {
  return statusOf(f) === 'actual' ? f.text : `${f.text} (${statusOf(f)})`;
}

function describe(f: Figure): string {
  const parts = [f.metric ?? 'no metric', f.text];
  if (statusOf(f) !== 'actual') parts.push(statusOf(f));
  if (f.subject) parts.push(f.subject);
  if (f.asOf) parts.push(`as of ${f.asOf.text}`);
  if (f.min !== undefined && f.max !== undefined) parts.push(`range ${f.min}–${f.max}`);
  return parts.join(' · ');
}

interface Panel {
  heading: string;
  unit: string;
  figures: Figure[];
}

function panelsOf(figures: readonly Figure[]): Panel[] {
  const bySubject = new Set(figures.map((f) => f.subject)).size > 1;
  const panels = new Map<string, Panel>();
  for (const f of figures) {
    const unit = f.unit ?? f.kind;
    const heading = bySubject ? `${f.subject ?? 'no subject'} · ${unitLabel(unit)}` : unitLabel(unit);
    const panel = panels.get(heading);
    if (panel) panel.figures.push(f);
    else panels.set(heading, { heading, unit, figures: [f] });
  }
  return [...panels.values()];
}

function drawPanel(panel: Panel, top: number, width: number, labelWidth: number, valueWidth: number): { svg: string; height: number } {
  const [low, high] = panel.figures.map(extent).reduce(([lo, hi], [a, b]) => [Math.min(lo, a), Math.max(hi, b)], [0, 0]);
  const ticks = niceTicks(low, high);
  const labels = tickLabels(ticks);
  const first = ticks[0] ?? 0;
  const last = ticks.at(-1) ?? 1;
  const plotLeft = labelWidth;
  const plotWidth = Math.max(80, width - labelWidth - valueWidth - 8);
  const x = (v: number) => plotLeft + ((v - first) / (last - first)) * plotWidth;
  const rowsTop = top + PANEL_HEADING;
  const axisY = rowsTop + panel.figures.length * ROW + 4;
  const parts: string[] = [
    `<text class="panel" x="0" y="${top + 16}" font-weight="bold">${escapeXml(panel.heading)}</text>`,
  ];
  ticks.forEach((t, i) => {
    const tx = x(t).toFixed(1);
    parts.push(
      `<line x1="${tx}" y1="${rowsTop - 4}" x2="${tx}" y2="${axisY}" stroke="${t === 0 ? '#888' : '#e3e3e3'}"/>`,
      `<line x1="${tx}" y1="${axisY}" x2="${tx}" y2="${axisY + 5}" stroke="#555"/>`,
      `<text class="tick" x="${tx}" y="${axisY + 18}" text-anchor="middle" fill="#444">${escapeXml(labels[i] ?? '')}</text>`,
    );
  });
  parts.push(
    `<line class="axis" x1="${plotLeft}" y1="${axisY}" x2="${(plotLeft + plotWidth).toFixed(1)}" y2="${axisY}" stroke="#555"/>`,
    `<text class="axis-title" x="${(plotLeft + plotWidth / 2).toFixed(1)}" y="${axisY + 34}" text-anchor="middle" fill="#444">${escapeXml(unitLabel(panel.unit))}</text>`,
  );
  panel.figures.forEach((f, i) => {
    const y = rowsTop + i * ROW;
    const [from, to] = extent(f);
    const x0 = x(from);
    const x1 = x(to);
    const isRange = f.min !== undefined && f.max !== undefined;
    const status = statusOf(f);
    // A target or forecast is drawn as an outline: it is not an amount that was reached.
    const paint = status !== 'actual' ? 'fill="#fff" stroke="#2f6fb3" stroke-dasharray="3 2"' : `fill="${isRange ? '#9dbfe3' : '#2f6fb3'}"`;
    parts.push(
      `<g class="bar"><title>${escapeXml(describe(f))}</title>`,
      `<text class="label" x="${labelWidth - 8}" y="${y + BAR - 4}" text-anchor="end">${escapeXml(truncate(f.metric ?? '(no metric)', LABEL_CHARS))}</text>`,
      `<rect x="${x0.toFixed(1)}" y="${y}" width="${Math.max(1, x1 - x0).toFixed(1)}" height="${BAR}" ${paint}/>`,
      `<text class="value" x="${(Math.max(x0, x1) + 4).toFixed(1)}" y="${y + BAR - 4}">${escapeXml(valueLabel(f))}</text></g>`,
    );
  });
  return { svg: parts.join('\n'), height: axisY + AXIS - top };
}

/**
 * Figures as a horizontal bar chart in SVG, by metric: a panel per unit (CNY, %, 家 …), and per
 * subject where there are several, each with its own axis; round ticks in 万/亿 where values are
 * large; a bar per figure (a range spans its min to max, lighter; a figure whose `status` is not
 * actual is an outline); the metric on the left and the figure as written at the bar's end.
 * The result displays in notebooks (`image/svg+xml` and `text/html`); `.html` is the SVG.
 *
 * @example
 * figureChart(report.figures.filter((f) => f.kind === 'money'), { title: 'Money by metric' });
 */
export function figureChart(figures: readonly Figure[], options: FigureChartOptions = {}): RichDisplay {
  const width = options.width ?? 720;
  const titleHeight = options.title ? 28 : 0;
  const panels = panelsOf(figures);
  const labelWidth = Math.min(
    220,
    Math.max(60, ...figures.map((f) => textWidth(truncate(f.metric ?? '(no metric)', LABEL_CHARS)) + 16)),
  );
  const valueWidth = Math.min(180, Math.max(40, ...figures.map((f) => textWidth(valueLabel(f)) + 12)));
  const parts: string[] = [];
  if (options.title) parts.push(`<text class="title" x="0" y="18" font-size="15" font-weight="bold">${escapeXml(options.title)}</text>`);
  let top = titleHeight;
  for (const panel of panels) {
    const drawn = drawPanel(panel, top, width, labelWidth, valueWidth);
    parts.push(drawn.svg);
    top += drawn.height + GAP;
  }
  if (panels.length === 0) {
    parts.push(`<text x="0" y="${titleHeight + 16}" fill="#666">No figures to chart.</text>`);
    top += 28;
  }
  const height = Math.ceil(top);
  const label = options.title ?? `Figures by metric (${figures.length})`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" class="gaoxin-chart" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family='${FONT}' font-size="${FONT_SIZE}" role="img" aria-label="${escapeXml(label)}">\n<title>${escapeXml(label)}</title>\n${parts.join('\n')}\n</svg>`;
  const text = [
    label,
    ...panels.flatMap((p) => p.figures.map((f) => `${p.heading} · ${f.metric ?? '(no metric)'}: ${f.text}`)),
  ].join('\n');
  return richValue({ 'image/svg+xml': svg, 'text/html': svg, 'text/plain': text });
}
