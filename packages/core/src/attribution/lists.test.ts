import { describe, expect, it } from 'vitest';
import { fenbieIn, fenbieStarts, listBefore } from './lists.js';
import { breaksOf } from './segments.js';

describe('listBefore', () => {
  it.each([
    ['工业投资、产业投资分别为6.8亿元和7.4亿元', '6.8亿元', ['工业投资', '产业投资']],
    ['其中，光电和半导体产业分别增长12%和8%', '12%', ['光电', '半导体产业']],
    ['增速分别提高1.2和3.5个百分点', '1.2', undefined],
    ['工业投资6.8亿元', '6.8亿元', undefined],
  ] as Array<[string, string, string[] | undefined]>)('%s', (text, figure, items) => {
    const start = text.indexOf(figure);
    const from = Math.max(text.lastIndexOf('，', start) + 1, 0);
    const list = listBefore(text, from, start, text.length);
    expect(list?.items.map((i) => text.slice(i.start, i.end))).toEqual(items);
  });
});

describe('fenbieStarts and fenbieIn', () => {
  it.each([
    ['甲、乙分别为1和2', 0, 6, true],
    ['甲、乙分别为1和2', 0, 4, false],
    ['甲、乙分别为1和2', 4, 9, false],
    ['甲分別为1，乙分别为2', 5, 10, true],
    ['甲为1', 0, 3, false],
  ])('%s [%i, %i) holds 分别: %s', (text, from, to, holds) => {
    expect(fenbieIn(fenbieStarts(text), from, to)).toBe(holds);
  });

  it('finds both scripts in order', () => {
    expect(fenbieStarts('甲分別为1，乙分别为2，丙分别')).toEqual([1, 7, 13]);
  });

  it.each([['甲分別为1，乙分别为2，丙分别'], ['分钟、十分，分别'], ['分'], ['园区分']])('%s: from the page pass\'s marks as from the text', (text) => {
    expect(fenbieStarts(text, breaksOf(text).marks)).toEqual(fenbieStarts(text));
  });
});
