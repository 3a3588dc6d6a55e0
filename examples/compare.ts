/**
 * Lines up the figures of two reports on the same zone: a figure is compared only with the figure
 * of the other report that has the same subject, metric, measure and status, in a unit it can be
 * compared in. Growth rates and shares change by percentage points; levels by a relative change.
 * Used by compare-reports.ts and the notebook.
 */
import type { Figure, Report } from '@gaoxin/core';

/**
 * Attribution may add `measure` (level, growth, share …) and `status` (actual, target …) to a
 * figure; where a report has them they take part in the pairing, and a figure without a status
 * counts as an actual.
 */
type Attributed = Figure & { measure?: string; status?: string };

/** Two figures of the same indicator, one from each report, and how it changed. */
export interface Comparison {
  subject: string;
  metric: string;
  /** The figures' measure, where attribution gave one. */
  measure: string | undefined;
  older: Figure;
  newer: Figure;
  /** newer − older: percentage points for percentages, else in the figures' unit. */
  difference: number;
  /** (newer − older) / older, for levels (not for percentages, whose change is in points). */
  relative: number | undefined;
  /** The change as a reader wants it: `+2.8 percentage points`, `+30.0%`. */
  change: string;
}

/** An indicator both reports state more than once, so which figure goes with which is unknown. */
export interface Ambiguous {
  indicator: string;
  older: Figure[];
  newer: Figure[];
}

export interface ReportComparison {
  pairs: Comparison[];
  ambiguous: Ambiguous[];
}

/** Percentages and percentage points change by points; anything else by a relative change. */
function inPoints(f: Figure): boolean {
  return f.kind === 'percent' || f.kind === 'percentagePoint';
}

/** Figures in these units can be set side by side: one currency, one classifier, %, points. */
function unitKey(f: Figure): string {
  return `${f.kind}:${f.unit ?? ''}`;
}

/**
 * The key that must match for two figures to be the same indicator, or why the figure takes
 * no part: without a subject or metric it could be anything, and a range has no single value.
 */
function indicatorKey(f: Attributed): string | undefined {
  if (!f.subject || !f.metric) return undefined;
  if (f.min !== undefined || f.max !== undefined) return undefined;
  return [f.subject, f.metric, f.measure ?? '', f.status ?? 'actual', unitKey(f)].join('|');
}

function groupBy(figures: readonly Figure[], key: (f: Figure) => string | undefined): Map<string, Figure[]> {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    const k = key(f);
    if (k === undefined) continue;
    const list = groups.get(k);
    if (list) list.push(f);
    else groups.set(k, [f]);
  }
  return groups;
}

const signed = (n: number, digits: number) => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n).toFixed(digits)}`;

/** How one figure changed to another of the same indicator. */
export function compareFigures(older: Figure, newer: Figure): Comparison {
  const a = older as Attributed;
  if (older.value === null || newer.value === null) throw new Error(`compareFigures: ${older.value === null ? older.text : newer.text} is a range, which has no one value to compare`);
  // Rounded to the precision figures are written in, so 12.6 − 9.8 is 2.8, not 2.8000000000000007.
  const difference = Number((newer.value - older.value).toPrecision(12));
  const relative = inPoints(older) || older.value === 0 ? undefined : difference / older.value;
  const change = inPoints(older)
    ? `${signed(difference, 1)} percentage points`
    : relative === undefined
      ? `${signed(difference, 0)} ${older.unit ?? ''}`.trim()
      : `${signed(relative * 100, 1)}%`;
  return { subject: a.subject ?? '', metric: a.metric ?? '', measure: a.measure, older, newer, difference, relative, change };
}

/**
 * Pairs the figures of two reports that state the same indicator and says how each changed.
 * Where a report states an indicator more than once, the period as written (今年前三季度 in
 * both) tells the figures apart; what it cannot tell apart is listed as ambiguous, not guessed.
 */
export function compareReports(older: Report, newer: Report): ReportComparison {
  const before = groupBy(older.figures, indicatorKey);
  const after = groupBy(newer.figures, indicatorKey);
  const pairs: Comparison[] = [];
  const ambiguous: Ambiguous[] = [];
  for (const [key, olderFigures] of before) {
    const newerFigures = after.get(key);
    if (!newerFigures) continue;
    if (olderFigures.length === 1 && newerFigures.length === 1) {
      pairs.push(compareFigures(olderFigures[0]!, newerFigures[0]!));
      continue;
    }
    const period = (f: Figure) => f.asOf?.text ?? '';
    const olderByPeriod = groupBy(olderFigures, period);
    const newerByPeriod = groupBy(newerFigures, period);
    const left: Ambiguous = { indicator: key.split('|').slice(0, 2).join(' · '), older: [], newer: [] };
    for (const [p, os] of olderByPeriod) {
      const ns = newerByPeriod.get(p);
      if (os.length === 1 && ns?.length === 1) pairs.push(compareFigures(os[0]!, ns[0]!));
      else left.older.push(...os);
    }
    for (const [p, ns] of newerByPeriod) {
      if (!(olderByPeriod.get(p)?.length === 1 && ns.length === 1)) left.newer.push(...ns);
    }
    if (left.older.length > 0 && left.newer.length > 0) ambiguous.push(left);
  }
  pairs.sort((x, y) => x.older.start - y.older.start);
  return { pairs, ambiguous };
}

/** Text placed in a Markdown table cell: pipes would end the cell, line breaks the row. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** The pairs as a Markdown table: indicator, both figures as written, and the change. */
export function comparisonMarkdown(comparison: ReportComparison): string {
  const rows = comparison.pairs.map((c) => {
    const indicator = c.measure ? `${c.metric} (${c.measure})` : c.metric;
    return `| ${cell(c.subject)} | ${cell(indicator)} | ${cell(c.older.text)} | ${cell(c.newer.text)} | ${cell(c.change)} |`;
  });
  return ['| subject | indicator | earlier | later | change |', '| --- | --- | ---: | ---: | ---: |', ...rows].join('\n');
}
