import { describe, expect, it } from 'vitest';
import { buildSummaryTree, escapeMarkdown, summaryFigures, summaryMarkdown, type SummaryGroup } from '../../src/summaryModel.js';
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
    expect(summaryFigures(tree).map((n) => n.label)).toEqual(['312个', '1373家', '约20.8亿元', '50亿元']);
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

  it('describes a figure by its value', () => {
    const [node] = summaryFigures(buildSummaryTree(report({ figures: [figure({ text: '约20.8亿元', kind: 'money', value: 2.08e9, unit: 'CNY', approx: 'about' })] })));
    expect(node?.description).toBe('about 2,080,000,000 CNY (20.8亿)');
  });
});

describe('summaryMarkdown', () => {
  const r = report({ figures: [figure({ text: '约20.8亿元', kind: 'money', value: 2.08e9, unit: 'CNY', approx: 'about', subject: 'A|B' })] });
  const md = summaryMarkdown(r, 'report.txt', () => 7);

  it('starts with the file name', () => expect(md.startsWith('# Gaoxin summary: report\\.txt')).toBe(true));
  it('has a table row per figure with its line', () => expect(md).toContain('| 7 | 约20\\.8亿元 | about 2,080,000,000 CNY \\(20\\.8亿\\) | money |'));
  it('escapes report text in cells', () => expect(md).toContain('A\\|B'));
  it('says when there are no figures', () => expect(summaryMarkdown(report(), 'empty.txt', () => 1)).toContain('No figures found.'));
  it('escapes Markdown syntax', () => expect(escapeMarkdown('*a* | [b](c)\nd')).toBe('\\*a\\* \\| \\[b\\]\\(c\\) d'));
});

describe('long lists', () => {
  it('cuts a list longer than MAX_FLAT_FIGURES into chunks', async () => {
    const { MAX_FLAT_FIGURES } = await import('../../src/summaryModel.js');
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
