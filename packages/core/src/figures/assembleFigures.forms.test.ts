import { describe, expect, it } from 'vitest';
import { extractFigures } from '../index.js';

// Rate and money forms that the peer (Recognizers-Text) reads, through the public API.

interface Expected {
  text: string;
  kind: string;
  value: number | null;
  unit?: string;
}

interface Case {
  text: string;
  expected: Expected[];
}

function figuresOf(text: string): Expected[] {
  return extractFigures(text, { referenceDate: '2022-11-15' }).map((f) => {
    const out: Expected = { text: f.text, kind: f.kind, value: f.value === null ? null : Number(f.value.toPrecision(12)) };
    if (f.unit !== undefined) out.unit = f.unit;
    return out;
  });
}

describe('rates written with 成 and 折', () => {
  it.each<Case>([
    { text: '七成六', expected: [{ text: '七成六', kind: 'percent', value: 76, unit: '%' }] },
    { text: '七成 六', expected: [{ text: '七成 六', kind: 'percent', value: 76, unit: '%' }] },
    { text: '三成半', expected: [{ text: '三成半', kind: 'percent', value: 35, unit: '%' }] },
    { text: '六点五成', expected: [{ text: '六点五成', kind: 'percent', value: 65, unit: '%' }] },
    { text: '七成六家企业', expected: [{ text: '七成', kind: 'percent', value: 70, unit: '%' }, { text: '六家', kind: 'count', value: 6, unit: '家' }] },
    { text: '利润率约半成', expected: [{ text: '约半成', kind: 'percent', value: 5, unit: '%' }] },
    { text: '五折', expected: [{ text: '五折', kind: 'percent', value: 50, unit: '%' }] },
    { text: '九九折', expected: [{ text: '九九折', kind: 'percent', value: 99, unit: '%' }] },
    { text: '三点一折', expected: [{ text: '三点一折', kind: 'percent', value: 31, unit: '%' }] },
    { text: '7 2 折', expected: [{ text: '7 2 折', kind: 'percent', value: 72, unit: '%' }] },
    { text: '苹果折扣一折', expected: [{ text: '一折', kind: 'percent', value: 10, unit: '%' }] },
    { text: '半折出售', expected: [{ text: '半折', kind: 'percent', value: 50, unit: '%' }] },
    { text: '全场打对折', expected: [{ text: '对折', kind: 'percent', value: 50, unit: '%' }] },
  ])('$text', ({ text, expected }) => {
    expect(figuresOf(text)).toEqual(expected);
  });

  it.each(['十折', '把纸对折', '半成品', '折扣'])('%s is no rate', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });
});

describe('rates written with 分之 and 百分点', () => {
  it.each<Case>([
    { text: '千分之2.4', expected: [{ text: '千分之2.4', kind: 'percent', value: 0.24, unit: '%' }] },
    { text: '萬分之肆', expected: [{ text: '萬分之肆', kind: 'percent', value: 0.04, unit: '%' }] },
    { text: '百万分之五', expected: [{ text: '百万分之五', kind: 'percent', value: 0.0005, unit: '%' }] },
    { text: '百 分 之 2.4', expected: [{ text: '百 分 之 2.4', kind: 'percent', value: 2.4, unit: '%' }] },
    { text: '百分之15Ｋ', expected: [{ text: '百分之15Ｋ', kind: 'percent', value: 15000, unit: '%' }] },
    { text: '一 百 五 十 个 百 分 点', expected: [{ text: '一 百 五 十 个 百 分 点', kind: 'percentagePoint', value: 150, unit: '个百分点' }] },
    { text: '六   个 百 分点', expected: [{ text: '六   个 百 分点', kind: 'percentagePoint', value: 6, unit: '个百分点' }] },
  ])('$text', ({ text, expected }) => {
    expect(figuresOf(text)).toEqual(expected);
  });

  it('reads 五百分之2.2 as a fraction, which is no rate', () => {
    expect(figuresOf('五百分之2.2')).toEqual([]);
  });

  it.each(['百分之二三十', '二三十个百分点'])('a vague pair states no rate: %s', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });

  it('gives nothing for a web address with percent escapes', () => {
    expect(figuresOf('你可以访问一下 https://www.test.com/search?q=30%25%2020%')).toEqual([]);
  });
});

describe('money written with signs, sub-units and currency words', () => {
  it.each<Case>([
    { text: '人民币 8千元', expected: [{ text: '人民币 8千元', kind: 'money', value: 8000, unit: 'CNY' }] },
    { text: '4人民币 5美元', expected: [{ text: '4人民币', kind: 'money', value: 4, unit: 'CNY' }, { text: '5美元', kind: 'money', value: 5, unit: 'USD' }] },
    { text: '这个手机壳五元三毛', expected: [{ text: '五元三毛', kind: 'money', value: 5.3, unit: 'CNY' }] },
    { text: '50元6角三分', expected: [{ text: '50元6角三分', kind: 'money', value: 50.63, unit: 'CNY' }] },
    { text: '售价1000日元5銭', expected: [{ text: '1000日元5銭', kind: 'money', value: 1000.05, unit: 'JPY' }] },
    { text: '5美元3角', expected: [{ text: '5美元', kind: 'money', value: 5, unit: 'USD' }] },
    { text: '这台电脑两美元又三美分', expected: [{ text: '两美元又三美分', kind: 'money', value: 2.03, unit: 'USD' }] },
    { text: '花费你五美元和花费我三块', expected: [{ text: '五美元', kind: 'money', value: 5, unit: 'USD' }, { text: '三块', kind: 'money', value: 3, unit: 'CNY' }] },
    { text: '￥300', expected: [{ text: '￥300', kind: 'money', value: 300, unit: 'CNY' }] },
    { text: '300美圆', expected: [{ text: '300美圆', kind: 'money', value: 300, unit: 'USD' }] },
    { text: '我有20个比特币', expected: [{ text: '20个比特币', kind: 'money', value: 20, unit: 'BTC' }] },
    { text: '达到445奈拉兑换', expected: [{ text: '445奈拉', kind: 'money', value: 445, unit: 'NGN' }] },
  ])('$text', ({ text, expected }) => {
    expect(figuresOf(text)).toEqual(expected);
  });
});

describe('what report text needs kept out', () => {
  it.each(['共有312', '2022年6月', '一批企业', '一次性补贴', '5G基站', 'G60科创走廊', 'PM2.5浓度', '40k', '4K视频', '三分之一的企业', '年过半百', '十打苹果'])(
    '%s has no figure',
    (text) => {
      expect(figuresOf(text)).toEqual([]);
    },
  );
});
