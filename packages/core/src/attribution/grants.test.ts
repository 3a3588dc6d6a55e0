import { describe, expect, it } from 'vitest';
import { awardBefore, isGrantingWord, isScopePhrase } from './grants.js';

describe('awardBefore: the award a clause grants, read back from its break', () => {
  it.each([
    { clause: '按注册资本的10%给予落户奖励', award: '落户奖励' },
    { clause: '按实际支出的30%给予补贴', award: '补贴' },
    { clause: '按流片费用的40%給予支持', award: '支持' },
    { clause: '给予一次性奖励', award: '一次性奖励' },
    { clause: '經審核後撥付研發補助', award: '研發補助' },
    { clause: '对首次流片的企业', award: undefined },
    { clause: '给予企业发展', award: undefined },
    // An amount granted is a figure of its own, which has the award.
    { clause: '每家给予20万元奖励', award: undefined },
    // Another clause's verb is not this clause's.
    { clause: '给予支持，对企业奖励', award: undefined },
  ])('$clause → $award', ({ clause, award }) => {
    const text = `${clause}，最高500万元`;
    const span = awardBefore(text, clause.length);
    expect(span && text.slice(span.start, span.end)).toBe(award);
  });
});

describe('isScopePhrase: how far a cap reaches, no indicator', () => {
  it.each([
    ['单个企业每年', true],
    ['企业每年', true],
    ['单个项目', true],
    ['每家企业', true],
    ['每年', true],
    ['企业', false],
    ['研发投入每年', false],
    ['单个企业研发投入', false],
    ['', false],
  ])('%s → %s', (phrase, scope) => {
    expect(isScopePhrase(`，${phrase}最高`, 1, 1 + phrase.length)).toBe(scope);
  });
});

describe('isGrantingWord', () => {
  it.each([
    ['给予', true],
    ['給予', true],
    ['发放', true],
    ['实现', false],
  ])('%s → %s', (word, granting) => {
    expect(isGrantingWord(word)).toBe(granting);
  });
});
