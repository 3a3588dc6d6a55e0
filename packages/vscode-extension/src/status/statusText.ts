import type { Analysis } from '../analysis/analysis.js';
import { plural } from '../shared/format.js';

/** What a status bar item shows; the extension copies it onto a `vscode.StatusBarItem`. */
export interface StatusBarState {
  text: string;
  tooltip: string | undefined;
  command: string | undefined;
  visible: boolean;
}

/** The command the reference-date item runs. */
export const SET_REFERENCE_DATE = 'gaoxin.setReferenceDate';
/** The command the main item runs: focus the summary view. */
export const FOCUS_SUMMARY = 'gaoxin.summary.focus';

const HIDDEN: StatusBarState = { text: '', tooltip: undefined, command: undefined, visible: false };

/**
 * The main item: the figure count of the active report, a spinner while it is analysed for the
 * first time, or the reason it was not analysed.
 *
 * @example
 * mainStatus('r.txt', { status: 'ok', report, millis: 3 }, false).text; // '$(symbol-number) 17 figures'
 */
export function mainStatus(name: string | undefined, analysis: Analysis | undefined, pending: boolean): StatusBarState {
  if (name === undefined) return HIDDEN;
  if (!analysis) {
    return pending ? { text: '$(sync~spin) Gaoxin', tooltip: `Gaoxin is analysing ${name}…`, command: FOCUS_SUMMARY, visible: true } : HIDDEN;
  }
  if (analysis.status === 'ok') {
    const { figures, dates, entities } = analysis.report;
    return {
      text: `$(symbol-number) ${plural(figures.length, 'figure')}`,
      tooltip:
        `Gaoxin: ${plural(figures.length, 'figure')}, ${plural(dates.length, 'date')}, ${plural(entities.length, 'entity', 'entities')} ` +
        `in ${name} (reference date ${analysis.report.referenceDate})${pending ? '; updating…' : ''}. Click for the summary.`,
      command: FOCUS_SUMMARY,
      visible: true,
    };
  }
  const label = analysis.status === 'tooLarge' ? 'too large' : analysis.status === 'binary' ? 'binary file' : 'error';
  return { text: `$(warning) Gaoxin: ${label}`, tooltip: analysis.message, command: FOCUS_SUMMARY, visible: true };
}

/**
 * The reference-date item, shown only when the date was guessed (the report has no dateline and
 * none was set): 今年 and bare months then resolve against today, which may be wrong for an old
 * report. Clicking it sets the date.
 *
 * @example
 * referenceStatus({ status: 'ok', report: { referenceDateSource: 'today', referenceDate: '2026-11-29', … } }).text;
 * // '$(calendar) Date guessed'
 */
export function referenceStatus(analysis: Analysis | undefined): StatusBarState {
  if (analysis?.status !== 'ok' || analysis.report.referenceDateSource !== 'today') return HIDDEN;
  return {
    text: '$(calendar) Date guessed',
    tooltip:
      `Gaoxin: this report has no dateline, so 今年, 去年 and bare months were resolved against today (${analysis.report.referenceDate}). ` +
      'Click to set the report’s date.',
    command: SET_REFERENCE_DATE,
    visible: true,
  };
}
