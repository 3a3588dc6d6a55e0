import { describe, expect, it } from 'vitest';
import { hasHeadIn, isHead, lastHeadEndIn } from './heads.js';

describe('head nouns in a span', () => {
  it.each([
    ['已建成研发平台', 0, 7, true, 7],
    ['已建成研发平台', 0, 6, false, -1],
    ['10家龙头企业和3个中心', 0, 12, true, 12],
    ['10家龙头企业和3个中心', 0, 10, true, 7],
    ['企业总收入', 1, 5, false, -1],
    ['科技型中小企业', 0, 7, true, 7],
    ['营业收入', 0, 4, false, -1],
  ])('%s [%i, %i): any %s, last ending at %i', (text, from, to, any, lastEnd) => {
    expect(hasHeadIn(text, from, to)).toBe(any);
    expect(lastHeadEndIn(text, from, to)).toBe(lastEnd);
  });

  it.each([
    ['研发平台', true],
    ['企业', true],
    ['总收入', false],
  ])('%s is a head: %s', (word, head) => {
    expect(isHead(word)).toBe(head);
  });
});
