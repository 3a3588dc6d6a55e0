import { describe, expect, it } from 'vitest';
import { endsInFunctionWord, quotedPhraseStart, hasWordIn, isSpaceCode, withoutSpaces } from './chars.js';

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

describe('hasWordIn and endsInFunctionWord', () => {
  it.each([
    ['研发平台', true, false],
    ['5G', true, false],
    ['、（2）', false, false],
    ['〇〇', true, false],
    ['入驻的', true, true],
    ['', false, false],
  ])('%j: word %s, ends in a function word %s', (text, word, functionEnd) => {
    expect(hasWordIn(text, 0, text.length)).toBe(word);
    expect(endsInFunctionWord(text, 0, text.length)).toBe(functionEnd);
  });

  it('reads the common ideographs and ASCII as the expression does', () => {
    const re = /[\p{Script=Han}A-Za-z]/u;
    for (let c = 0; c < 0xa000; c++) {
      const s = String.fromCharCode(c);
      expect(hasWordIn(s, 0, 1)).toBe(re.test(s));
    }
  });
});

describe('quotedPhraseStart', () => {
  const verbs = ['发放', '举办', '共有'];
  it.each([
    ['企业发放“科创积分贷”', 4],
    ['共有国家级专精特新“小巨人”企业', 2],
    ['举办「创新沙龙」活动', 2],
    ['G60科创之眼”一期项目总投资', 8],
    ['“金凤凰”人才', 0],
    // A quotation that does not close before the figure holds it.
    ['发放“科技贷', 3],
    ['他表示：「我们将继续投放', 5],
    ['“我们将', 1],
    ['研发平台', 0],
    ['年产值”', 0],
  ])('%j → %d', (text, at) => {
    // Where the last of the verbs before the quote ends, or -1.
    const verbBefore = (t: string, from: number, q: number) => Math.max(-1, ...verbs.map((v) => { const at = t.slice(from, q).lastIndexOf(v); return at < 0 ? -1 : from + at + v.length; }));
    expect(quotedPhraseStart(text, 0, text.length, verbBefore)).toBe(at);
  });
});
