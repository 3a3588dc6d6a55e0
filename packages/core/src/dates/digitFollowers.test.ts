import { describe, expect, it } from 'vitest';
import { dateMayStartAtDigits } from './digitFollowers.js';
import { ATOM_PATTERNS } from './patterns.js';

describe('dateMayStartAtDigits', () => {
  it.each([
    ['2022年', true],
    ['2022 年', true],
    ['９月', true],
    ['12日', true],
    ['3号', true],
    ['20世纪', true],
    ['3个月前', true],
    ['2个季度', true],
    ['1季度', true],
    ['3至5日', true],
    ['1—2月', true],
    ['1-9月', true],
    ['2022.6.15', true],
    ['2022/23财年', true],
    ['1500余名', false],
    ['20.8亿元', false],
    ['312家', false],
    ['12.6%', false],
    ['3/5', false],
    ['2022', false],
  ])('%s → %s', (text, expected) => {
    expect(dateMayStartAtDigits(text, 0)).toBe(expected);
  });

  // Every digit-led pattern, at the start of many made-up strings: where one matches, the
  // check must allow it (it may allow more; it must never hide a date).
  it('never refuses a place where a digit-led date pattern matches', () => {
    const led = ATOM_PATTERNS.filter((p) => /[0-9０-９]/.test(p.starts)).map((p) => new RegExp(p.source, 'y'));
    const runs = ['1', '4', '12', '95', '112', '2022', '１２', '２０２２', '20221'];
    const middles = ['', ' ', '  ', '.', '．', '/', '／', '-', '－', '—', '——', '–', '~', '～', '至', '到', '日', '号', '個', '个', '周', '週', '星期', '天', '季', '世纪', '年', '月', '余', '亿', '%', '0', 'T', ':'];
    const tails = ['', '年', '年度', '月', '日', '5月', '6.15', '6', '23财年', '2023年', '季度', '个月前', '年前', '年代', '90年代', '12月', '3日', '5号', ' 5日'];
    let checked = 0;
    for (const run of runs) {
      for (const middle of middles) {
        for (const tail of tails) {
          const text = run + middle + tail;
          const matches = led.some((re) => {
            re.lastIndex = 0;
            const m = re.exec(text);
            return m !== null && m[0].length > 0;
          });
          if (matches) {
            checked++;
            expect(dateMayStartAtDigits(text, 0), text).toBe(true);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
