// Totals of the money a report states, one per currency, counting only what can be added up.
// Plain JavaScript (with JSDoc types) so that figures-table.mjs runs on Node without a build step.

/** @typedef {import('@gaoxin/core').Figure & { status?: string }} Attributed */

/**
 * Why a money figure stays out of a total, or undefined when it counts. A figure without a
 * `status` (attribution may add one: actual, target …) counts as an actual.
 * @param {Attributed} f
 * @returns {string | undefined}
 */
export function leftOutBecause(f) {
  if (f.kind !== 'money') return 'not money';
  if (f.status !== undefined && f.status !== 'actual') return `a ${f.status}, not an actual`;
  if (f.min !== undefined || f.max !== undefined) return 'a range, not one amount';
  if (f.approx === 'over' || f.approx === 'under') return 'a bound (超/不足), not an amount';
  if (!f.unit) return 'no currency';
  return undefined;
}

/** @typedef {{ subject: string | undefined, currency: string, total: number, figures: import('@gaoxin/core').Figure[] }} MoneyTotal */

/**
 * The money figures that can be added up, summed per subject and currency (CNY, TWD, USD …
 * never mixed; one zone's money never added to another's), in order of first appearance.
 * @param {readonly import('@gaoxin/core').Figure[]} figures
 * @returns {MoneyTotal[]}
 */
export function moneyTotals(figures) {
  /** @type {Map<string, MoneyTotal>} */
  const totals = new Map();
  for (const f of figures) {
    if (leftOutBecause(f) !== undefined || !f.unit || f.value === null) continue;
    const key = `${f.subject ?? ''}|${f.unit}`;
    const entry = totals.get(key) ?? { subject: f.subject, currency: f.unit, total: 0, figures: [] };
    entry.total += f.value;
    entry.figures.push(f);
    totals.set(key, entry);
  }
  return [...totals.values()];
}
