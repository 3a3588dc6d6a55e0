import { describe, expect, it } from 'vitest';
import { niceTicks, tickLabels } from './axis.js';

describe('niceTicks covers the range at a round step', () => {
  it.each([
    { low: 0, high: 38.65e9, ticks: [0, 1e10, 2e10, 3e10, 4e10] },
    { low: 0, high: 12.6, ticks: [0, 5, 10, 15] },
    { low: 0, high: 1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] },
    { low: 0, high: 0.3, ticks: [0, 0.1, 0.2, 0.3] },
    { low: -5, high: 12, ticks: [-5, 0, 5, 10, 15] },
    { low: 0, high: 0, ticks: [0, 1] },
    { low: 7, high: 7, ticks: [0, 2, 4, 6, 8] },
  ])('$low … $high → $ticks', ({ low, high, ticks }) => {
    expect(niceTicks(low, high)).toEqual(ticks);
  });

  it('always reaches both ends', () => {
    for (const [low, high] of [[0, 9.3e8], [-1.5, 2.5], [3, 2300], [0, 346666.67]] as const) {
      const ticks = niceTicks(low, high);
      expect(ticks[0]).toBeLessThanOrEqual(low);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(high);
      expect(ticks.length).toBeLessThanOrEqual(12);
    }
  });

  it('says what was wrong for a reversed or infinite range', () => {
    expect(() => niceTicks(2, 1)).toThrow('niceTicks: expected finite low <= high, got 2 and 1');
    expect(() => niceTicks(0, Infinity)).toThrow(RangeError);
  });
});

describe('tickLabels writes every tick in the magnitude of the largest', () => {
  it.each([
    { ticks: [0, 1e10, 2e10], labels: ['0', '100亿', '200亿'] },
    { ticks: [0, 5e7, 1e8], labels: ['0', '0.5亿', '1亿'] },
    { ticks: [0, 5e10, 1e11, 1.5e11], labels: ['0', '500亿', '1000亿', '1500亿'] },
    { ticks: [0, 50000, 100000, 150000], labels: ['0', '5万', '10万', '15万'] },
    { ticks: [0, 500, 1000], labels: ['0', '500', '1,000'] },
    { ticks: [-5, 0, 5], labels: ['-5', '0', '5'] },
    { ticks: [0, 0.2, 0.4], labels: ['0', '0.2', '0.4'] },
  ])('$ticks → $labels', ({ ticks, labels }) => {
    expect(tickLabels(ticks)).toEqual(labels);
  });
});
