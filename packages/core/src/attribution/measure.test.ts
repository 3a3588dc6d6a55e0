import { describe, expect, it } from 'vitest';
import type { Relation } from './measure.js';
import { measureOf } from './measure.js';

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
