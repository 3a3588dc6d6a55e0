import { describe, expect, it } from 'vitest';
import { scanDates } from './scan.js';

const REF = new Date(2022, 10, 15);
const brief = (text: string): Array<[string, string | undefined, string | undefined]> =>
  scanDates(text, REF, 'mainland').map((d) => [text.slice(d.start, d.end), d.from, d.to]);

describe('scanDates', () => {
  it.each([
    ['a line break ends what the paragraph put in force', '2021年3月开工；5月完工。\n5月验收。', [['2021年3月', '2021-03-01', '2021-03-31'], ['5月', '2021-05-01', '2021-05-31'], ['5月', '2022-05-01', '2022-05-31']]],
    ['a range running into the next month', '12月28日至3日', [['12月28日至3日', '2022-12-28', '2023-01-03']]],
    ['two ends that make no range stay two dates', '2022年至2021年', [['2022年', '2022-01-01', '2022-12-31'], ['2021年', '2021-01-01', '2021-12-31']]],
    ['an end that needs a month is dropped with its range', '2022年至十日', [['2022年', '2022-01-01', '2022-12-31']]],
    ['a range running into the next year', '12月28日至1月3日', [['12月28日至1月3日', '2022-12-28', '2023-01-03']]],
  ])('%s', (_name, text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it('gives spans into the text it was given, in order and without overlaps', () => {
    const text = '今年以来，2022年6月15日至今，近日';
    const found = scanDates(text, REF, 'mainland');
    expect(found.map((d) => text.slice(d.start, d.end))).toEqual(['今年以来', '2022年6月15日至今', '近日']);
  });
});
