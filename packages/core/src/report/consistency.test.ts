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
