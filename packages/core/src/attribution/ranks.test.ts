import { describe, expect, it } from 'vitest';
import { rankingBefore } from './ranks.js';

describe('rankingBefore: the ranking a move of places is in', () => {
  it.each([
    { before: '在全国178家国家高新区中排名第38位，较上年提升', unit: '位', ranking: '排名' },
    { before: '综合排名位列第65名，较上年上升', unit: '位', ranking: '综合排名' },
    { before: '全省位次前移', unit: '位', ranking: '位次' },
    { before: '排名第3，综合名次上升', unit: '名', ranking: '名次' },
    { before: '新增院士', unit: '名', ranking: undefined },
    { before: '排名第3，新增', unit: '家', ranking: undefined },
    { before: '排名第3，新增', unit: undefined, ranking: undefined },
  ])('$before … ($unit) → $ranking', ({ before, unit, ranking }) => {
    const text = `${before}5${unit ?? ''}。`;
    const span = rankingBefore(text, 0, before.length, unit);
    expect(span && text.slice(span.start, span.end)).toBe(ranking);
  });

  it('reads only from the sentence start it is given', () => {
    const text = '排名第3。较上年提升5位。';
    expect(rankingBefore(text, text.indexOf('较'), text.indexOf('5'), '位')).toBeUndefined();
  });
});
