import { describe, expect, it } from 'vitest';
import { parseReport } from '../api/parseReport.js';
import { summarize } from '../report/summarize.js';
import { toHTML, toMarkdown } from './render.js';
import { summaryToMarkdown } from './summary.js';

const report = parseReport('总投资约20.8亿元，研发平台312个，范围300至500万元，增长12.6%。', { referenceDate: '2022-11-15' });

describe('toMarkdown of a report', () => {
  const md = toMarkdown(report);
  it('starts with the reference date and region', () => {
    expect(md.split('\n')[0]).toBe('# Report · reference date 2022-11-15 (option) · region mainland');
  });
  it('writes one table row per figure, values grouped and ranges as min–max', () => {
    expect(md).toContain('| 1 | 约20.8亿元 | money | 2,080,000,000 | CNY | about |');
    expect(md).toContain('| 3 | 300至500万元 | money | 3,000,000–5,000,000 | CNY | exact |');
  });
  it('leaves numbers and punctuation as written', () => {
    expect(md).toContain('| 12.6% |');
    expect(md).not.toContain('\\.');
    expect(md).not.toContain('\\-');
  });
});

describe('toHTML of a report', () => {
  it('renders the figures as an HTML table', () => {
    const html = toHTML(report);
    expect(html.startsWith('<section class="gaoxin-report">')).toBe(true);
    expect(html).toContain('<td>约20.8亿元</td><td>money</td><td style="text-align:right">2,080,000,000</td>');
  });
  it('escapes HTML in report text', () => {
    const html = toHTML(parseReport('<script>alert("1")</script>研发平台3个。', { referenceDate: '2022-11-15' }));
    expect(html).not.toContain('<script>');
  });
});

describe('a summary renders one way', () => {
  const text = '常州高新区出台新政\n\n截至今年9月，常州高新区已建成研发平台312个，引育科技型企业1373家。星河实验室总投资约12.5亿元。';
  const summary = summarize(parseReport(text, { referenceDate: '2022-11-15' }));
  const md = toMarkdown(summary);
  it('summaryToMarkdown and toMarkdown give the same text', () => expect(summaryToMarkdown(summary)).toBe(md));
  it('titles the summary and each article', () => {
    expect(md.split('\n')[0]).toBe('# Summary · 3 figures in 1 article');
    expect(md).toContain('## 1. 常州高新区出台新政');
  });
  it('writes one row per subject and metric, with values, units and dates', () => {
    expect(md).toMatch(/\| 研发平台 \| 312个 \| 312 个 \(2022-09\) \|/);
    expect(md).toMatch(/\| 科技型企业 \| 1373家 \| 1,373 家 \(2022-09\) \|/);
    expect(md).toMatch(/\| 星河实验室 \| 总投资 \| 约12\.5亿元 \| 1,250,000,000 CNY/);
  });
  it('renders the same rows as HTML', () => {
    const html = toHTML(summary);
    expect(html).toContain('<td>312个</td>');
    expect((html.match(/<tr>/g) ?? []).length).toBe(1 + summary.articles.flatMap((a) => a.subjects.flatMap((s) => s.metrics)).length);
  });
  it('escapes what Markdown would read as syntax in a title', () => {
    expect(summaryToMarkdown(summarize(parseReport('标题|*x*\n\n研发平台3个。')))).toContain('标题\\|\\*x\\*');
  });
  it('is a title alone for a report without figures', () => {
    expect(summaryToMarkdown({ articles: [], figureCount: 0 })).toBe('# Summary · 0 figures in 0 articles\n');
  });
});
