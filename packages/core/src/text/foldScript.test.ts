import { describe, expect, it } from 'vitest';
import { normalizeText, toOriginalSpan } from './normalize.js';
import { foldScript, isFoldedTraditional } from './foldScript.js';

describe('foldScript writes Traditional as Simplified, one code unit for one', () => {
  it.each([
    ['營業額達新臺幣1,116.5億元', '营业额达新台币1,116.5亿元'],
    ['不超過500萬元', '不超过500万元'],
    ['九點五億', '九点五亿'],
    ['六萬三四九二個', '六万三四九二个'],
    ['數碼港2億基金', '数码港2亿基金'],
    ['民國95年底', '民国95年底'],
    ['較去年同期減少17.3%', '较去年同期减少17.3%'],
    ['發布時間：2023-10-20 來源：中央社', '发布时间：2023-10-20 来源：中央社'],
  ])('%s → %s', (traditional, simplified) => {
    const folded = foldScript(traditional);
    expect(folded).toBe(simplified);
    expect(folded.length).toBe(traditional.length);
  });

  it.each([
    ['Simplified text is returned as it is', '总投资约20.8亿元，同比增长12.6%'],
    ['characters Simplified text writes with their own meaning stay (乾隆)', '乾隆年间'],
    ['text with no Chinese at all', 'Revenue: 1,234 (2023)'],
    ['an empty text', ''],
    ['characters outside the BMP', '𠀀𠀁2億'.slice(0, 4)],
  ])('%s', (_what, text) => {
    const folded = foldScript(text);
    expect(folded.length).toBe(text.length);
    if (!/[億]/.test(text)) expect(folded).toBe(text);
  });

  it('folds a text longer than one chunk, character for character', () => {
    const text = '萬'.repeat(20_000) + 'x';
    const folded = foldScript(text);
    expect(folded.length).toBe(text.length);
    expect(folded).toBe('万'.repeat(20_000) + 'x');
  });

  it.each([
    ['國', true],
    ['国', false],
    ['1', false],
  ])('isFoldedTraditional(%s) is %s', (ch, expected) => {
    expect(isFoldedTraditional(ch)).toBe(expected);
  });
});

describe('normalisation folds the script once and keeps the map to the original', () => {
  it.each([
    ['a page with no layout break', '竹科營業額達1,058億元', '竹科营业额达1,058亿元'],
    ['a page whose layout break is removed', '中部科學工業園區九十七年一至四月累計營業額達新台幣一千一百\n億元', '中部科学工业园区九十七年一至四月累计营业额达新台币一千一百亿元'],
  ])('%s', (_what, original, folded) => {
    const n = normalizeText(original);
    expect(n.text).toBe(folded);
    expect(n.unfolded.length).toBe(n.text.length);
    const at = n.text.indexOf('亿元');
    const span = toOriginalSpan(n, at, at + 2);
    expect(original.slice(span.start, span.end)).toBe('億元');
    expect(n.unfolded.slice(at, at + 2)).toBe('億元');
  });
});
