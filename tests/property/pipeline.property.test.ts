import { extractFigures, extractNumbers, parseReport, type Report } from '@gaoxin/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const REF = { referenceDate: '2022-11-15' } as const;

// The grammar's own pieces, so generated text hits numerals, units and qualifiers constantly.
const PIECES = [
  '约', '大约', '近', '超过', '逾', '不足', '余', '多', '来', '许', '以上', '以下', '左右', '上下', '之多',
  '一', '两', '二', '十', '百', '千', '万', '亿', '兆', '零', '〇', '点', '點', '萬', '億', '壹', '贰', '拾', '佰',
  '0', '1', '2', '3', '9', '12', '1,373', '20.8', '１２', '．', '，', ',', '.', '-', '—', '至', '到', '~',
  '元', '万元', '亿元', '美元', '新台币', '平方米', '平方公里', '亩', '%', '％', '百分之', '个百分点', '倍', '个', '家', '名', '大', '成', '折', '年', '月', '日', '天',
  '今年', '去年', '截至', '以来', '十四五', '2022年', '6月', '上半年', '一季度', '近日',
  '高新区', '有限公司', '研究院', '本报记者', '《', '》', '“', '”', '(', ')', '（', '）', '：', '。', '\n', '\n\n', '\r\n', '\t', ' ', '\u3000',
  '&nbsp;', '<b>', '</b>', '\u200B', '🚀', '𠀋', '\uD800', '\uDC00', 'http://x.cn/1', 'a@b.cn', '5G', 'PM2.5',
];
const grammarText = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), grammarText);

// Plain checks collected into one assertion: a million expect() calls would cost more than the parsing.
function assertMentions(text: string, list: ReadonlyArray<{ text: string; start: number; end: number }>): void {
  const problems: string[] = [];
  let previousEnd = 0;
  for (const m of list) {
    if (m.start < previousEnd) problems.push(`overlap at ${m.start}`);
    if (m.end <= m.start || m.end > text.length) problems.push(`bad span ${m.start}-${m.end}`);
    if (m.text !== text.slice(m.start, m.end)) problems.push(`text ${JSON.stringify(m.text)} is not the slice at ${m.start}-${m.end}`);
    previousEnd = m.end;
    if (problems.length > 5) break;
  }
  expect(problems).toEqual([]);
}

function assertReport(text: string, report: Report): void {
  expect(report.text).toBe(text);
  assertMentions(text, report.figures);
  assertMentions(text, report.dates);
  assertMentions(text, report.entities);
  for (const f of report.figures) {
    expect(valueIsFinite(f)).toBe(true);
    if (f.min !== undefined) expect(f.max).toBeGreaterThan(f.min);
  }
}

// A figure's value is a finite number, or null for a range whose bounds are finite.
function valueIsFinite(f: { value: number | null; min?: number; max?: number }): boolean {
  return f.value === null ? f.min !== undefined && f.max !== undefined && Number.isFinite(f.min) && Number.isFinite(f.max) : Number.isFinite(f.value);
}

describe('on any text, the pipeline never throws and every mention is its own slice', () => {
  it('extractFigures: sorted, disjoint, finite, slices of the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const figures = extractFigures(text, REF);
        assertMentions(text, figures);
        for (const f of figures) expect(valueIsFinite(f)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
  it('extractNumbers: sorted, disjoint, finite, slices of the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const numbers = extractNumbers(text);
        assertMentions(text, numbers);
        for (const n of numbers) expect(Number.isFinite(n.value)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
  it('parseReport: figures, dates and entities all hold', () => {
    fc.assert(
      fc.property(anyText, (text) => assertReport(text, parseReport(text, REF))),
      { numRuns: 300 },
    );
  });
  it('a figure found alone is found the same inside other text', () => {
    fc.assert(
      fc.property(fc.constantFrom('研发平台312个', '总投资约20.8亿元', '超60%', '占地约128亩', '1500余名'), grammarText, (clause, noise) => {
        const text = `${noise}。${clause}。${noise}`;
        const found = extractFigures(text, REF).map((f) => f.text);
        const alone = extractFigures(clause, REF).map((f) => f.text);
        expect(found).toEqual(expect.arrayContaining(alone.filter((t) => !/^(研发平台|总投资)/.test(t))));
      }),
      { numRuns: 200 },
    );
  });
});

describe('runs of one character are read in one pass', () => {
  it.each([['digits', '1'], ['万', '万'], ['一', '一'], ['full-width digits', '１'], ['commas between digits', '1,']])(
    '1 MB of %s gives finite values and no overlap',
    (_name, unit) => {
      const text = unit.repeat(Math.floor(1_000_000 / unit.length));
      const figures = extractFigures(text, REF);
      assertMentions(text, figures);
      assertMentions(text, extractNumbers(text));
    },
  );
});
