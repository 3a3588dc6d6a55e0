import { describe, expect, it } from 'vitest';
import { scanNumerals } from '../../numbers/scanNumerals.js';
import type { Draft } from '../types.js';
import { addMoneyParts } from './moneyParts.js';

/** The money draft of the first numeral (its unit written right after it), widened over its sub-units. */
function partsOf(text: string, unit: string, unitText: string): [string, number] {
  const numerals = scanNumerals(text);
  const n = numerals[0]!;
  const d: Draft = { start: n.start, end: n.end + unitText.length, kind: 'money', unit, unitText, value: n.value, numberStart: n.start, numberEnd: n.end, multiplier: 1, qualifiers: [] };
  addMoneyParts(text, d, numerals, 0);
  return [text.slice(d.start, d.end), Number(d.value.toFixed(4))];
}

describe('money parts join the sum they follow', () => {
  it.each([
    ['五元三角', 'CNY', '元', ['五元三角', 5.3]],
    ['50元6角三分', 'CNY', '元', ['50元6角三分', 50.63]],
    ['两美元又三美分', 'USD', '美元', ['两美元又三美分', 2.03]],
    ['五元三角。', 'CNY', '元', ['五元三角', 5.3]],
    ['五元三角形', 'CNY', '元', ['五元', 5]],
    ['五元三分地', 'CNY', '元', ['五元', 5]],
    ['五元三分钱', 'CNY', '元', ['五元三分', 5.03]],
    ['两美元三角', 'USD', '美元', ['两美元', 2]],
    ['五元 三角', 'CNY', '元', ['五元', 5]],
  ] as const)('%s', (text, unit, unitText, expected) => {
    expect(partsOf(text, unit, unitText)).toEqual(expected);
  });
});
