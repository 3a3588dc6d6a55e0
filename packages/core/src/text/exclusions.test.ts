import { describe, expect, it } from 'vitest';
import { findExcludedRanges } from './exclusions.js';

describe('findExcludedRanges finds web and e-mail addresses', () => {
  it.each([
    { text: '详见 https://www.example.gov.cn/a?id=2022&x=30%25 。', found: ['https://www.example.gov.cn/a?id=2022&x=30%25'] },
    { text: '访问www.zone2022.cn了解', found: ['www.zone2022.cn'] },
    { text: '投稿邮箱tech2022@zone.gov.cn，电话', found: ['tech2022@zone.gov.cn'] },
    { text: '研发平台312个，@某人', found: [] },
  ])('$text', ({ text, found }) => {
    expect(findExcludedRanges(text).map(([s, e]) => text.slice(s, e))).toEqual(found);
  });

  it('stays linear on a long run of word characters', () => {
    const text = '7'.repeat(200_000);
    const t0 = performance.now();
    expect(findExcludedRanges(text)).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
