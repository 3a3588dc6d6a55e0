// Prints the figures of a report as a table, using the built @gaoxin/core.
// Usage: node examples/figures-table.mjs [report.txt] [reference-date]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseReport } from '@gaoxin/core';

const file = process.argv[2] ?? fileURLToPath(new URL('./sample-report.txt', import.meta.url));
const referenceDate = process.argv[3] ?? '2023-10-26';
const report = parseReport(readFileSync(file, 'utf8'), { referenceDate });

console.table(
  report.figures.map((f) => ({ figure: f.text, kind: f.kind, value: f.value, unit: f.unit ?? '', approx: f.approx })),
);
const money = report.figures.filter((f) => f.kind === 'money').reduce((sum, f) => sum + f.value, 0);
console.log(`${report.figures.length} figures; money mentioned in all: ${money.toLocaleString('en-US')} CNY`);
