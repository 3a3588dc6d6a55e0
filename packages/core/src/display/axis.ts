/**
 * A numeric axis: round tick values that cover a range, and short tick labels in the
 * magnitudes Chinese reports write in (万, 亿).
 */

/** Tick values from at most `low` to at least `high`, at a step of 1, 2 or 5 × 10ⁿ, about `count` intervals. */
export function niceTicks(low: number, high: number, count = 5): number[] {
  if (!Number.isFinite(low) || !Number.isFinite(high) || low > high) {
    throw new RangeError(`niceTicks: expected finite low <= high, got ${low} and ${high}`);
  }
  if (low === high) return low === 0 ? [0, 1] : niceTicks(Math.min(0, low), Math.max(0, high), count);
  const raw = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
  const first = Math.floor(low / step);
  const last = Math.ceil(high / step);
  const ticks: number[] = [];
  // Multiplying integers by the step, rounded to 12 digits, keeps 0.1 + 0.2 noise out of labels.
  for (let i = first; i <= last; i++) ticks.push(Number((i * step).toPrecision(12)));
  return ticks;
}

const MAGNITUDES = [
  { factor: 1e8, suffix: '亿' },
  { factor: 1e4, suffix: '万' },
] as const;

/**
 * Labels for an axis's ticks, all in one magnitude chosen by the largest tick:
 * `[0, 1e10, 2e10]` → `['0', '100亿', '200亿']`, `[0, 2.5, 5]` → `['0', '2.5', '5']`.
 */
export function tickLabels(ticks: readonly number[]): string[] {
  const largest = Math.max(0, ...ticks.map(Math.abs));
  const magnitude = MAGNITUDES.find((m) => largest >= m.factor);
  const factor = magnitude?.factor ?? 1;
  const suffix = magnitude?.suffix ?? '';
  return ticks.map((t) => {
    if (t === 0) return '0';
    const scaled = Number((t / factor).toPrecision(12));
    // 1500亿, as reports write it; plain numbers get thousands separators.
    return `${scaled.toLocaleString('en-US', { maximumFractionDigits: 6, useGrouping: suffix === '' })}${suffix}`;
  });
}
