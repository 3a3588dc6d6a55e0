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

  // The scanner's shortcuts (dispatch on the first code unit, the digit checks, the check of
  // the second code unit) must find exactly what trying every pattern at every place finds.
  const compiled = (region: 'mainland' | 'taiwan'): Array<{ kind: string; re: RegExp }> =>
    ATOM_PATTERNS.filter((p) => p.region === undefined || p.region === region).map((p) => ({ kind: p.kind, re: new RegExp(p.source, 'y') }));
  const REGIONS = { mainland: compiled('mainland'), taiwan: compiled('taiwan') };
  const everyPattern = (text: string, region: 'mainland' | 'taiwan'): string[] => {
    const patterns = REGIONS[region];
    const out: string[] = [];
    for (let at = 0; at < text.length; at++) {
      for (const p of patterns) {
        p.re.lastIndex = at;
        const m = p.re.exec(text);
        if (!m || m[0].length === 0) continue;
        out.push(`${p.kind}:${text.slice(at, at + m[0].length)}`);
        at += m[0].length - 1;
        break;
      }
    }
    return out;
  };
  const STARTS = [...new Set(ATOM_PATTERNS.flatMap((p) => [...p.starts]))];
  const OTHERS = [...'的和在为是了中国大元全以下三个光本有人年月日，。、（）“”0１ ab'];

  it('find what trying every pattern at every place finds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES, ...STARTS, ...OTHERS), { maxLength: 30 }).map((a) => a.join('')),
        fc.constantFrom('mainland' as const, 'taiwan' as const),
        (text, region) => {
          expect(kinds(text, region)).toEqual(everyPattern(text, region));
        },
      ),
      { numRuns: 3000 },
    );
  });

  // Every character a date can open with, before every code unit any pattern names and many
  // continuations: a place the second-code-unit check passes over must hold no match.
  it('lose no match to the check of the second code unit', () => {
    const named = new Set<string>();
    for (const p of ATOM_PATTERNS) for (const ch of p.source) if (ch.charCodeAt(0) > 0x7f) named.add(ch);
    for (let c = 0x20; c < 0x7f; c++) named.add(String.fromCharCode(c));
    for (let c = 0xff10; c <= 0xff19; c++) named.add(String.fromCharCode(c));
    const tails = ['', '年', '月', '日', '天', '度', '季度', '前', '期间', '规划', '一', '1', '个月', '周一', '5日', '，'];
    let found = 0;
    for (const first of STARTS) {
      for (const second of named) {
        for (const tail of tails) {
          const text = first + second + tail;
          const expected = everyPattern(text, 'taiwan').join('|');
          if (expected !== '') found++;
          // One expect per difference: half a million calls of it would take seconds.
          const actual = kinds(text, 'taiwan').join('|');
          if (actual !== expected) expect(actual, text).toBe(expected);
        }
      }
    }
    expect(found).toBeGreaterThan(1000);
  });
});
