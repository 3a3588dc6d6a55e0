import { describe, expect, it } from 'vitest';
import { readFraction, readHalf, readMixed, readSlash, withDozen } from './compound.js';
import { readSigned } from './signed.js';
import type { NumeralRead } from './numeralRead.js';

function whole(text: string, at = 0): NumeralRead {
  const r = readSigned(text, at, {});
  if (typeof r === 'number') throw new Error(`no numeral in ${text}`);
  return r;
}

describe('compound forms around a numeral', () => {
  it.each([
    ['五分之一', 0.2, 4],
    ['二分 之一', 0.5, 5],
    ['负３分之负一百五十七', 157 / 3, 10],
  ])('a fraction: %s', (text, value, end) => {
    const r = readFraction(text, whole(text));
    expect(r?.value).toBeCloseTo(value, 10);
    expect(r?.end).toBe(end);
  });

  it.each([
    ['三百五十又三分之一', 350 + 1 / 3],
    ['负一又二分之一', -1.5],
  ])('a mixed number: %s', (text, value) => {
    expect(readMixed(text, whole(text))?.value).toBeCloseTo(value, 10);
  });

  it.each([
    ['3/5', 0.6],
    ['-3/2', -1.5],
    ['1 3/5', 1.6],
    ['１６／5', 3.2],
  ])('a slash fraction: %s', (text, value) => {
    expect(readSlash(text, whole(text))?.value).toBeCloseTo(value, 10);
  });

  it.each([
    ['a date', '2022/6/15'],
    ['a zero denominator', '3/0'],
    ['a decimal', '3.5/2'],
  ])('no slash fraction: %s', (_what, text) => {
    expect(readSlash(text, whole(text))).toBeUndefined();
  });

  it.each([
    ['半百', 50],
    ['半万', 5000],
  ])('half a magnitude: %s', (text, value) => {
    const r = readHalf(text, 0);
    expect(typeof r === 'number' ? r : r.value).toBe(value);
  });

  it.each([
    ['一打', 12, 2],
    ['五十打', 600, 3],
    ['一打开', 1, 1],
    ['统一打造', 1, 2],
  ])('dozens: %s', (text, value, end) => {
    const at = text.startsWith('统') ? 1 : 0;
    const r = withDozen(text, whole(text, at));
    expect([r.value, r.end]).toEqual([value, end]);
  });
});
