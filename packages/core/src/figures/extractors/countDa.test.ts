import { describe, expect, it } from 'vitest';
import { numeralIn } from '../cases.test-support.js';
import { countDaAt } from './countDa.js';

describe('countDaAt: N大 counts what follows', () => {
  it.each([
    ['三大研究集群', '三', true],
    ['五大产业', '五', true],
    ['五大学', '五', false],
    ['十九大以来', '十九', false],
    ['二十大精神', '二十', false],
    ['第三大', '三', false],
    ['全国的三大产业', '三', false],
    ['3大科学园区', '3', true],
    ['党的20大以来', '20', false],
    ['365大数据', '365', false],
    ['三大', '三', false],
  ])('%s: %s', (text, numeral, found) => {
    const n = numeralIn(text, numeral);
    expect(countDaAt(text, n, n.end) !== undefined).toBe(found);
  });
});
