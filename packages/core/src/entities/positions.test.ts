import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidate.js';
import { EndIndex, clearedCover, makeInside, markBuffer } from './positions.js';

const name = (start: number, end: number): Candidate => ({ start, end, type: 'place', source: 'lexicon' });

describe('EndIndex: names by where they end', () => {
  it.each([
    { name: 'a name is found at its end', sets: [name(0, 2)], ask: 2, expected: 0 },
    { name: 'nothing ends elsewhere', sets: [name(0, 2)], ask: 3, expected: undefined },
    { name: 'the last name set for an end wins', sets: [name(0, 4), name(2, 4)], ask: 4, expected: 2 },
    { name: 'a position before the text holds nothing', sets: [name(0, 2)], ask: -1, expected: undefined },
  ])('$name', ({ sets, ask, expected }) => {
    const ends = EndIndex.forPage(10);
    for (const c of sets) ends.set(c.end, c);
    expect(ends.get(ask)?.start).toBe(expected);
    expect(ends.has(ask)).toBe(expected !== undefined);
  });

  it("a page does not see the last page's names", () => {
    EndIndex.forPage(10).set(5, name(3, 5));
    const next = EndIndex.forPage(8);
    expect(next.has(5)).toBe(false);
  });

  it('grows for a page longer than any before', () => {
    const ends = EndIndex.forPage(50_000);
    ends.set(50_000, name(49_998, 50_000));
    expect(ends.get(50_000)?.start).toBe(49_998);
    expect(EndIndex.forPage(50_000).has(50_000)).toBe(false);
  });
});

describe('clearedCover', () => {
  it('is all zero over the page asked for, after a page that wrote to it', () => {
    clearedCover(6).fill(9, 0, 6);
    expect([...clearedCover(6).subarray(0, 6)]).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe('makeInside', () => {
  it.each([
    { pos: 0, expected: false },
    { pos: 2, expected: true },
    { pos: 4, expected: false },
    { pos: 6, expected: true },
    { pos: 9, expected: false },
  ])('position $pos of ranges [2,4) and [5,9): $expected', ({ pos, expected }) => {
    expect(makeInside([[2, 4], [5, 9]])(pos)).toBe(expected);
  });
});

describe('markBuffer', () => {
  it.each([1, 1024, 5000])('holds at least %i positions', (length) => {
    expect(markBuffer(length).length).toBeGreaterThanOrEqual(length);
  });
});
