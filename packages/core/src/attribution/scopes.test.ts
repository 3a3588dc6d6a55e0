import { describe, expect, it } from 'vitest';
import { toNormalizedOffset } from '../engine/spans.js';
import { normalizeText } from '../text/normalize.js';
import { normalizedOffsets } from './scopes.js';

describe('normalizedOffsets', () => {
  it.each([
    ['研发<b>平台</b>312个，营业\u3000收入  12亿元', 'ascending, with markup and spaces dropped'],
    ['营业收入1.2万亿元', 'nothing changed'],
    ['<p>甲</p>\n\n\n<p>乙</p>', 'markup only'],
    ['', 'empty'],
  ])('agrees with toNormalizedOffset in any order: %s (%s)', (source) => {
    const normalized = normalizeText(source);
    const ascending = Array.from({ length: source.length + 3 }, (_, i) => i);
    const orders = [ascending, [...ascending].reverse(), ascending.flatMap((i) => [i, Math.max(0, i - 3), i + 2])];
    for (const order of orders) {
      const n = normalizedOffsets(normalized);
      for (const original of order) expect(n(original)).toBe(toNormalizedOffset(normalized, original));
    }
  });
});
