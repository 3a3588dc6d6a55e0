// Prints the figures of a report as a table, then the money it states, summed per subject and currency.
// Relative dates (今年, 去年) resolve against the page's own date (its dateline), unless you give one.
// Usage: node examples/figures-table.mjs [report.txt] [reference-date YYYY-MM-DD]   (after `pnpm build`)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseReport } from '@gaoxin/core';
import { leftOutBecause, moneyTotals } from './moneyTotals.mjs';

const file = process.argv[2] ?? fileURLToPath(new URL('./sample-report.txt', import.meta.url));
const referenceDate = process.argv[3];
const report = parseReport(readFileSync(file, 'utf8'), referenceDate ? { referenceDate } : {});

console.log(`Reference date ${report.referenceDate} (${report.referenceDateSource}), region ${report.region}`);
console.table(
  report.figures.map((f) => ({
    figure: f.text,
    kind: f.kind,
    value: f.min !== undefined && f.max !== undefined ? `${f.min}–${f.max}` : f.value,
    unit: f.unit ?? '',
    approx: f.approx,
    metric: f.metric ?? '',
    'as of': f.asOf?.text ?? '',
  })),
);
for (const { subject, currency, total, figures } of moneyTotals(report.figures)) {
  console.log(`Money stated as actuals, ${subject ?? 'no subject'}: ${total.toLocaleString('en-US')} ${currency} in ${figures.length} amounts`);
}
const leftOut = report.figures.filter((f) => f.kind === 'money' && leftOutBecause(f) !== undefined);
for (const f of leftOut) console.log(`Not added up: ${f.text} (${leftOutBecause(f)})`);
