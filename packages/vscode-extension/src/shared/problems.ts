import { checkConsistency, type Report, type Span } from '@gaoxin/core';

/** A finding of the core's consistency check, placed on a span of the document. */
export interface Problem extends Span {
  message: string;
  /** The other figures the finding is about (the other values of a conflict). */
  related: Array<Span & { text: string }>;
}

/**
 * Most findings sent for one document: a yearbook with thousands of conflicts would flood the
 * Problems panel and the message channel alike; the first ones say what is wrong.
 */
export const MAX_PROBLEMS = 200;

/**
 * The core's consistency findings of a report as Problems-panel entries: a conflict sits on the
 * first figure of its indicator with the others as related places, a share over 100% on itself.
 * Runs in the parse worker, so the host only receives the short list.
 *
 * @example
 * consistencyProblems(parseReport('A高新区研发投入占比120%。'))[0]?.message;
 * // 'Gaoxin: 研发投入占比 120% is a share over 100%'
 */
export function consistencyProblems(report: Report, max = MAX_PROBLEMS): Problem[] {
  const problems: Problem[] = [];
  for (const issue of checkConsistency(report)) {
    if (problems.length >= max) break;
    if (issue.kind === 'shareOver100') {
      const f = issue.figure;
      problems.push({ start: f.start, end: f.end, message: `${f.metric ?? 'a share'} ${f.text} is a share over 100%`, related: [] });
      continue;
    }
    const [first, ...others] = issue.figures;
    if (!first) continue;
    const values = issue.figures.map((f) => f.text).join(', ');
    problems.push({
      start: first.start,
      end: first.end,
      message: `${issue.metric} of ${issue.subject} is stated with different values: ${values}`,
      related: others.map((f) => ({ start: f.start, end: f.end, text: f.text })),
    });
  }
  return problems;
}
