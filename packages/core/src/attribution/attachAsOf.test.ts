import { describe, expect, it } from 'vitest';
import { parseReport } from '../api/parseReport.js';

const asOf = (text: string): Array<[string, string | undefined]> =>
  parseReport(text, { referenceDate: '2022-11-15' }).figures.map((f) => [f.text, f.asOf ? `${f.asOf.text} ${f.asOf.from}/${f.asOf.to}` : undefined]);

describe('attachAsOf', () => {
  it.each([
    ['截至今年9月，知识产权价值信用贷344户，放款8.1亿元。', [['344户', '今年9月 2022-09-01/2022-09-30'], ['8.1亿元', '今年9月 2022-09-01/2022-09-30']]],
    ['截至今年9月，放款8.1亿元。已引进人才11人。', [['8.1亿元', '今年9月 2022-09-01/2022-09-30'], ['11人', undefined]]],
    ['近日，17家企业成功上榜。', [['17家', undefined]]],
    ['《2022年第三批名单》印发，17家企业上榜。', [['17家', undefined]]],
    ['前三季度营收增长，比去年同期多12亿元。', [['12亿元', '前三季度 2022-01-01/2022-09-30']]],
    ['研发平台312个，于2022年6月投用。', [['312个', undefined]]],
    ['2018年以前，企业不足50家。', [['不足50家', '2018年以前 undefined/2017-12-31']]],
  ])('%s', (text, expected) => {
    expect(asOf(text).map(([t, a]) => [t, a?.replace('undefined/', '…/')])).toEqual(expected.map(([t, a]) => [t, a?.replace('undefined/', '…/')]));
  });
});
