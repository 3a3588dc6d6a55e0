import { describe, expect, it } from 'vitest';
import { ascendingEnds, lowerBound, mergeByStart, sortByStart, SpanEdges } from './sorted.js';

describe('mergeByStart', () => {
  const spans = (starts: number[], tag: string) => starts.map((start) => ({ start, tag }));
  it.each([
    [[0, 5, 9], [3, 5], ['0a', '3b', '5a', '5b', '9a']],
    [[], [2], ['2b']],
    [[4, 1], [2], ['1a', '2b', '4a']],
    [[1], [3, 0], ['0b', '1a', '3b']],
  ])('%j and %j → %j, as a stable sort of both', (a, b, result) => {
    const merged = mergeByStart(spans(a, 'a'), spans(b, 'b'));
    expect(merged.map((s) => `${s.start}${s.tag}`)).toEqual(result);
    expect(merged).toEqual([...spans(a, 'a'), ...spans(b, 'b')].sort((x, y) => x.start - y.start));
  });
});

describe('ascendingEnds', () => {
  const ends = (list: number[]) => list.map((end) => ({ end }));
  it.each([
    [[[2, 8], [5], [1, 9]], [1, 2, 5, 8, 9]],
    [[[7, 3], [4]], [3, 4, 7]],
    [[[], []], []],
    [[[3, 3], [3]], [3, 3, 3]],
  ])('%j → %j', (lists, result) => {
    expect(ascendingEnds(lists.map(ends))).toEqual(result);
  });
});

describe('sortByStart', () => {
  it.each([
    [[1, 4, 4, 9], [1, 4, 4, 9]],
    [[4, 1, 9], [1, 4, 9]],
    [[], []],
  ])('%j → %j, in place', (starts, result) => {
    const list = starts.map((start, i) => ({ start, i }));
    const sorted = sortByStart(list);
    expect(sorted).toBe(list);
    expect(sorted.map((s) => s.start)).toEqual(result);
    expect(sorted).toEqual(starts.map((start, i) => ({ start, i })).sort((x, y) => x.start - y.start));
  });
});

describe('SpanEdges', () => {
  const spans = (pairs: number[][]) => pairs.map(([start, end]) => ({ start: start!, end: end! }));
  it.each([
    [[[2, 5], [5, 9]], [0, 2, 3, 5, 9, 10]],
    [[[7, 9], [1, 3]], [1, 3, 5, 7, 9]],
    [[[0, 4], [2, 6]], [0, 1, 2, 4, 6, 7]],
    [[], [0, 3]],
  ])('%j answers as the Set of its starts and ends, asked in any order', (pairs, asked) => {
    const set = new Set(pairs.flat());
    const edges = new SpanEdges(spans(pairs));
    // Ascending, descending, then jumping back and forth: the cursor gives the Set's answer each time.
    const orders = [asked, [...asked].reverse(), asked.flatMap((p, i) => [p, asked[asked.length - 1 - i]!])];
    for (const order of orders) expect(order.map((p) => edges.has(p))).toEqual(order.map((p) => set.has(p)));
  });
});

describe('lowerBound', () => {
  it.each([
    [[1, 4, 9], 4, 1],
    [[1, 4, 9], 5, 2],
    [[1, 4, 9], 0, 0],
    [[1, 4, 9], 10, 3],
    [[2, 2, 2], 2, 0],
    [[], 0, 0],
  ])('in %j the first at or after %d is at %d', (sorted, value, index) => {
    expect(lowerBound(sorted, value)).toBe(index);
  });
});
