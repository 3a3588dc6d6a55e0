import { describe, expect, it } from 'vitest';
import { atomIn, ctxOf } from '../cases.test-support.js';
import { currencySignDraft, englishMagnitudeAt } from './currencySign.js';

/** [text, numeral, span text, currency, value] */
describe('currencySignDraft: a currency before the amount', () => {
  it.each([
    ['$5', '5', '$5', 'USD', 5],
    ['US$ 300', '300', 'US$ 300', 'USD', 300],
    ['RMB300万', '300万', 'RMB300万', 'CNY', 3e6],
    ['人民币 8千元', '8千', '人民币 8千元', 'CNY', 8000],
    // The numeral is looked up in the folded text: 新臺幣300億 reads 新台币300亿.
    ['新臺幣300億', '300亿', '300億', 'TWD', 3e10],
    ['港币50亿元', '50亿', '50亿元', 'HKD', 5e9],
    ['￥12.5', '12.5', '￥12.5', 'CNY', 12.5],
    ['RMB 3.2 billion', '3.2', 'RMB 3.2 billion', 'CNY', 3.2e9],
    ['US$1.2 billions', '1.2', 'US$1.2 billions', 'USD', 1.2e9],
    ['US$ 3 million的投资', '3', 'US$ 3 million', 'USD', 3e6],
    ['HK$12 bn', '12', 'HK$12 bn', 'HKD', 1.2e10],
    ['US$5 millionaires: no magnitude inside a longer word', '5', 'US$5', 'USD', 5],
  ])('%s', (text, numeral, span, currency, value) => {
    const ctx = ctxOf(text);
    const d = currencySignDraft(ctx, atomIn(ctx, numeral), 0);
    expect(d && [text.slice(d.start, d.end), d.unit, d.value]).toEqual([span, currency, value]);
  });

  it.each([
    ['兑美元6.9: a currency name before a bare number', '兑美元6.9', '6.9'],
    ['4人民币 5美元: the sign is the unit of the number before', '4人民币 5美元', '5'],
    ['$5个: a unit of another kind', '$5个', '5'],
    ['no sign', '投资5亿元', '5亿'],
  ])('none for %s', (_what, text, numeral) => {
    const ctx = ctxOf(text);
    expect(currencySignDraft(ctx, atomIn(ctx, numeral), 0)).toBeUndefined();
  });
});

describe('englishMagnitudeAt: an English magnitude right after an amount', () => {
  it.each([
    ['1.2 billion', 3, { factor: 1e9, end: 11 }],
    ['500mn', 3, { factor: 1e6, end: 5 }],
    ['3 Thousand', 1, { factor: 1e3, end: 10 }],
    ['5 people', 1, undefined],
    ['5  million', 1, undefined],
  ])('%s', (text, at, expected) => {
    expect(englishMagnitudeAt(text, at)).toEqual(expected);
  });
});
