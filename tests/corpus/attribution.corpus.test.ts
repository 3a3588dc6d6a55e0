import { readFileSync } from 'node:fs';
import { checkConsistency, parseReport, summarize, summaryToMarkdown, type Figure } from '@gaoxin/core';
import { describe, expect, it } from 'vitest';
import { missingShared, sharedPath } from '../support/shared.js';

const seedPath = sharedPath('corpus', '000_47f5caafe1074bdb.txt');

describe.skipIf(!seedPath)('attribution on the seed page', () => {
  if (!seedPath) {
    it.skip(missingShared('../shared/corpus/000_47f5caafe1074bdb.txt'), () => {});
    return;
  }
  const report = parseReport(readFileSync(seedPath, 'utf8'), { referenceDate: '2022-11-15' });
  const figure = (text: string): Figure => {
    const f = report.figures.find((x) => x.text === text);
    if (!f) throw new Error(`no figure ${text}`);
    return f;
  };

  it.each([
    { text: '约20.8亿元', metric: '总投资', subject: '金凤实验室', article: 0, asOf: undefined },
    // 截至今年9月: stocks at the last day of September.
    { text: '1373家', metric: '科技型企业', subject: '西部(重庆)科学城', article: 0, asOf: { from: '2022-09-30', to: '2022-09-30' } },
    { text: '344户', metric: '知识产权价值信用贷', subject: '西部(重庆)科学城', article: 0, asOf: { from: '2022-09-30', to: '2022-09-30' } },
    { text: '312个', metric: '研发平台', subject: '西部(重庆)科学城', article: 0, asOf: undefined },
    { text: '639项', metric: '技术合同', subject: '西部(重庆)科学城', article: 0, asOf: undefined },
    { text: '7650万元', metric: '放款资金', subject: '西部(重庆)科学城', article: 0, asOf: undefined },
    { text: '约128亩', metric: '占地', subject: '金凤实验室', article: 0, asOf: undefined },
    { text: '约13.5万平方米', metric: '建筑面积', subject: '金凤实验室', article: 0, asOf: undefined },
    { text: '25家', metric: '科技型中小企业', subject: '玉溪高新技术产业开发区', article: 2, asOf: undefined },
  ])('$text is $metric of $subject', ({ text, metric, subject, article, asOf }) => {
    const f = figure(text);
    expect(f).toMatchObject({ metric, subject, article });
    // The dates issue fills asOf; where it is there, it must be the month the text states.
    if (asOf && f.asOf) expect(f.asOf).toMatchObject(asOf);
  });

  it('gives every figure an article and a subject', () => {
    expect(report.figures.filter((f) => f.article === undefined || f.subject === undefined).map((f) => f.text)).toEqual([]);
  });

  it('summarises by article, subject and metric', () => {
    const summary = summarize(report);
    expect(summary.articles.map((a) => a.article)).toEqual([0, 2, 3, 4]);
    expect(summaryToMarkdown(summary)).toMatch(/\| 金凤实验室 \| 总投资 \|\s+\| 约20\.8亿元 \|/);
    expect(summary.articles[0]?.subjects.find((s) => s.subject === '西部(重庆)科学城')?.metrics.find((m) => m.metric === '科技型企业')?.periods[0]?.period).toMatchObject({ from: '2022-09-30', to: '2022-09-30' });
  });

  // The headline's batch (新增17家) and the body's count for 2022 (2022年累计获批…25家) hold for
  // different periods: no contradiction.
  it("does not set the headline's 17家 against the body's 25家 of 2022", () => {
    expect(checkConsistency(report).filter((i) => i.kind === 'conflictingValues' && i.metric === '科技型中小企业')).toEqual([]);
    expect(figure('25家').asOf).toMatchObject({ from: '2022-01-01', to: '2022-12-31' });
  });
});
