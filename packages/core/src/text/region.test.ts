import { describe, expect, it } from 'vitest';
import { detectRegion, localCurrency } from './region.js';

describe('detectRegion: the script decides first, then the signals', () => {
  it.each([
    ['Simplified', '研发平台312个，总投资约20.8亿元', 'mainland'],
    ['Simplified naming Taiwan', '台湾新竹科学园区营业额增长', 'mainland'],
    ['Traditional with Taiwan signals', '竹科營業額達1.5兆元，新臺幣計價', 'taiwan'],
    ['Traditional with Hong Kong signals', '數碼港的創業企業獲得港府資助，香港科學園', 'hongkong'],
    ['Traditional with both, Hong Kong more', '香港數碼港與臺灣業者合作，香港科學園參與', 'hongkong'],
    ['Traditional with Hong Kong government words', '創新科技署今日公布，「創新及科技基金」累計資助約一萬二千個項目', 'hongkong'],
    ['Traditional with 創科', '特首表示將推動創科發展', 'hongkong'],
    ['Traditional with a budget’s 財政年度', '政府在2024-25財政年度預算中預留100億元', 'hongkong'],
    ['Traditional with no signal', '這個園區的企業數量增長', 'mainland'],
    ['no Chinese at all', 'Revenue grew 12% in 2022', 'mainland'],
    ['empty', '', 'mainland'],
  ] as const)('%s', (_what, text, region) => {
    expect(detectRegion(text)).toBe(region);
  });

  it('reads only a sample of a long page', () => {
    const simplified = '这个园区的企业'.repeat(10_000);
    expect(detectRegion(simplified + '竹科營業額，新臺幣計價'.repeat(1000))).toBe('mainland');
  });
});

describe('localCurrency: a bare 元', () => {
  it.each([
    ['mainland', 'CNY'],
    ['taiwan', 'TWD'],
    ['hongkong', 'HKD'],
  ] as const)('on a %s page is %s', (region, currency) => {
    expect(localCurrency(region)).toBe(currency);
  });
});

describe('detectRegion: a Simplified reprint of a Taiwan story is a Taiwan page', () => {
  it.each([
    ['a Traditional Taiwan page', '中部科學工業園區97年1-4月累計營業額達新台幣1,116.5億元，較去年同期成長達52%。', 'taiwan'],
    ['a Traditional Hong Kong page', '數碼港旗下的創業公司於財政年度的集資金額達1.98億港元，香港科技園亦有增長。', 'hongkong'],
    ['a mainland page', '2012年，苏州工业园区实现地区生产总值1738亿元，比上年增长10.7%。', 'mainland'],
    [
      'a Simplified reprint of a Taiwan wire story',
      '(中央社记者林孟汝台北20日电)国科会表示,3大科学园区营业额达新台币2兆41亿元。行政院国家科学委员会今天举行民国101年度营运概况记者会,竹科、南科均有增长。',
      'taiwan',
    ],
    ['a mainland page that quotes 新台币 once', '两岸贸易额增长，台商投资折合新台币300亿元，厦门海沧台商投资区新增项目12个。', 'mainland'],
    ['a mainland page with 中科院 and 南京', '中科院南京分院与南京高新区签约，总投资20亿元。', 'mainland'],
  ] as const)('%s', (_what, text, expected) => {
    expect(detectRegion(text)).toBe(expected);
  });
});
