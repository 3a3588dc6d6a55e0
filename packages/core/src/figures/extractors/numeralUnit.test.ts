import { describe, expect, it } from 'vitest';
import { atomIn, ctxOf } from '../cases.test-support.js';

/** [text, numeral, unit as written or undefined, normalised unit, inner word, extra] */
type Case = [string, string, string | undefined, string | undefined, string | undefined, number];

describe('readAtom: a numeral and the unit right after it', () => {
  it.each<Case>([
    ['研发平台312个', '312', '个', '个', undefined, 0],
    ['1500余名专家', '1500', '名', '名', '余', 0],
    ['2000多人', '2000', '人', '人', '多', 0],
    ['占地128 亩', '128', '亩', 'm2', undefined, 0],
    ['房价3万元/平方米', '3万', '元/平方米', 'local', undefined, 0],
    ['增长一百五十    个百分点', '一百五十', '  个百分点', '个百分点', undefined, 0],
    ['七成六的企业', '七', '成六', '%', undefined, 6],
    ['三成半', '三', '成半', '%', undefined, 5],
    ['打8折', '8', '折', '%', undefined, 0],
    ['7 2 折', '7', '2 折', '%', undefined, 2],
    ['三大集群', '三', '大', '大', undefined, 0],
    ['花了五块钱买的，三块', '五', '块钱', 'CNY', undefined, 0],
    ['买了三块', '三', '块', 'local', undefined, 0],
    ['三块地', '三', '块', '块', undefined, 0],
    ['3年', '3', '年', '年', undefined, 0],
  ])('%s: %s', (text, numeral, unitText, unit, inner, extra) => {
    const ctx = ctxOf(text);
    const a = atomIn(ctx, numeral);
    expect(a.unit === undefined ? undefined : ctx.text.slice(a.unitStart, a.end)).toBe(unitText);
    expect(a.unit?.unit).toBe(unit);
    expect(a.inner?.word).toBe(inner);
    expect(a.extra).toBe(extra);
  });

  it.each([
    ['a year number before 年', '2022年', '2022'],
    ['a year number before 起', '2022起', '2022'],
    ['10折', '10折', '10'],
    ['折扣', '8折扣', '8'],
    ['十成 is no rate', '十一成', '十一'],
    ['N大 after 的', '的三大学', '三'],
    ['N大 before 以来', '十九大以来', '十九'],
    ['余 with no unit after it', '1500余', '1500'],
    ['a bare ROC year on a Taiwan page', '於112年營收', '112'],
  ])('no unit: %s', (_what, text, numeral) => {
    const region = text.includes('營') ? 'taiwan' : 'mainland';
    const a = atomIn(ctxOf(text, region), numeral);
    expect(a.unit).toBeUndefined();
    expect(a.inner).toBeUndefined();
  });
});
