import { describe, expect, it } from 'vitest';
import { isClauseBreak, isSentenceEnd } from './breaks.js';

describe('clause and sentence breaks', () => {
  it.each([
    ['，', true, false], ['。', true, true], ['；', true, true], ['：', true, false], ['\n', true, true], ['、', false, false], ['', false, false], ['的', false, false],
  ])('%j: clause %s, sentence %s', (ch, clause, sentence) => {
    expect(isClauseBreak(ch)).toBe(clause);
    expect(isSentenceEnd(ch)).toBe(sentence);
  });
});
