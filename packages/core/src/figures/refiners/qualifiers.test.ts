import { describe, expect, it } from 'vitest';
import type { Draft } from '../types.js';
import { addQualifiers } from './qualifiers.js';

/** A draft over `figure` inside `text`, widened over its qualifiers: [span, words, approximations]. */
function widen(text: string, figure: string, kind: Draft['kind'], unitText: string, floor = 0): [string, string[], string[]] {
  const start = text.indexOf(figure);
  const d: Draft = { start, end: start + figure.length, kind, unit: undefined, unitText, value: 1, numberStart: start, numberEnd: start + 1, multiplier: 1, qualifiers: [] };
  addQualifiers(text, d, floor);
  return [text.slice(d.start, d.end), d.qualifiers.map((q) => q.word), d.qualifiers.map((q) => q.approx)];
}

describe('addQualifiers: the words around a figure that bound it', () => {
  it.each([
    ['总投资约20亿元', '20亿元', 'money', '元', ['约20亿元', ['约'], ['about']]],
    ['超过300家企业', '300家', 'count', '家', ['超过300家', ['超过'], ['over']]],
    ['300家以上', '300家', 'count', '家', ['300家以上', ['以上'], ['over']]],
    ['约300家左右', '300家', 'count', '家', ['约300家左右', ['约', '左右'], ['about', 'about']]],
    ['3年内完成', '3年', 'duration', '年', ['3年内', ['内'], ['under']]],
    ['两成多的企业', '两成', 'percent', '成', ['两成多', ['多'], ['over']]],
    ['一倍多', '一倍', 'multiple', '倍', ['一倍多', ['多'], ['over']]],
    ['两成多家', '两成', 'percent', '成', ['两成', [], []]],
    ['3个内', '3个', 'count', '个', ['3个', [], []]],
    ['签约3000万元', '3000万元', 'money', '元', ['3000万元', [], []]],
  ] as const)('%s', (text, figure, kind, unitText, expected) => {
    expect(widen(text, figure, kind, unitText)).toEqual(expected);
  });

  it('the qualifier before may not reach into the figure before (三大约5倍)', () => {
    expect(widen('三大约5倍', '5倍', 'multiple', '倍', 2)[0]).toBe('约5倍');
    expect(widen('三大约5倍', '5倍', 'multiple', '倍', 0)[0]).toBe('大约5倍');
  });
});
