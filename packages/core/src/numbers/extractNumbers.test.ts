import { describe, expect, it } from 'vitest';
import { extractNumbers } from './extractNumbers.js';

describe('extractNumbers', () => {
  it.each([
    { text: '研发平台312个，约20.8亿元', expected: [['312', 312], ['20.8亿', 2080000000]] },
    { text: '一百四十四。十一又十四分之一,1个', expected: [['一百四十四', 144], ['十一又十四分之一', 11 + 1 / 14], ['1', 1]] },
    { text: '小明有十个手指头', expected: [['十', 10]] },
    { text: '这不是四川这是五台山', expected: [['五', 5]] },
    { text: '袜子五双九点九', expected: [['五', 5], ['九点九', 9.9]] },
  ])('$text', ({ text, expected }) => {
    const got = extractNumbers(text).map((n) => [n.text, Number(n.value.toPrecision(12))]);
    expect(got).toEqual(expected.map(([t, v]) => [t, Number((v as number).toPrecision(12))]));
  });

  it('gives spans into the original text across a layout line break', () => {
    const text = '今年以来，全区累计新增各类研发平台和科技型企业共计3\n\n12个，完成';
    const [n] = extractNumbers(text);
    expect(n).toMatchObject({ value: 312, start: 25 });
    expect(n && text.slice(n.start, n.end)).toBe(n?.text);
  });
});
