import { describe, expect, it } from 'vitest';
import { summaryMarkdown, unbreakable } from '../../src/summary/markdown.js';
import { buildSummaryTree, escapeMarkdown, summaryFigures, type SummaryGroup } from '../../src/summary/model.js';
import { figure, report } from './support.js';

const article = (title?: string) => ({ start: 0, end: 1, authors: [], sections: [], photoCredits: [], ...(title ? { title } : {}) });

describe('buildSummaryTree', () => {
  it('is a plain list when no figure is attributed', () => {
    const tree = buildSummaryTree(report({ figures: [figure({ text: '312个', start: 0 }), figure({ text: '36家', start: 10 })] }));
    expect(tree.map((n) => n.kind)).toEqual(['figure', 'figure']);
  });

  it('groups article → subject → metric → figure', () => {
    const figures = [
      figure({ text: '312个', start: 0, article: 0, subject: '临江高新区', metric: '研发平台' }),
      figure({ text: '1373家', start: 10, article: 0, subject: '临江高新区', metric: '科技型企业' }),
      figure({ text: '约20.8亿元', start: 20, article: 0, subject: '产业园', metric: '总投资' }),
      figure({ text: '50亿元', start: 30, article: 1, subject: '科创母基金', metric: '总规模' }),
    ];
    const tree = buildSummaryTree(report({ figures, articles: [article('临江高新区：以创新链带动产业链'), article()] }));
    expect(tree.map((n) => n.label)).toEqual(['临江高新区：以创新链带动产业链', 'Article 2']);
    const first = tree[0] as SummaryGroup;
    expect(first.children.map((n) => n.label)).toEqual(['临江高新区', '产业园']);
    const zone = first.children[0] as SummaryGroup;
    expect(zone.kind).toBe('subject');
    expect(zone.children.map((n) => [n.kind, n.label])).toEqual([
      ['metric', '研发平台'],
      ['metric', '科技型企业'],
    ]);
    expect(summaryFigures(tree).map((n) => n.figure.text)).toEqual(['312个', '1373家', '约20.8亿元', '50亿元']);
  });

  it('puts unattributed figures in a named group beside attributed ones', () => {
    const tree = buildSummaryTree(report({ figures: [figure({ text: '312个', subject: '临江高新区' }), figure({ text: '36家', start: 9 })] }));
    expect(tree.map((n) => n.label)).toEqual(['临江高新区', 'No subject']);
  });

  it('keeps ids stable and distinct', () => {
    const r = report({ figures: [figure({ text: '312个', start: 0, subject: 'A' }), figure({ text: '312个', start: 5, subject: 'A' })] });
    const ids = summaryFigures(buildSummaryTree(r)).map((n) => n.id);
    expect(new Set(ids).size).toBe(2);
    expect(summaryFigures(buildSummaryTree(r)).map((n) => n.id)).toEqual(ids);
  });

  it('has no root for a single article', () => {
    const figures = [figure({ text: '312个', start: 0, article: 0, subject: 'A' }), figure({ text: '36家', start: 9, article: 0, subject: 'B' })];
    const tree = buildSummaryTree(report({ figures, articles: [article('临江高新区')] }));
    expect(tree.map((n) => [n.kind, n.label])).toEqual([
      ['subject', 'A'],
      ['subject', 'B'],
    ]);
  });

  const money = figure({ text: '约20.8亿元', kind: 'money', value: 2.08e9, unit: 'CNY', unitText: '元', approx: 'about' });
  it.each([
    ['a compact value, and the text as written when it differs', money, '≈20.8亿元', '约20.8亿元'],
    ['the period instead of the text', { ...money, asOf: { text: '今年前三季度' } }, '≈20.8亿元', '今年前三季度'],
    ['the status after the period', { ...money, asOf: { text: '2023年' }, status: 'planned' }, '≈20.8亿元', '2023年 · planned'],
    ['nothing twice', figure({ text: '7.2%', kind: 'percent', value: 7.2, unit: '%' }), '7.2%', ''],
  ])('labels a figure with %s', (_name, f, label, description) => {
    const [node] = summaryFigures(buildSummaryTree(report({ figures: [f] })));
    expect([node?.label, node?.description]).toEqual([label, description]);
  });
});

describe('summaryMarkdown', () => {
  const r = report({ figures: [figure({ text: '约20.8亿元', kind: 'money', value: 2.08e9, unit: 'CNY', approx: 'about', subject: 'A|B' })] });
  const md = summaryMarkdown(r, 'report.txt', () => 7);

  it('starts with the file name', () => expect(md.startsWith('# Gaoxin summary: report\\.txt')).toBe(true));
  it('has one table, a row per figure with its line and a compact value that does not break', () => {
    expect(md).toContain('| Line | Value | Metric | Period |');
    expect(md).toContain(`| 7 | ${escapeMarkdown(unbreakable('≈20.8亿元'))} |  |  |`);
    expect(md.replace(/\u2060/g, '')).toContain('| 7 | ≈20\\.8亿元 |');
  });
  it('says a subject every figure shares once, above the table', () => expect(md).toContain('Every figure is about A\\|B.'));
  it('has a subject column when figures are about different subjects', () => {
    const two = report({ figures: [figure({ text: '5个', subject: 'A' }), figure({ text: '6个', start: 3, subject: 'B' })] });
    expect(summaryMarkdown(two, 'r.txt', () => 1)).toContain('| Line | Value | Metric | Subject | Period |');
  });
  it('adds a status column only when a figure has a status', () => {
    const withStatus = report({ figures: [{ ...figure({ text: '5个', value: 5, unit: '个' }), status: 'planned' } as never] });
    expect(summaryMarkdown(withStatus, 'r.txt', () => 1)).toContain('| Line | Value | Metric | Period | Status |');
  });
  it('names the reference date guessed when it is today', () =>
    expect(summaryMarkdown(report({ referenceDateSource: 'today' }), 'r.txt', () => 1)).toContain('guessed'));
  it('escapes report text in cells', () => expect(md).toContain('A\\|B'));
  it('says when there are no figures', () => expect(summaryMarkdown(report(), 'empty.txt', () => 1)).toContain('No figures found.'));
  it('escapes Markdown syntax', () => expect(escapeMarkdown('*a* | [b](c)\nd')).toBe('\\*a\\* \\| \\[b\\]\\(c\\) d'));
});

describe('long lists', () => {
  it('cuts a list longer than MAX_FLAT_FIGURES into chunks', async () => {
    const { MAX_FLAT_FIGURES } = await import('../../src/summary/model.js');
    const figures = Array.from({ length: MAX_FLAT_FIGURES * 2 + 1 }, (_, i) => figure({ text: `${i}个`, start: i * 10 }));
    const tree = buildSummaryTree(report({ figures }));
    expect(tree.map((n) => [n.kind, n.label])).toEqual([
      ['chunk', `Figures 1–${MAX_FLAT_FIGURES} of 1,001`],
      ['chunk', `Figures ${MAX_FLAT_FIGURES + 1}–1,000 of 1,001`],
      ['chunk', 'Figures 1,001–1,001 of 1,001'],
    ]);
    expect(summaryFigures(tree)).toHaveLength(figures.length);
  });
});
