import { describe, expect, it } from 'vitest';
import type { ParseOptions } from '../models/options.js';
import { parseReport } from '../api/parseReport.js';

type Row = [text: string, kind: string, value: number | null, unit: string | undefined, approx: string];
const figures = (text: string, options: ParseOptions = {}): Row[] =>
  parseReport(text, { referenceDate: '2023-10-20', ...options }).figures.map((f) => [f.text, f.kind, f.value, f.unit, f.approx]);

describe('a currency named before the amount is part of the figure', () => {
  it.each([
    ['营业额达新台幣1,116.5億元，成長52%', ['新台幣1,116.5億元', 'money', 111650000000, 'TWD', 'exact']],
    ['撥出港币5亿元成立基金', ['港币5亿元', 'money', 500000000, 'HKD', 'exact']],
    ['逾新台幣1兆元', ['逾新台幣1兆元', 'money', 1e12, 'TWD', 'over']],
    ['合作金额日元500亿', ['日元500亿', 'money', 5e10, 'JPY', 'exact']],
    ['注资澳门币2亿元', ['澳门币2亿元', 'money', 2e8, 'MOP', 'exact']],
    ['约为新台幣939.5億元', ['新台幣939.5億元', 'money', 93950000000, 'TWD', 'about']],
    ['总投资人民币8千元', ['人民币8千元', 'money', 8000, 'CNY', 'exact']],
  ] as const)('%s', (text, expected) => {
    expect(figures(text)).toContainEqual(expected);
  });

  it('a currency name does not take an amount in another currency', () => {
    expect(figures('折合美元5亿欧元')).not.toContainEqual(expect.arrayContaining(['美元5亿欧元']));
  });
});

describe('words before a figure bound it', () => {
  it.each([
    // 突破 is a verb before a number (the gold of 204 reads 突破 5.54 億港元 as exact); it bounds only a bare magnitude.
    ['累计集资金额突破5.54亿港元', ['5.54亿港元', 'money', 554000000, 'HKD', 'exact']],
    ['最高给予20万元的奖励', ['20万元', 'money', 200000, 'CNY', 'under']],
    ['每家企业最多可获50万元补贴', ['50万元', 'money', 500000, 'CNY', 'under']],
    ['比重約佔14.13%', ['14.13%', 'percent', 14.13, '%', 'about']],
    ['光電業佔64%最多', ['64%', 'percent', 64, '%', 'exact']],
    ['签约为20亿元', ['20亿元', 'money', 2e9, 'CNY', 'exact']],
  ] as const)('%s', (text, expected) => {
    expect(figures(text)).toContainEqual(expected);
  });
});

describe('bare magnitudes and vague amounts', () => {
  it.each([
    ['引进超亿元项目12个', ['超亿元', 'money', 1e8, 'CNY', 'over']],
    ['流转土地近千亩', ['近千亩', 'area', 666666.666666667, 'm2', 'about']],
    ['集聚企业超万家', ['超万家', 'count', 10000, '家', 'over']],
    ['全国创业孵化载体达万余家', ['万余家', 'count', 10000, '家', 'over']],
    ['单个项目投资千万元以上', ['千万元以上', 'money', 1e7, 'CNY', 'over']],
    ['吸引数百家企业入驻', ['数百家', 'count', 100, '家', 'about']],
    ['形成数十亿元产业集群', ['数十亿元', 'money', 1e9, 'CNY', 'about']],
    ['带动上千家企业', ['上千家', 'count', 1000, '家', 'over']],
    ['聚集上百个项目', ['上百个', 'count', 100, '个', 'over']],
    ['近万家企业参会', ['近万家', 'count', 10000, '家', 'about']],
    ['营收突破万亿元', ['万亿元', 'money', 1e12, 'CNY', 'over']],
  ] as const)('%s', (text, expected) => {
    expect(figures(text)).toContainEqual(expected);
  });

  it.each([
    ['万家灯火，热闹非凡'],
    ['打造百亿元级产业集群'],
    ['市场上百家争鸣'],
    ['十分重视'],
    ['千家万户'],
    ['药物进入临床三期'],
    ['已完成临床Ⅱ期试验'],
    ['三次产业结构为0.1:42.0:57.9'],
    ['一次能源消费量下降'],
    ['推动高新区二次创业'],
    ['一次性奖励'],
  ])('%s has no figure', (text) => {
    expect(figures(text)).toEqual([]);
  });

  it('N次 that counts events stays a figure', () => {
    expect(figures('全年举办三次培训')).toEqual([['三次', 'count', 3, '次', 'exact']]);
  });

  it('a magnitude after a numeral is that number, read once', () => {
    expect(figures('企业3万家')).toEqual([['3万家', 'count', 30000, '家', 'exact']]);
  });
});

describe('the direction of a change', () => {
  const directions = (text: string) => parseReport(text, { referenceDate: '2023-10-20' }).figures.map((f) => [f.text, f.value, f.direction]);
  it.each([
    ['研发人员同比下降1.9%', [['1.9%', 1.9, 'down']]],
    ['較去年同期減少17.3%', [['17.3%', 17.3, 'down']]],
    ['降幅比上年减少3.4个百分点', [['3.4个百分点', 3.4, 'down']]],
    ['较去年同期略微衰退3.36%', [['3.36%', 3.36, 'down']]],
    ['营收同比增长12.6%', [['12.6%', 12.6, 'up']]],
    ['比重提高了2.09个百分点', [['2.09个百分点', 2.09, 'up']]],
    ['研发平台312个', [['312个', 312, undefined]]],
    ['較去年同期成長12.3%，年減3.2%', [['12.3%', 12.3, 'up'], ['3.2%', 3.2, 'down']]],
    ['增加值增长9.5%，比全省高出3.1个百分点', [['9.5%', 9.5, 'up'], ['3.1个百分点', 3.1, 'up']]],
    ['营收负增长2%', [['2%', 2, 'down']]],
    ['营收1.2万亿元，同比增长12.6%', [['1.2万亿元', 1.2e12, undefined], ['12.6%', 12.6, 'up']]],
    // One space may stand between the verb and the number, not two; the verb must be just before.
    ['同比增长 12.6%', [['12.6%', 12.6, 'up']]],
    ['同比增长  12.6%', [['12.6%', 12.6, undefined]]],
    ['增幅达12.6%', [['12.6%', 12.6, 'up']]],
    ['下降幅度为2.1%', [['2.1%', 2.1, 'down']]],
    ['下降的产值占12.6%', [['12.6%', 12.6, undefined]]],
  ])('%s', (text, expected) => {
    expect(directions(text)).toEqual(expected);
  });
});

describe('an amount with a magnitude and no unit takes the kind its clause measures', () => {
  it.each([
    ['园区投资3.2亿，建设研发中心', ['3.2亿', 'money', 320000000, 'CNY', 'exact'], {}],
    ['數碼港2億基金 助成熟Stratup發展', ['2億', 'money', 200000000, 'HKD', 'exact'], { region: 'hongkong' }],
    ['竹科營收1.5兆', ['1.5兆', 'money', 1.5e12, 'TWD', 'exact'], { region: 'taiwan' }],
    ['常住人口约76.2万', ['约76.2万', 'count', 762000, '人', 'about'], {}],
    ['代码累计3.5万行', ['3.5万', 'other', 35000, undefined, 'exact'], {}],
  ] as const)('%s', (text, expected, options) => {
    expect(figures(text, options)).toContainEqual(expected);
  });
});
