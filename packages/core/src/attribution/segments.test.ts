import { describe, expect, it } from 'vitest';
import { breaksOf, clauseStart, clauseStartIn, cutFromIn, paragraphs as paragraphsOf } from './segments.js';

const LONG = `${'长'.repeat(250)}，增长5%`;

describe('breaksOf', () => {
  it.each([
    ['营业收入1.2万亿元，同比增长12.6%。净利润141.1亿元', [0, 21]],
    ['“经济平稳运行。”成都高新区表示，增速14.1%。', [0]],
    ['第一段\n第二段！第三段?', [0, 4, 8]],
    ['末尾。', [0]],
    ['', [0]],
  ])('%s has sentences starting at %j', (text, starts) => {
    expect(breaksOf(text).sentences.starts).toEqual(starts);
  });

  it.each([
    ['工业投资、产业投资分别为6.8亿元和7.4亿元', 12, 0, 5],
    ['营业收入1.2万亿元，同比增长12.6%', 16, 11, 11],
    ['（兰州高新区292亿元）', 7, 1, 1],
  ])('%s at %i: clause from %i, metric cut from %i', (text, pos, clause, cut) => {
    const b = breaksOf(text);
    expect(b.clauseFrom[pos]).toBe(clause);
    expect(cutFromIn(b, pos)).toBe(cut);
  });

  it.each([
    ['第一段\n第二段\n', [0, 4, 8], []],
    ['3大科学园区分别增长，科學城', [0], [5, 6, 13]],
    ['', [0], []],
  ])('%j: paragraphs start at %j, marks (区區城分) at %j', (text, paragraphs, marks) => {
    const b = breaksOf(text);
    expect(b.paragraphs.starts).toEqual(paragraphs);
    expect(b.paragraphs).toEqual(paragraphsOf(text));
    expect(b.marks).toEqual(marks);
  });

  it.each([
    ['甲、乙、丙，丁、戊（己）、', 'list marks and breaks'],
    ['、、，、', 'marks only'],
    ['', 'empty'],
  ])('cutFromIn is the last clause break or 、 before each offset: %s (%s)', (text) => {
    const b = breaksOf(text);
    let cut = 0;
    for (let pos = 0; pos <= text.length; pos++) {
      expect(cutFromIn(b, pos)).toBe(cut);
      if ('，,；;：:。！？!?\n（(）)﹔﹐、'.includes(text.charAt(pos))) cut = pos + 1;
    }
    expect(cutFromIn(b, text.length + 5)).toBe(cutFromIn(b, text.length));
  });

  it.each([
    ['营业收入1.2万亿元，同比增长12.6%；其中（兰州）292亿元。', 'punctuated'],
    [LONG, 'a clause longer than the walk reads'],
    ['', 'empty'],
  ])('clauseStartIn agrees with clauseStart at every offset: %s (%s)', (text) => {
    const b = breaksOf(text);
    for (let pos = 0; pos <= text.length; pos++) expect(clauseStartIn(b, pos)).toBe(clauseStart(text, pos));
  });
});
