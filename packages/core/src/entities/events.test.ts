import { describe, expect, it } from 'vitest';
import { findEvents, plenaryAt } from './events.js';

const found = (text: string) => findEvents(text).map((c) => text.slice(c.start, c.end));

describe('findEvents: numbered meetings and congresses', () => {
  it.each([
    { text: '第十四届全国人民代表大会第一次会议在京开幕', expected: ['第十四届全国人民代表大会第一次会议'] },
    { text: '十四届全国人大二次会议期间', expected: ['十四届全国人大二次会议'] },
    { text: '浙江省第十四届人民代表大会第二次会议', expected: ['第十四届人民代表大会第二次会议'] },
    { text: '深入学习贯彻党的二十大精神', expected: ['党的二十大'] },
    { text: '中国共产党第二十次全国代表大会', expected: ['中国共产党第二十次全国代表大会'] },
    { text: '党的二十届三中全会提出', expected: ['二十届三中全会'] },
    { text: '第三届理事会', expected: [] },
    { text: '会议决定', expected: [] },
    { text: '学习党的二十大和全国两会精神，二三十个项目落地', expected: ['党的二十大', '全国两会'] },
    { text: '中共二十大以来，2023年全国两会', expected: ['中共二十大', '全国两会'] },
  ])('$text', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    { text: '党的二十届三中全会提出', expected: '二十届三中全会' },
    { text: '中共十九届六中全会', expected: '中共十九届六中全会' },
    { text: '一二三四五届六中全会', expected: '二三四五届六中全会' },
    { text: '中共一二三四五届六中全会', expected: '二三四五届六中全会' },
    { text: '二十届一二三四五中全会', expected: undefined },
    { text: '第二十届理事会', expected: undefined },
    { text: '本届三中全会', expected: undefined },
  ])('a plenary read from its 届: $text', ({ text, expected }) => {
    const span = plenaryAt(text, text.indexOf('届'));
    expect(span && text.slice(span[0], span[1])).toEqual(expected);
  });

  it('stays linear on a long run of numerals', () => {
    const text = `${'一'.repeat(200_000)}届`;
    const t0 = performance.now();
    findEvents(text);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
