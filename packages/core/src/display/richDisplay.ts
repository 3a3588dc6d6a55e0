/**
 * Rich display in notebooks: a value that Jupyter kernels show as HTML (or SVG) instead of
 * printing its fields. Deno's kernel calls the `Symbol.for('Jupyter.display')` method of the
 * value a cell ends with; tslab users pass `.html` to `tslab.display.html`.
 */
import type { Report } from '../models/report.js';
import { toHTML, toMarkdown } from '../output/render.js';
import type { ReportSummary } from '../report/summarize.js';

/** The key under which Deno's Jupyter kernel looks for a value's rich representations. */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for('Jupyter.display');

/** Representations of one value by MIME type (`text/html`, `text/markdown`, `image/svg+xml`, `text/plain`). */
export type MimeBundle = Readonly<Record<string, string>>;

/** A value a notebook shows richly: evaluate it as a cell's last expression (Deno), or show `.html` (tslab). */
export interface RichDisplay {
  /** An HTML fragment with everything the display shows. */
  readonly html: string;
  /** A plain-text line for consoles and frontends that show no HTML. */
  readonly text: string;
  /** Every representation, by MIME type; what the kernel receives. */
  readonly bundle: MimeBundle;
  [JUPYTER_DISPLAY](): MimeBundle;
}

/** Wraps a MIME bundle (with `text/html` and `text/plain`) as a value notebooks display. */
export function richValue(bundle: MimeBundle & { 'text/html': string; 'text/plain': string }): RichDisplay {
  return {
    html: bundle['text/html'],
    text: bundle['text/plain'],
    bundle,
    [JUPYTER_DISPLAY]: () => bundle,
  };
}

function isSummary(value: Report | ReportSummary): value is ReportSummary {
  return 'figureCount' in value;
}

function plainText(value: Report | ReportSummary): string {
  if (isSummary(value)) return `Summary: ${value.figureCount} figures in ${value.articles.length} articles`;
  return `Report: ${value.figures.length} figures, ${value.dates.length} dates, ${value.entities.length} entities; reference date ${value.referenceDate} (${value.referenceDateSource})`;
}

/**
 * A Report or a `summarize()` result as a value a notebook shows as its tables: `text/html`
 * and `text/markdown` (the same tables as `toHTML` and `toMarkdown`) and a one-line `text/plain`.
 *
 * @example
 * // Deno kernel: a cell ending in this expression shows the report's tables.
 * richDisplay(parseReport(text));
 * // tslab kernel:
 * tslab.display.html(richDisplay(summarize(report)).html);
 */
export function richDisplay(value: Report | ReportSummary): RichDisplay {
  return richValue({ 'text/html': toHTML(value), 'text/markdown': toMarkdown(value), 'text/plain': plainText(value) });
}
