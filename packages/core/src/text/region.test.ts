import { describe, expect, it } from 'vitest';
import { detectRegion, localCurrency } from './region.js';

describe('detectRegion: the script decides first, then the signals', () => {
  it.each([
    ['Simplified', '研发平台312个，总投资约20.8亿元', 'mainland'],
    ['Simplified naming Taiwan', '台湾新竹科学园区营业额增长', 'mainland'],
    ['Traditional with Taiwan signals', '竹科營業額達1.5兆元，新臺幣計價', 'taiwan'],
    ['Traditional with Hong Kong signals', '數碼港的創業企業獲得港府資助，香港科學園', 'hongkong'],
    ['Traditional with both, Hong Kong more', '香港數碼港與臺灣業者合作，香港科學園參與', 'hongkong'],
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
