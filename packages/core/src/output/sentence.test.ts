import { describe, expect, it } from 'vitest';
import { sentenceAround, sentenceFinder } from './sentence.js';

function around(text: string, mention: string): string {
  const start = text.indexOf(mention);
  return sentenceAround(text, start, start + mention.length);
}

describe('sentenceAround', () => {
  it.each([
    ['前言。截至今年9月，研发平台312个。后记', '312个', '截至今年9月，研发平台312个。'],
    ['第一句。第二句有5家；第三句', '5家', '第二句有5家；'],
    ['只有一句5家', '5家', '只有一句5家'],
    ['Revenue rose 5%. Next.', '5%', 'Revenue rose 5%.'],
    ['增长12.6%，好。', '12.6%', '增长12.6%，好。'],
    ['标题\n\n正文有企业\n1373家，完。', '1373家', '正文有企业1373家，完。'],
    ['标题\r\n\r\n正文5家。', '5家', '正文5家。'],
    ['标题\n  \n正文5家。', '5家', '正文5家。'],
    ['growth of\n5 percent.', '5', 'growth of 5 percent.'],
    ['  前有空格  5家  。', '5家', '前有空格 5家 。'],
  ])('%j around %s → %j', (text, mention, sentence) => expect(around(text, mention)).toBe(sentence));

  it('cuts a sentence over 300 characters around the mention', () => {
    const text = `${'甲'.repeat(1000)}312个${'乙'.repeat(1000)}。`;
    const s = around(text, '312个');
    expect(s).toContain('312个');
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(302);
  });

  it('stays fast for many mentions in one long sentence', () => {
    const text = '企业5家'.repeat(50_000);
    const find = sentenceFinder(text);
    const t0 = performance.now();
    for (let i = 0; i < 50_000; i++) find(i * 4 + 2, i * 4 + 4);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
