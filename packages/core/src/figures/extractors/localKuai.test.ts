import { describe, expect, it } from 'vitest';
import { clauseMentionsMoney } from './localKuai.js';

describe('clauseMentionsMoney: 块 is money when its clause speaks of paying', () => {
  it.each([
    ['花了三块', true],
    ['售价三块', true],
    ['一共三块', false],
    ['花了不少时间，三块', false],
    ['花了不少：三块', false],
    ['花' + '的'.repeat(20) + '三块', false],
  ])('%s: %s', (text, money) => {
    expect(clauseMentionsMoney(text, text.lastIndexOf('三'))).toBe(money);
  });
});
