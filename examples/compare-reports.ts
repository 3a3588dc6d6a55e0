// Compares the figures of two reports on the same zone, a year apart.
// Usage: npx tsx examples/compare-reports.ts [older.txt] [newer.txt]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseReport, type Figure, type Report } from '@gaoxin/core';

const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const [olderPath = here('./sample-report-2022.txt'), newerPath = here('./sample-report.txt')] = process.argv.slice(2);

/** A key that lines up the same indicator across reports: its metric where known, else kind and unit. */
function keyOf(f: Figure): string {
  return f.metric ? `${f.metric} (${f.unit ?? f.kind})` : `${f.kind} ${f.unit ?? ''}`.trim();
}

function byKey(report: Report): Map<string, Figure> {
  const map = new Map<string, Figure>();
  for (const f of report.figures) if (!map.has(keyOf(f))) map.set(keyOf(f), f);
  return map;
}

const older = parseReport(readFileSync(olderPath, 'utf8'));
const newer = parseReport(readFileSync(newerPath, 'utf8'));
const a = byKey(older);
const b = byKey(newer);
const rows = [...a.keys()].filter((k) => b.has(k)).map((k) => {
  const x = a.get(k)!;
  const y = b.get(k)!;
  const change = x.value === 0 ? '' : `${(((y.value - x.value) / x.value) * 100).toFixed(1)}%`;
  return { indicator: k, older: x.text, newer: y.text, change };
});
console.log(`Older report: ${older.referenceDate} (${older.referenceDateSource}), ${older.figures.length} figures`);
console.log(`Newer report: ${newer.referenceDate} (${newer.referenceDateSource}), ${newer.figures.length} figures`);
console.table(rows);
