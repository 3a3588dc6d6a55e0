import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DateMention } from '../models/dateMention.js';
import { extractDates } from '../api/extractDates.js';

// Pieces dates are made of, and the characters that sit next to them, so random strings hit the patterns.
const PIECES = [
  '2022', '年', '月', '日', '号', '今年', '去年', '同期', '以来', '至今', '至', '到', '-', '—', '～', '前', '后', '之前', '或之后', '起',
  '上半年', '季度', '第', '一', '二', '三', '九', '十', '十四五', '“', '”', '《', '》', '世纪', '年代', '周', '星期', '上', '下', '本',
  '底', '初', '中', '旬', '近日', '目前', '民国', '个', '的', '和', '之间', '.', '/', '0', '1', '6', '9', '12', '31', '，', '。', '\n', ' ',
  '\u200B', '𠀀', '\uD800', '\uDC00',
];
const datelike = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));
// Any UTF-16 code units, lone surrogates included.
const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), { maxLength: 80 }).map((a) => a.join(''));
const region = fc.constantFrom<'mainland' | 'taiwan' | 'hongkong'>('mainland', 'taiwan', 'hongkong');
const ISO = /^\d{4}-\d{2}-\d{2}$/;

function wellFormed(text: string, dates: DateMention[]): void {
  let lastEnd = 0;
  for (const d of dates) {
    expect(d.text).toBe(text.slice(d.start, d.end));
    expect(d.end).toBeGreaterThan(d.start);
    expect(d.start).toBeGreaterThanOrEqual(lastEnd);
    lastEnd = d.end;
    if (d.grain === 'vague') expect(d.from ?? d.to).toBeUndefined();
    if (d.from) expect(d.from).toMatch(ISO);
    if (d.to) expect(d.to).toMatch(ISO);
    if (d.from && d.to) expect(d.from <= d.to).toBe(true);
  }
}

describe('extractDates on any text', () => {
  it('never throws, and every span is its text, sorted, without overlaps (date-like strings)', () => {
    fc.assert(
      fc.property(datelike, region, (text, r) => {
        wellFormed(text, extractDates(text, { referenceDate: '2022-11-15', region: r }));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on arbitrary UTF-16, lone surrogates included', () => {
    fc.assert(
      fc.property(anyUnits, (text) => {
        wellFormed(text, extractDates(text, { referenceDate: '2022-11-15' }));
      }),
      { numRuns: 1000 },
    );
  });

  it('resolves the same text the same way whatever surrounds it in another paragraph', () => {
    fc.assert(
      fc.property(datelike, (noise) => {
        const text = `${noise.replace(/\n/g, '')}\n今年9月`;
        const last = extractDates(text, { referenceDate: '2022-11-15' }).at(-1);
        expect(last).toMatchObject({ text: '今年9月', from: '2022-09-01', to: '2022-09-30' });
      }),
      { numRuns: 300 },
    );
  });
});

// A paragraph dense with dates of every kind, and runs built to make a backtracking regex crawl.
const PARAGRAPH =
  '截至今年9月，研发平台312个；2022年6月15日投用，前三季度营收比去年同期增长，1至9月份新增2023—2027年规划，' +
  '“十四五”以来，上世纪九十年代，民国95年，5年前，下下周日，2018年以前，2019年4月4日或之前，近日，目前。\n' +
  '西部(重庆)科学城发挥大学城创新“主引擎”作用，深化与名校名院名企合作，加快战略科技力量布局建设，推动校地院地合作技术攻关。\n';
const NASTY = ['1'.repeat(300), '年'.repeat(300), '一'.repeat(300), '上'.repeat(300), '—'.repeat(300), '2022年'.repeat(60), '至'.repeat(200), '“十四'.repeat(80)].join('');

function build(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}
function bestOf(runs: number, f: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe('extractDates takes time linear in the text', () => {
  it.each([
    ['date-dense paragraphs', PARAGRAPH],
    ['one line with no break', PARAGRAPH.replace('\n', '')],
    ['runs built against backtracking', NASTY],
  ])('%s: 1 MB within 25× the time of 100 KB', (_name, unit) => {
    const small = build(unit, 100_000);
    const large = build(unit, 1_000_000);
    const options = { referenceDate: '2022-11-15' };
    extractDates(small, options); // warm up the JIT
    const tSmall = bestOf(3, () => extractDates(small, options));
    const tLarge = bestOf(3, () => extractDates(large, options));
    console.log(`[linear] ${_name}: 100 KB ${tSmall.toFixed(1)} ms, 1 MB ${tLarge.toFixed(1)} ms (×${(tLarge / tSmall).toFixed(1)})`);
    expect(tLarge).toBeLessThan(25 * Math.max(tSmall, 2));
  });
});
