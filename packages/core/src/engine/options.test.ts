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

  // Plain objects take a quicker path than the schema; both must agree on every shape.
  it.each([
    [{ referenceDate: '2024-02-29', region: 'hongkong' }, { referenceDate: new Date(2024, 1, 29), region: 'hongkong', includeOrdinals: false }],
    [{ referenceDate: '1000-01-01', includeOrdinals: false }, { referenceDate: new Date(1000, 0, 1), region: undefined, includeOrdinals: false }],
    [{ referenceDate: '2022-11-15', unknown: 1 }, { referenceDate: new Date(2022, 10, 15), region: undefined, includeOrdinals: false }],
    [Object.assign(Object.create(null) as object, { referenceDate: '2022-11-15' }), { referenceDate: new Date(2022, 10, 15), region: undefined, includeOrdinals: false }],
    [{}, { referenceDate: undefined, region: undefined, includeOrdinals: false }],
  ])('resolves %j the way the schema does', (options, expected) => {
    expect(resolveOptions(options as never)).toEqual(expected);
  });

  it.each([
    [{ referenceDate: '2023-02-29' }, /^Invalid referenceDate: .*real day/],
    [{ referenceDate: '0999-12-31' }, /^Invalid referenceDate: .*years 1000 to 9998/],
    [{ referenceDate: '2022-1-5' }, /^Invalid referenceDate: /],
    [{ referenceDate: 20221115 }, /^Invalid referenceDate: /],
    [{ region: null }, /^Invalid region: /],
  ])('rejects %j with the schema\'s message', (options, message) => {
    expect(() => resolveOptions(options as never)).toThrow(message);
  });
});
