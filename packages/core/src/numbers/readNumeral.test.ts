import { describe, expect, it } from 'vitest';
import { readNumeral, type NumeralRead } from './readNumeral.js';

interface Case {
  text: string;
  /** The value read from offset 0. */
  expected: number;
  /** Where the numeral ends; the whole text when left out. */
  end?: number;
}

function read(text: string): NumeralRead {
  const r = readNumeral(text, 0);
  if (typeof r === 'number') throw new Error(`no numeral read from ${JSON.stringify(text)} (resume at ${r})`);
  return r;
}

function expectCase({ text, expected, end }: Case): void {
  const r = read(text);
  // Scaling decimals leaves floating-point noise (２．２亿 is 220000000.00000003): compare relatively.
  const close = Math.abs(r.value - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  expect({ text, value: close ? expected : r.value, end: r.end }).toEqual({ text, value: expected, end: end ?? text.length });
}

describe('readNumeral: Chinese numerals', () => {
  it.each<Case>([
    { text: '七', expected: 7 },
    { text: '十四', expected: 14 },
    { text: '一千二百', expected: 1200 },
    { text: '两', expected: 2 },
    { text: '〇', expected: 0 },
    { text: '零', expected: 0 },
    { text: '一百零一', expected: 101 },
    { text: '两千四百五', expected: 2450 },
    { text: '一万三', expected: 13000 },
    { text: '十五点七', expected: 15.7 },
    { text: '负三十二', expected: -32 },
    { text: '四万万', expected: 4e8 },
    { text: '五兆六十二亿四万五千二', expected: 5006200045200 },
  ])('$text → $expected', expectCase);
});

describe('readNumeral: financial (大写) numerals', () => {
  it.each<Case>([
    { text: '壹', expected: 1 },
    { text: '贰', expected: 2 },
    { text: '叁拾', expected: 30 },
    { text: '壹佰伍拾', expected: 150 },
    { text: '肆佰陸拾', expected: 460 },
    { text: '十万柒仟捌佰伍拾肆', expected: 107854 },
    { text: '负伍', expected: -5 },
  ])('$text → $expected', expectCase);

  it.each(['伍', '肆', '陆地', '拾'])('a lone %s that is also an ordinary character is no numeral', (text) => {
    expect(typeof readNumeral(text, 0)).toBe('number');
  });
});

describe('readNumeral: Traditional forms', () => {
  it.each<Case>([
    { text: '十萬', expected: 1e5 },
    { text: '三億', expected: 3e8 },
    { text: '二兆', expected: 2e12 },
    { text: '九點五', expected: 9.5 },
    { text: '兩千', expected: 2000 },
  ])('$text → $expected', expectCase);
});

describe('readNumeral: Arabic mixed with magnitudes', () => {
  it.each<Case>([
    { text: '13.5万', expected: 135000 },
    { text: '1.2万亿', expected: 1.2e12 },
    { text: '2兆2300億', expected: 2.23e12 },
    { text: '九點五億', expected: 9.5e8 },
    { text: '4.78萬億', expected: 4.78e12 },
    { text: '5亿1万4千6百', expected: 500014600 },
    { text: '7万 5千 4百', expected: 75400 },
    { text: '1000  万', expected: 1e7 },
  ])('$text → $expected', expectCase);

  it('keeps an Arabic group with no unit of its own out of the numeral before it (2万 3个)', () => {
    expect(read('2万 3个')).toMatchObject({ value: 20000, end: 2 });
  });
});

describe('readNumeral: digit by digit', () => {
  it.each<Case>([
    { text: '一九一六', expected: 1916 },
    { text: '六萬三四九二', expected: 63492 },
    { text: '二〇一九', expected: 2019 },
  ])('$text → $expected', expectCase);
});

describe('readNumeral: grouping and full-width digits', () => {
  it.each<Case>([
    { text: '1,373', expected: 1373 },
    { text: '1，373', expected: 1373 },
    { text: '１２３', expected: 123 },
    { text: '１，３７３', expected: 1373 },
    { text: '２．２亿', expected: 2.2e8 },
    { text: '10,000.233', expected: 10000.233 },
  ])('$text → $expected', expectCase);

  it('reads a comma and a space as two numbers (1, 234)', () => {
    expect(read('1, 234')).toMatchObject({ value: 1, end: 1 });
  });
});

describe('readNumeral: vague amounts', () => {
  it('reads 十余万 as over 100000', () => {
    expect(read('十余万')).toMatchObject({ value: 1e5, approx: 'over' });
  });

  it('reads 十 余 万 with spaces as the same', () => {
    expect(read('十 余 万')).toMatchObject({ value: 1e5, approx: 'over', end: 5 });
  });

  it('reads 二三十 as about 20 to 30', () => {
    expect(read('二三十')).toMatchObject({ value: 20, min: 20, max: 30, approx: 'about' });
  });
});

describe('readNumeral: points with spaces', () => {
  it.each<Case>([
    { text: '四百 点 五', expected: 400.5 },
    { text: '四点 五', expected: 4.5 },
    { text: '八千 三百 八十五 万 二千 三百 二十六 点三三', expected: 83852326.33 },
  ])('$text → $expected', expectCase);

  it('does not read 两 after 点 as a decimal (一点两小时)', () => {
    expect(read('一点两小时')).toMatchObject({ value: 1, end: 1 });
  });
});

describe('readNumeral: fractions', () => {
  it.each<Case>([
    { text: '三分之一', expected: 1 / 3 },
    { text: '五 分之 一', expected: 0.2 },
    { text: '二分 之一', expected: 0.5 },
    { text: '十分之一', expected: 0.1 },
    { text: '一百分之二', expected: 0.02 },
    { text: '五百分之2333', expected: 4.666 },
    { text: '四千二分之三', expected: 3 / 4200 },
    { text: '一万万分之七', expected: 7e-8 },
    { text: '16分之5', expected: 0.3125 },
    { text: '负3分之负157', expected: 157 / 3 },
    { text: '伍分之一', expected: 0.2 },
    { text: '3又一千分之23', expected: 3.023 },
    { text: '三百五十 又 3分  之1', expected: 350 + 1 / 3 },
    { text: '负一又二分之一', expected: -1.5 },
    { text: '一百万又五十万分之二十五', expected: 1000000.00005 },
    { text: '1/2', expected: 0.5 },
    { text: '３／５', expected: 0.6 },
    { text: '-3/2', expected: -1.5 },
    { text: '1 ３/5', expected: 1.6 },
    { text: '４ ６／３', expected: 6 },
  ])('$text → $expected', expectCase);

  it('reads the denominator alone when no numerator follows (二分之。)', () => {
    expect(read('二分之。')).toMatchObject({ value: 2, end: 1 });
  });

  it('reads a slashed date as no fraction (2022/6/15)', () => {
    expect(read('2022/6/15')).toMatchObject({ value: 2022, end: 4 });
  });
});

describe('readNumeral: exponents and Latin magnitudes', () => {
  it.each<Case>([
    { text: '2e5', expected: 2e5 },
    { text: '21.2E0', expected: 21.2 },
    { text: '-1e1', expected: -10 },
    { text: '12.32e+14', expected: 1.232e15 },
    { text: '-12e-1', expected: -1.2 },
    { text: '２.７８９０e－１', expected: 0.2789 },
    { text: '2^5', expected: 32 },
    { text: '2^-1', expected: 0.5 },
    { text: '-1.1^+23', expected: -(1.1 ** 23) },
    { text: '-1.1^--23', expected: -(1.1 ** 23) },
    { text: '40k', expected: 40000 },
    { text: '-2.5 M', expected: -2.5e6 },
    { text: '15Ｋ', expected: 15000 },
  ])('$text → $expected', expectCase);

  it('gives a Latin magnitude no multiplier, so a bare 40k is no figure by itself', () => {
    expect(read('40k').multiplier).toBe(1);
  });

  it('leaves 4K before Chinese to name a format (4K视频)', () => {
    expect(read('4K视频')).toMatchObject({ value: 4, end: 1 });
  });

  it('leaves 3M before Chinese alone (3M公司)', () => {
    expect(read('3M公司')).toMatchObject({ value: 3, end: 1 });
  });
});

describe('readNumeral: leading points, dozens and halves', () => {
  it.each<Case>([
    { text: '.5', expected: 0.5 },
    { text: '-.5', expected: -0.5 },
    { text: '.23456000', expected: 0.23456 },
    { text: '一打', expected: 12 },
    { text: '壹打', expected: 12 },
    { text: '五十打', expected: 600 },
    { text: '半百', expected: 50 },
  ])('$text → $expected', expectCase);

  it('reads 打 that opens a verb as no dozen (一打开)', () => {
    expect(read('一打开')).toMatchObject({ value: 1, end: 1 });
  });

  it.each(['半年', '半成', '...9'])('reads no numeral at the start of %s', (text) => {
    expect(typeof readNumeral(text, 0)).toBe('number');
  });

  it('reads a point after another point as an ellipsis, not a decimal (...9)', () => {
    expect(readNumeral('...9', 2)).toBe(3);
  });

  it('reads a minus after another dash as a dash (－－9)', () => {
    expect(readNumeral('－－9', 1)).toBe(2);
  });
});
