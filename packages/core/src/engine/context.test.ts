import { describe, expect, it } from 'vitest';
import { createContext } from './context.js';

const DAY = new Date(2022, 10, 15);

describe('createContext', () => {
  it.each([
    ['a Simplified page', '研发平台312个，总投资约20.8亿元', undefined, 'mainland'],
    ['a Traditional page with Taiwan signals', '竹科營業額達1.5兆元，新臺幣計價', undefined, 'taiwan'],
    ['a region given in the settings wins', '研发平台312个', 'hongkong', 'hongkong'],
  ] as const)('decides the region once: %s', (_what, text, region, expected) => {
    expect(createContext(text, { referenceDate: DAY, region }).region).toBe(expected);
  });

  it('keeps the original text and the normalised one with its map', () => {
    const source = '研发\u200b平台312个';
    const ctx = createContext(source, { referenceDate: DAY });
    expect(ctx.source).toBe(source);
    expect(ctx.text).toBe(ctx.normalized.text);
    expect(ctx.text).toBe('研发平台312个');
  });

  it.each([
    [{ referenceDate: DAY }, 'option', false],
    [{ referenceDate: DAY, referenceDateSource: 'dateline', includeOrdinals: true }, 'dateline', true],
  ] as const)('carries the reference date, its source and the options: %j', (settings, source, ordinals) => {
    const ctx = createContext('今年', settings);
    expect(ctx.referenceDate).toBe(DAY);
    expect(ctx.referenceDateSource).toBe(source);
    expect(ctx.includeOrdinals).toBe(ordinals);
  });
});
