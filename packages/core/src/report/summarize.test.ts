import { describe, expect, it } from 'vitest';
import { parseReport } from '../api/parseReport.js';
import { summarize } from './summarize.js';

const text = '常州高新区出台新政\n\n常州高新区已建成研发平台36个，引育科技型企业980家。星河实验室总投资约12.5亿元。';

describe('summarize', () => {
  const summary = summarize(parseReport(text, { referenceDate: '2022-11-15' }));

  it('groups figures by article, subject and metric in order of appearance', () => {
    expect(summary.figureCount).toBe(3);
    expect(
      summary.articles.map((a) => ({ article: a.article, title: a.title, subjects: a.subjects.map((s) => [s.subject, s.metrics.map((m) => [m.metric, m.figures.map((f) => f.text)])]) })),
    ).toEqual([
      {
        article: 0,
        title: '常州高新区出台新政',
        subjects: [
          ['常州高新技术产业开发区', [['研发平台', ['36个']], ['科技型企业', ['980家']]]],
          ['星河实验室', [['总投资', ['约12.5亿元']]]],
        ],
      },
    ]);
  });

  it('is empty for a report without figures', () => {
    expect(summarize(parseReport('无数字的文字。'))).toEqual({ articles: [], figureCount: 0 });
  });
});
