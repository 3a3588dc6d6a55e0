import { describe, expect, it } from 'vitest';
import { GaoxinOptionsError, resolveOptions } from './options.js';

describe('resolveOptions', () => {
  it.each([
    [undefined, { referenceDate: undefined, region: undefined, includeOrdinals: false }],
    [{ referenceDate: '2022-11-15' }, { referenceDate: new Date(2022, 10, 15), region: undefined, includeOrdinals: false }],
    [{ referenceDate: new Date(2022, 10, 15, 13, 30), region: 'taiwan', includeOrdinals: true }, { referenceDate: new Date(2022, 10, 15), region: 'taiwan', includeOrdinals: true }],
  ] as const)('%j', (options, expected) => {
    expect(resolveOptions(options)).toEqual(expected);
  });

  it.each([
    [{ referenceDate: '2022-13-01' }, /^Invalid referenceDate: /],
    [{ referenceDate: new Date(Number.NaN) }, /^Invalid referenceDate: /],
    [{ region: 'macau' }, /^Invalid region: /],
    [{ includeOrdinals: 'yes' }, /^Invalid includeOrdinals: /],
  ])('throws GaoxinOptionsError naming the option for %j', (options, message) => {
    expect(() => resolveOptions(options as never)).toThrow(GaoxinOptionsError);
    expect(() => resolveOptions(options as never)).toThrow(message);
  });
});
