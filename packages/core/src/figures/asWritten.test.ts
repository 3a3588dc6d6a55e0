import { describe, expect, it } from 'vitest';
import { extractFigures } from '../api/extractFigures.js';

// Rules read the text folded to Simplified; what a figure shows the user is the page's own script.
describe('a figure on a Traditional page keeps its number and unit as written', () => {
  it.each([
    ['不超過億戶', '億', '戶'],
    ['近千畝土地', '千', '畝'],
    ['營業額達1,116.5億元', '1,116.5億', '元'],
    ['共有3至5個園區', '3至5', '個'],
    ['港幣5億元', '5億', '元'],
  ])('%s → number %s, unit %s', (text, numberText, unitText) => {
    const [f] = extractFigures(text, { referenceDate: '2023-01-01' });
    expect([f?.numberText, f?.unitText]).toEqual([numberText, unitText]);
    expect(f && text.slice(f.start, f.end).includes(f.numberText)).toBe(true);
  });
});
