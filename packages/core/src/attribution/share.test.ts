import { describe, expect, it } from 'vitest';
import { isSharePhrase, opensWithShareVerb, shareVerbIn } from './share.js';

describe('shareVerbIn', () => {
  it.each([
    { phrase: '技术收入占总收入', at: 4 },
    { phrase: '研发投入佔銷售收入', at: 4 },
    { phrase: '高新技术产业产值占规模以上工业总产值', at: 8 },
    { phrase: '占全市', at: -1 },
    { phrase: '产值占全', at: -1 },
    { phrase: '项目占地面积', at: -1 },
    { phrase: '研发投入占地区生产总值', at: 4 },
    { phrase: '研发投入佔地區生產總值', at: 4 },
    { phrase: '企业占用资金', at: -1 },
    { phrase: '公司占有市场', at: -1 },
    { phrase: '企业佔據市場', at: -1 },
    { phrase: '研发投入总额', at: -1 },
  ])('$phrase → $at', ({ phrase, at }) => {
    expect(shareVerbIn(phrase, 0, phrase.length)).toBe(at);
  });

  it('reads only inside [from, to)', () => {
    const text = '。技术收入占总收入的';
    expect(shareVerbIn(text, 1, text.length - 1)).toBe(5);
    expect(shareVerbIn(text, 6, text.length)).toBe(-1);
  });
});

describe('isSharePhrase', () => {
  it.each([
    { phrase: '技术收入占总收入', share: true },
    { phrase: '占全市总量', share: true },
    { phrase: '佔全省', share: true },
    { phrase: '占全', share: false },
    { phrase: '占地面积', share: false },
    { phrase: '占地区生产总值', share: true },
    { phrase: '研发投入总额', share: false },
  ])('$phrase → $share', ({ phrase, share }) => {
    expect(isSharePhrase(phrase, 0, phrase.length)).toBe(share);
  });
});

describe('opensWithShareVerb', () => {
  it.each([
    { text: '占全省', share: true },
    { text: '佔全市', share: true },
    { text: '占地面积', share: false },
    { text: '占地区生产总值', share: true },
    { text: '全省', share: false },
  ])('$text → $share', ({ text, share }) => expect(opensWithShareVerb(text, 0)).toBe(share));
});
