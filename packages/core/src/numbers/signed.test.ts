import { describe, expect, it } from 'vitest';
import { readSigned } from './signed.js';

describe('readSigned: a numeral with its sign', () => {
  it.each([
    ['负三十二', 0, -32, 4],
    ['-10000', 0, -10000, 6],
    ['-.5', 0, -0.5, 3],
    ['增长-3%', 2, -3, 4],
    ['312个', 0, 312, 3],
  ])('%s at %d: %d', (text, at, value, end) => {
    const r = readSigned(text, at, {});
    expect(typeof r === 'number' ? r : [r.value, r.end]).toEqual([value, end]);
  });

  it.each([
    ['a dash after a digit', '3-5', 1],
    ['a dash after a letter', 'A-5', 1],
    ['负 before no number', '负责', 0],
    ['a full stop', '。.', 1],
    ['a lone 伍 in a word', '队伍', 1],
    ['a lone 陆 in a word', '陆地', 0],
  ])('no numeral: %s', (_what, text, at) => {
    expect(typeof readSigned(text, at, {})).toBe('number');
  });

  it.each([
    ['负伍', 0, -5],
    ['五分之肆', 3, 4],
  ])('a lone 大写 digit with a number context: %s', (text, at, value) => {
    const r = readSigned(text, at, { afterFractionBar: at > 0 });
    expect(typeof r === 'number' ? r : r.value).toBe(value);
  });

  it.each([
    ['312', 'arabic'],
    ['三百', 'chinese'],
    ['叁佰', 'financial'],
    ['13.5万', 'mixed'],
  ])('the script of %s is %s', (text, script) => {
    const r = readSigned(text, 0, {});
    expect(typeof r === 'number' ? r : r.script).toBe(script);
  });
});

describe('readSigned: a signed vague range keeps its bounds in order', () => {
  it.each([
    ['两三', 2, 3],
    ['负两叁', -3, -2],
    ['负二三十', -30, -20],
  ])('%s → %d to %d, value the lower bound', (text, min, max) => {
    const r = readSigned(text, 0, {});
    expect(typeof r === 'number' ? r : [r.min, r.max, r.value]).toEqual([min, max, min]);
  });
});
