import { GaoxinOptionsError, NumberMentionSchema, ReportSchema, extractNumbers, parseReport, safeParseReport } from '@gaoxin/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// The library's promises at the edges of its inputs: options outside the supported range are
// a GaoxinOptionsError (never a raw TypeError), and every Report it returns passes its schema.

function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('reference dates outside years 1000 to 9998 are a GaoxinOptionsError', () => {
  it.each([
    ['9999-12-31', /years 1000 to 9998/],
    ['0999-12-31', /years 1000 to 9998/],
    ['0099-01-01', /years 1000 to 9998/],
    ['2022-13-01', /real day written YYYY-MM-DD/],
    [new Date(8.64e15), /years 1000 to 9998/],
    [new Date(-8.64e15), /years 1000 to 9998/],
    [new Date(Number.NaN), /invalid Date|valid Date/],
  ])('%s', (referenceDate, message) => {
    const error = thrown(() => parseReport('明天', { referenceDate }));
    expect(error).toBeInstanceOf(GaoxinOptionsError);
    expect((error as Error).message).toMatch(message);
    expect(safeParseReport('明天', { referenceDate }).success).toBe(false);
  });

  it.each(['1000-01-01', '9998-12-31', '2024-02-29'])('%s is accepted', (referenceDate) => {
    expect(parseReport('明天', { referenceDate }).referenceDate).toBe(referenceDate);
  });
});

describe('text that is not a string is a GaoxinOptionsError', () => {
  it.each([
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object', { text: '研发平台312个' }],
    ['bytes', new TextEncoder().encode('研发平台312个')],
  ])('%s', (_, input) => {
    const error = thrown(() => parseReport(input as unknown as string));
    expect(error).toBeInstanceOf(GaoxinOptionsError);
    expect((error as Error).message).toMatch(/^Invalid text: expected a string/);
  });
});

// Relative dates at the ends of the range: resolved days stay four-digit ISO days.
const RELATIVE = ['明天', '昨天', '明年', '去年', '后年', '前年', '大后年', '大前年', '下个月', '上个月', '三年后', '十年前', '一百年后', '一千年前', '未来五年', '今年以来', '9999年', '1000年'];

describe('every Report passes ReportSchema, at the ends of the reference-date range too', () => {
  it('relative dates against any supported reference day', () => {
    const day = fc
      .record({ y: fc.oneof(fc.integer({ min: 1000, max: 1010 }), fc.integer({ min: 9988, max: 9998 }), fc.integer({ min: 1000, max: 9998 })), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
      .map(({ y, m, d }) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(day, fc.array(fc.constantFrom(...RELATIVE), { minLength: 1, maxLength: 6 }), (referenceDate, words) => {
        const text = words.map((w) => `${w}研发投入增长12%。`).join('');
        const result = ReportSchema.safeParse(parseReport(text, { referenceDate }));
        expect(result.success, result.success ? '' : JSON.stringify(result.error.issues[0])).toBe(true);
      }),
      { numRuns: 300, examples: [['9998-12-31', ['明天', '后年', '一百年后']], ['1000-01-01', ['昨天', '一千年前']]] },
    );
  });

  it('numbers with huge exponents and long numerals stay finite', () => {
    const numeral = fc.oneof(
      fc.integer({ min: 300, max: 2000 }).map((n) => '9'.repeat(n)),
      fc.integer({ min: 30, max: 200 }).map((n) => `1${'亿'.repeat(n)}`),
      fc.integer({ min: 30, max: 200 }).map((n) => `一${'亿'.repeat(n)}元`),
      fc.integer({ min: 300, max: 400 }).map((n) => `1.5e${n}亿元`),
      fc.integer({ min: 300, max: 2000 }).map((n) => `${'9'.repeat(n)}.5万元`),
    );
    fc.assert(
      fc.property(numeral, (text) => {
        for (const n of extractNumbers(text)) expect(NumberMentionSchema.safeParse(n).success).toBe(true);
        const report = parseReport(text, { referenceDate: '2023-10-26' });
        for (const f of report.figures) for (const v of [f.value, f.min, f.max]) if (v !== undefined && v !== null) expect(Number.isFinite(v)).toBe(true);
        expect(ReportSchema.safeParse(report).success).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('entity names and figure subjects have a sane maximum length', () => {
  // The attack: a 200,000-character run before a company suffix became every figure's subject.
  const MAX_NAME = 64;
  it('long runs of name-like text before suffixes never make a long name', () => {
    const run = fc.tuple(fc.constantFrom('研', '发', '科', '技', '创', '新', 'ａ', 'A', '高新', '中关村'), fc.integer({ min: 200, max: 20_000 }));
    const suffix = fc.constantFrom('有限公司', '科技有限公司', '高新区', '研究院', '集团', '大学', '产业园');
    fc.assert(
      fc.property(run, suffix, ([piece, count], end) => {
        const text = `${piece.repeat(count)}${end}新增企业58家，营收8亿元。${piece.repeat(count)}${end}的营业收入达12亿元。`;
        const report = parseReport(text, { referenceDate: '2023-10-26' });
        for (const e of report.entities) expect(e.text.length).toBeLessThanOrEqual(MAX_NAME);
        for (const f of report.figures) expect((f.subject ?? '').length).toBeLessThanOrEqual(MAX_NAME);
      }),
      { numRuns: 40 },
    );
  });
});
