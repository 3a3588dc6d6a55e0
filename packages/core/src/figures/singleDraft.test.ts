import { describe, expect, it } from 'vitest';
import { atomIn, ctxOf } from './cases.test-support.js';
import { singleDraft } from './singleDraft.js';

describe('singleDraft: the extractors tried in turn on one atom', () => {
  it.each([
    ['百分之十五', '十五', ['百分之十五', 'percent', 15]],
    ['$5', '5', ['$5', 'money', 5]],
    ['研发平台312个', '312', ['312个', 'count', 312]],
    ['营收36.57亿', '36.57亿', ['36.57亿', 'other', 3657000000]],
    ['二三十个', '二三十', ['二三十个', 'count', 20]],
    ['3个多月', '3', ['3个多月', 'duration', 3]],
  ] as const)('%s', (text, numeral, expected) => {
    const ctx = ctxOf(text);
    const d = singleDraft(ctx, atomIn(ctx, numeral), 0);
    expect(d && [text.slice(d.start, d.end), d.kind, d.value]).toEqual(expected);
  });

  it.each([
    ['a bare numeral', '共有312', '312'],
    ['a magnitude naming a level', '5亿级', '5亿'],
    ['a Chinese numeral opening with its unit', '十万', '十万'],
  ])('none for %s', (_what, text, numeral) => {
    const ctx = ctxOf(text);
    expect(singleDraft(ctx, atomIn(ctx, numeral), 0)).toBeUndefined();
  });
});
