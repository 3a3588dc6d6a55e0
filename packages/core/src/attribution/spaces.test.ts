import { describe, expect, it } from 'vitest';
import { isSpaceCode, withoutSpaces } from './spaces.js';

describe('withoutSpaces', () => {
  it.each([
    ['营业收入', '营业收入'],
    ['营业 收入', '营业收入'],
    ['研发\u3000投入\n强度', '研发投入强度'],
    ['\t总投资\u00a0', '总投资'],
    ['', ''],
  ])('%j → %j', (text, result) => {
    expect(withoutSpaces(text)).toBe(result);
  });

  it('reads as white space exactly what \\s matches', () => {
    for (let c = 0; c < 0x10000; c++) expect(isSpaceCode(c)).toBe(/\s/.test(String.fromCharCode(c)));
  });
});
