import { describe, expect, it } from 'vitest';
import { readPlainArabic } from './plainArabic.js';
import { readSigned } from './signed.js';

describe('readPlainArabic', () => {
  it.each([
    ['312个平台', 312, 3],
    ['2022年', 2022, 4],
    ['12.6%', 12.6, 4],
    ['0.50元', 0.5, 4],
    ['007号', 7, 3],
    ['1500名', 1500, 4],
  ])('%s reads as %d up to %d', (text, value, end) => {
    expect(readPlainArabic(text, 0)).toMatchObject({ start: 0, end, value, multiplier: 1, script: 'arabic' });
  });

  it.each(['20.8亿元', '3百', '1,373家', '2022.6.15', '5 万', '2e5', '40k', '3/5', '五分之', '12３', '1500多万', '1500余名', '三', ''])(
    'leaves %s to the general reader',
    (text) => {
      expect(readPlainArabic(text, 0)).toBeUndefined();
    },
  );

  // Wherever it reads a numeral, the general reader reads the same one.
  it('agrees with the general reader on every number it reads', () => {
    const followers = ['', '个', '年', '%', '％', '。', '，', ',', '.', '．', '、', '-', '—', '至', '元', '亿', '万', '千', '百', '十', '多', '余', ' ', '\u3000', 'e', 'k', 'M', 'x', '/', '分', '又', '打', '点', '一', '０', ')', '）'];
    const numbers = ['0', '1', '12', '312', '2022', '20.8', '0.5', '007', '1.25', '12345678901234567890', '123456789012345678901'];
    let read = 0;
    for (const n of numbers) {
      for (const f of followers) {
        for (const g of followers) {
          const text = n + f + g;
          const plain = readPlainArabic(text, 0);
          if (plain) {
            read++;
            expect(plain, text).toEqual(readSigned(text, 0, {}));
          }
        }
      }
    }
    expect(read).toBeGreaterThan(1000);
  });
});
