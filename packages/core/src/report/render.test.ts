import { describe, expect, it } from 'vitest';
import { parseReport } from '../api/parseReport.js';
import { tablesToHtml, tablesToMarkdown, toHTML, toMarkdown } from './render.js';
import { summarize } from './summarize.js';

const report = parseReport('总投资约20.8亿元，研发平台312个，范围300至500万元。', { referenceDate: '2022-11-15' });

describe('toMarkdown', () => {
  const md = toMarkdown(report);
  it('starts with the reference date and region', () => {
    expect(md.split('\n')[0]).toBe('# Report · reference date 2022-11-15 (option) · region mainland');
  });
  it('writes one table row per figure, values grouped and ranges as min–max', () => {
    expect(md).toContain('| 1 | 约20.8亿元 | money | 2,080,000,000 | CNY | about |');
    expect(md).toContain('| 3 | 300至500万元 | money | 3,000,000–5,000,000 | CNY | exact |');
  });
  it('escapes text that Markdown would read as syntax', () => {
    const md2 = tablesToMarkdown('t', [{ caption: 'c', headers: ['a'], numeric: [], rows: [['|注入|*粗体*']] }]);
    expect(md2).toContain('| \\|注入\\|\\*粗体\\* |');
  });
});

describe('toHTML', () => {
  it('renders the figures as an HTML table', () => {
    const html = toHTML(report);
    expect(html.startsWith('<section class="gaoxin-report">')).toBe(true);
    expect(html).toContain('<td>约20.8亿元</td><td>money</td><td style="text-align:right">2,080,000,000</td>');
  });
  it('escapes HTML in report text', () => {
    const html = tablesToHtml('<t>', [{ caption: 'c', headers: ['a'], numeric: [], rows: [['<script>alert("1")</script>']] }]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('<td>&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt;</td>');
    expect(html).toContain('<h3>&lt;t&gt;</h3>');
  });
});

describe('toMarkdown and toHTML of a summary', () => {
  const text = '截至今年9月，西部(重庆)科学城已建成研发平台312个，引育科技型企业1373家。';
  const summary = summarize(parseReport(text, { referenceDate: '2022-11-15' }));
  it('writes one row per subject and metric', () => {
    const md = toMarkdown(summary);
    expect(md.split('\n')[0]).toBe(`# Summary · ${summary.figureCount} figures in ${summary.articles.length} articles`);
    expect(md).toMatch(/\| [^|]*\| [^|]*\| 312个 \| 312 个[^|]*\|/);
    expect(md).toMatch(/\| 1373家 \| 1,373 家/);
  });
  it('renders the same rows as HTML', () => {
    const html = toHTML(summary);
    expect(html).toContain('<td>312个</td>');
    expect((html.match(/<tr>/g) ?? []).length).toBe(1 + summary.articles.flatMap((a) => a.subjects.flatMap((s) => s.metrics)).length);
  });
});
