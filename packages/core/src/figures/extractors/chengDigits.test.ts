import { describe, expect, it } from 'vitest';
import { numeralIn } from '../cases.test-support.js';
import { matchUnit } from '../units.js';
import { chengAt } from './chengDigits.js';

describe('chengAt: 成 as a percent, with the digit after it', () => {
  it.each([
    ['七成', '七', 1, 0],
    ['七成六', '七', 2, 6],
    ['七成 六', '七', 3, 6],
    ['三成半', '三', 2, 5],
    ['三成 半', '三', 1, 0],
    ['七成六家', '七', 1, 0],
    ['七成六七', '七', 1, 0],
    ['十成', '十', 1, 0],
  ])('%s: %d characters, %d more', (text, numeral, length, extra) => {
    const n = numeralIn(text, numeral);
    const unit = matchUnit(text, n.end)!;
    expect(chengAt(text, n, n.end, unit)).toMatchObject({ length, extra });
  });

  it.each([['十一成', '十一'], ['零成', '零']])('%s is no rate', (text, numeral) => {
    const n = numeralIn(text, numeral);
    expect(chengAt(text, n, n.end, matchUnit(text, n.end)!)).toBeUndefined();
  });
});
