import { performance } from 'node:perf_hooks';
import { parseReport, type Report } from '@gaoxin/core';
import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../support/reportBatch.js';

const REF = { referenceDate: '2023-10-26' } as const;

function checkSpans(text: string, report: Report): void {
  for (const list of [report.figures, report.dates, report.entities]) {
    let end = 0;
    for (const m of list) {
      expect(m.text).toBe(text.slice(m.start, m.end));
      expect(m.start).toBeGreaterThanOrEqual(end);
      end = m.end;
    }
  }
}

describe('odd text still gives exact figures with spans into the original', () => {
  it.each([
    { name: 'Windows line endings', text: '研发平台312个，\r\n总投资约20.8亿元。\r\n', figures: ['312个', '约20.8亿元'] },
    { name: 'tabs', text: '研发平台\t312个\t总投资\t约20.8亿元', figures: ['312个', '约20.8亿元'] },
    { name: 'zero-width spaces inside a number', text: '研发平台3\u200B12个', figures: ['3\u200B12个'] },
    { name: 'an &nbsp; between number and classifier', text: '研发平台312&nbsp;个，投资8.1亿元', figures: ['312&nbsp;个', '8.1亿元'] },
    { name: 'HTML tags around a number', text: '<p>研发平台<b>312</b>个</p>', figures: ['312</b>个'] },
    { name: 'emoji and rare CJK (two code units)', text: '🚀𠀋研发平台312个🎉投资约20.8亿元', figures: ['312个', '约20.8亿元'] },
    { name: 'a lone surrogate', text: '\uD800研发平台312个\uDC00', figures: ['312个'] },
    { name: 'a page without any figure', text: '坚持创新驱动发展，打造科技创新高地。', figures: [] },
    { name: 'an empty page', text: '', figures: [] },
  ])('$name', ({ text, figures }) => {
    const report = parseReport(text, REF);
    expect(report.figures.map((f) => f.text)).toEqual(figures);
    checkSpans(text, report);
  });
});

// Text built from the grammar's own pieces, arranged to tempt backtracking and long numerals.
function adversarial(bytes: number): string {
  const pieces = ['约', '余', '多', '万', '亿', '兆', '百分之', '个百分点', '一', '二', '十', '百', '千', '零', '〇', '点', '1', '2', ',', '，', '.', '—', '至', '年', '月', '日', '今年', '“', '”', '《', '》', '\n', '\n\n', '１', '％', '%', '第', '高新区', '有限公司', '&nbsp;', '<b>', '\u200B', '🚀'];
  let seed = 42;
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const p = pieces[seed % pieces.length]!;
    out.push(p);
    size += Buffer.byteLength(p);
  }
  return out.join('');
}

function normal(bytes: number): string {
  return SAMPLE.repeat(Math.ceil(bytes / Buffer.byteLength(SAMPLE))).slice(0, Math.floor(bytes / 3));
}

function time(text: string): number {
  parseReport(text.slice(0, 10_000), REF);
  const t0 = performance.now();
  const report = parseReport(text, REF);
  const ms = performance.now() - t0;
  expect(report.text.length).toBe(text.length);
  return ms;
}

describe('hostile input costs no more than a fixed multiple of normal input', () => {
  it('1 MB of adversarial text takes at most 10× the time of 1 MB of a normal report', () => {
    const normalMs = time(normal(1_000_000));
    const hostileMs = time(adversarial(1_000_000));
    console.log(`[hostile] 1 MB normal ${normalMs.toFixed(0)} ms, 1 MB adversarial ${hostileMs.toFixed(0)} ms (${(hostileMs / normalMs).toFixed(2)}×)`);
    expect(hostileMs).toBeLessThan(normalMs * 10);
  });

  it.each([
    ['digits', '7'],
    ['万', '万'],
    ['一', '一'],
    ['newlines', '\n'],
    ['opening quotes', '“'],
  ])('1 MB of %s is read in linear time', (_, unit) => {
    const small = unit.repeat(100_000);
    const large = unit.repeat(1_000_000);
    const smallMs = Math.max(time(small), 1);
    const largeMs = time(large);
    expect(largeMs).toBeLessThan(smallMs * 40);
  });
});
