import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATOM_PATTERNS, patternGroupNames, scanAtoms } from './patterns.js';

// Everything the patterns are made of, so random strings reach every alternative.
const PIECES = [
  ...'0123456789０１２３４５６７８９〇零○一二三四五六七八九十百两兩半元上下本今去明前后後大次翌同当當全昨这這个個周週星期礼禮拜第最近日目眼如现現以此民國国康熙年月号號度底初末中旬季半代世纪紀“”"「」‘’\'之来來至到—-～ ，。'.split(''),
  '十四五', '规划', '期间', '同期', '以来', '或之前', '之后', '年代', '世纪', '民国', '康熙', '上半年', '季度', '个月', '星期', '礼拜', '近年来', '现在',
];

const kinds = (text: string, region: 'mainland' | 'taiwan' = 'mainland'): string[] =>
  scanAtoms(text, region, (raw) => `${raw.kind}:${text.slice(raw.start, raw.end)}`);

describe('date atom patterns', () => {
  it('have capture group names unique across all alternatives', () => {
    const names = patternGroupNames();
    expect(new Set(names).size).toBe(names.length);
  });

  it.each([
    ['今年9月', ['relYear:今年', 'month:9月']],
    ['2023—2027年', ['yearRange:2023—2027年']],
    ['2022年6月15日', ['year:2022年', 'month:6月', 'day:15日']],
    ['“十四五”', ['plan:十四五']],
    ['前11个月', ['cumMonths:前11个月']],
    ['1至9月份', ['monthRange:1至9月份']],
    ['下下周日', ['week:下下周日']],
    ['去年同期', ['sameTime:去年同期']],
    ['2022-06-15', ['numeric:2022-06-15']],
    ['9月底', ['month:9月底']],
  ])('split %s into atoms', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('declare every character their matches can start with (the scanner dispatches on it)', () => {
    const patterns = ATOM_PATTERNS.map((p) => ({ kind: p.kind, starts: p.starts, re: new RegExp(p.source, 'g') }));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join('')), (text) => {
        for (const p of patterns) {
          for (const m of text.matchAll(p.re)) {
            if (m[0].length > 0) expect(`${p.kind}:${p.starts.includes(m[0][0]!)}`).toBe(`${p.kind}:true`);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads bare ROC years on Taiwan pages only', () => {
    expect(kinds('95年', 'taiwan')).toEqual(['rocYear:95年']);
    expect(kinds('95年')).toEqual([]);
  });

  it('tries the later patterns at the same place after a rejected match', () => {
    const out = scanAtoms('28日至3日', 'mainland', (raw) => (raw.kind === 'dayRange' ? undefined : `${raw.kind}:${raw.start}-${raw.end}`));
    expect(out).toEqual(['day:0-3', 'day:4-6']);
  });
});
