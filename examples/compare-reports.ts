// Compares the figures of two reports on the same zone, a year apart: each indicator (same
// subject, metric and measure) side by side, growth rates and shares changed by percentage points.
// Usage: npx tsx examples/compare-reports.ts [older.txt] [newer.txt]   (from the repository root or here)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseReport } from '@gaoxin/core';
import { compareReports } from './compare.ts';

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const [olderPath = here('./sample-report-2022.txt'), newerPath = here('./sample-report.txt')] = process.argv.slice(2);

// Each page's own date (its dateline) resolves its relative dates (今年, 去年).
const older = parseReport(readFileSync(olderPath, 'utf8'));
const newer = parseReport(readFileSync(newerPath, 'utf8'));
const { pairs, ambiguous } = compareReports(older, newer);

console.log(`Older report: ${older.referenceDate} (${older.referenceDateSource}), ${older.figures.length} figures`);
console.log(`Newer report: ${newer.referenceDate} (${newer.referenceDateSource}), ${newer.figures.length} figures`);
console.table(
  pairs.map((c) => ({
    subject: c.subject,
    indicator: c.measure ? `${c.metric} (${c.measure})` : c.metric,
    period: c.newer.asOf?.text ?? '',
    older: c.older.text,
    newer: c.newer.text,
    change: c.change,
  })),
);
for (const a of ambiguous) {
  const list = (figures: typeof a.older) => figures.map((f) => f.text).join(', ');
  console.log(`Not compared, stated more than once: ${a.indicator}: ${list(a.older)} → ${list(a.newer)}`);
}
