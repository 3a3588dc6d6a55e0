import { describe, expect, it } from 'vitest';
import { detectRegion } from './region.js';

describe('detectRegion decides the page region once', () => {
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
  ])('%s', (_what, text, expected) => {
    expect(detectRegion(text)).toBe(expected);
  });
});
