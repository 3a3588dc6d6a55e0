import { describe, expect, it } from 'vitest';
import { MONEY_PARTS, UNITS, matchUnit } from './units.js';

describe('matchUnit: the unit written at a position', () => {
  it.each([
    ['312个平台', 3, '个', 'count', '个', 1],
    ['5平方公里', 1, '平方公里', 'area', 'm2', 1e6],
    ['128亩', 3, '亩', 'area', 'm2', 10000 / 15],
    ['3个百分点', 1, '个百分点', 'percentagePoint', '个百分点', 1],
    ['20亿元', 3, '元', 'money', 'local', 1],
    ['20亿美元', 3, '美元', 'money', 'USD', 1],
    ['50美分', 2, '美分', 'money', 'USD', 0.01],
    ['七成', 1, '成', 'percent', '%', 10],
    ['5‰', 1, '‰', 'percent', '%', 0.1],
    ['3个多月', 1, '个多月', 'duration', '月', 1],
    ['5kg', 1, 'kg', 'other', 'kg', 1],
    ['5m2', 1, 'm2', 'area', 'm2', 1],
    // The folded text of a Traditional page: 日圓 and 港圓 read 日圆 and 港圆.
    ['300亿日圆', 4, '日圆', 'money', 'JPY', 1],
    ['5亿港圆', 2, '港圆', 'money', 'HKD', 1],
  ] as const)('%s at %d: %s', (text, pos, written, kind, unit, factor) => {
    const u = matchUnit(text, pos);
    expect(u && [u.text, u.kind, u.unit]).toEqual([written, kind, unit]);
    expect(u?.factor).toBeCloseTo(factor, 10);
  });

  it.each([
    ['成立: 成 opens another word', '三成立', 1],
    ['所有: 所 opens another word', '3所有', 1],
    ['大学 is no classifier', '五大学', 1],
    ['5mm is no m', '5mm', 1],
    ['nothing', '312。', 3],
  ])('none: %s', (_what, text, pos) => {
    expect(matchUnit(text, pos)).toBeUndefined();
  });

  it('prefers the longest unit (平方公里 over 平方, 个百分点 over 个)', () => {
    expect(matchUnit('平方公里', 0)?.text).toBe('平方公里');
    expect(matchUnit('个百分点', 0)?.text).toBe('个百分点');
  });

  it('every unit has a positive factor, and the over-approximations are durations', () => {
    for (const u of UNITS) {
      expect(u.factor, u.text).toBeGreaterThan(0);
      if (u.approx) expect(u.kind, u.text).toBe('duration');
    }
  });

  it('money parts are fractions of their whole', () => {
    for (const [word, factor] of MONEY_PARTS) {
      expect(factor, word).toBeGreaterThan(0);
      expect(factor, word).toBeLessThan(1);
    }
  });
});

describe('matchUnit checks the word a unit may start', () => {
  it.each([
    ['2家电脑周边厂商', 1, '家'],
    ['3家电子企业', 1, '家'],
    ['3家电企业', 1, undefined],
    ['12万平方呎', 3, '平方呎'],
    ['5家庭', 1, undefined],
    ['100家企业', 3, '家'],
  ])('%s at %i → %s', (text, pos, expected) => {
    expect(matchUnit(text, pos)?.text).toBe(expected);
  });
});
