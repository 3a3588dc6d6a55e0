import { describe, expect, it } from 'vitest';
import type { Relation } from './measure.js';
import { measureOf, RELATIONS } from './measure.js';

describe('measureOf', () => {
  it.each([
    ['percentagePoint', [], undefined, 'change'],
    ['multiple', ['filler'], undefined, 'multiple'],
    ['percent', ['growth'], undefined, 'growth'],
    ['percent', ['share', 'filler'], undefined, 'share'],
    ['percent', [], '研发投入强度', 'share'],
    ['percent', [], '综合排名', 'level'],
    ['money', ['growth'], undefined, 'change'],
    ['count', [], '高新技术企业', 'level'],
  ] as Array<[Parameters<typeof measureOf>[0], Relation[], string | undefined, string]>)('%s with %j and %s → %s', (kind, relations, metric, measure) => {
    expect(measureOf(kind, new Set(relations), metric)).toBe(measure);
  });
});

describe('RELATIONS: the words read between an indicator and its number', () => {
  it.each([
    // Taiwan's business news folds the period into the word of growth.
    ['光電產業營業額約1,120億元，年減', 'growth'],
    ['第三季營業額達4,520億元，季增', 'growth'],
    ['營收月增', 'growth'],
    ['股價下跌', 'growth'],
    ['营业收入同比增长', 'growth'],
    ['占比', 'share'],
    ['营业收入达', 'filler'],
    // Words of aim between an indicator and its number are glue, as words of expectation are.
    ['地区生产总值力争', 'filler'],
    ['高新技术企业数量确保', 'filler'],
  ])('%s ends in a word of %s', (text, relation) => {
    expect(RELATIONS.longestEndingAt(text, text.length, 0)?.value).toBe(relation);
  });
});
