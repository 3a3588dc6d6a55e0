import { describe, expect, it } from 'vitest';
import { checkConsistency } from './consistency.js';
import { parseReport } from '../api/parseReport.js';

const check = (text: string) => checkConsistency(parseReport(text, { referenceDate: '2022-11-15' }));

describe('checkConsistency', () => {
  it('flags a headline figure the body contradicts', () => {
    const issues = check('常州高新区: 新增17家高新技术企业\n\n本报讯 近日，常州高新区新增高新技术企业19家。');
    expect(issues.map((i) => i.kind)).toEqual(['conflictingValues']);
    expect(issues[0]).toMatchObject({ subject: '常州高新技术产业开发区', metric: '高新技术企业' });
  });

  it.each([
    ['two growth rates of one metric (a level beside them apart)', '常州高新区营业收入1.2万亿元，同比增长12.6%。常州高新区营业收入增长9.5%。', 1],
    ['two growth rates of different metrics', '常州高新区地区生产总值增长7.2%。常州高新区规模以上工业增加值增长9.5%。', 0],
    ['a target beside an actual', '2022年，常州高新区高新技术企业达到500家。力争2022年，常州高新区高新技术企业达到600家。', 0],
    ['figures of different periods', '2021年，常州高新区高新技术企业400家。2022年，常州高新区高新技术企业500家。', 0],
    ['a breakdown in one sentence', '常州高新区高新技术企业436家（天宁片区365家、新北片区71家）。', 0],
    // The base a comparison names (比…) is what was said before, no statement of the metric; a change after 比 is one.
    ['a comparison base', '今年常州高新区产值将逾900亿元。常州高新区全年产值将超过900亿元，也比年初预估的700亿元还高。', 0],
    ['a change after 比 and a level', '常州高新区营业收入比上年增长12%。常州高新区营业收入增长9%。', 1],
  ])('compares only like with like: %s', (_what, text, count) => {
    expect(check(text as string).filter((i) => i.kind === 'conflictingValues')).toHaveLength(count as number);
  });

  it('accepts the same figure stated twice', () => {
    expect(check('常州高新区: 新增17家高新技术企业\n\n本报讯 近日，常州高新区新增高新技术企业17家。')).toEqual([]);
  });

  it('flags a share over 100%', () => {
    expect(check('常州高新区研发投入占比超120%。').map((i) => i.kind)).toEqual(['shareOver100']);
  });

  it('accepts growth over 100%', () => {
    expect(check('常州高新区研发投入增长150%。')).toEqual([]);
  });
});
