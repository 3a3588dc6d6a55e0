import { core } from './core.js';
import { measure } from './measure.js';
import type { BenchInput, BenchRow, BenchSection } from './types.js';

const { extractDates, extractEntities, extractFigures, parseReport } = core;

const REFERENCE = { referenceDate: '2022-11-15' } as const;

// What each entry point may cost, as a share of parseReport on the same pages (issue 9).
const TARGETS: ReadonlyArray<{ name: string; run: (t: string) => unknown; atMost: number; strict: boolean; label: string }> = [
  { name: 'extractFigures', run: (t) => extractFigures(t, REFERENCE), atMost: 1 / 3, strict: false, label: '≤ 1/3' },
  { name: 'extractDates', run: (t) => extractDates(t, REFERENCE), atMost: 1 / 3, strict: false, label: '≤ 1/3' },
  { name: 'extractEntities', run: (t) => extractEntities(t, REFERENCE), atMost: 1, strict: true, label: '< 1' },
];

/**
 * Each extract* against parseReport on the same pages in one run: an entry point runs only the
 * stages it needs, so it costs a share of the whole report. The note gives the ratio and its target.
 */
export const stagesSection: BenchSection = {
  name: 'stages (ratio to parseReport, same pages, one run)',
  run(input: BenchInput): BenchRow[] {
    const report = measure(`parseReport, ${input.pages.length} pages`, input.pages, (t) => parseReport(t, REFERENCE));
    const rows: BenchRow[] = [report];
    for (const t of TARGETS) {
      const row = measure(`${t.name}, ${input.pages.length} pages`, input.pages, t.run);
      const ratio = row.ms / report.ms;
      const met = t.strict ? ratio < t.atMost : ratio <= t.atMost;
      rows.push({ ...row, note: `${ratio.toFixed(3)} of parseReport (target ${t.label}: ${met ? 'met' : 'NOT met'})` });
    }
    return rows;
  },
};
