import { describe, expect, it } from 'vitest';
import { createContext } from '../engine/context.js';
import { findDates } from './findDates.js';

const ctx = (text: string) => createContext(text, { referenceDate: new Date(2022, 10, 15) });

describe('findDates', () => {
  it('maps spans back over removed invisible characters', () => {
    const source = '截至今年\u200B9月，';
    const [d] = findDates(ctx(source));
    expect(d).toMatchObject({ text: '今年\u200B9月', start: 2, end: 7, from: '2022-09-01' });
    expect(source.slice(d!.start, d!.end)).toBe(d!.text);
  });

  it('reads a date the page layout broke across lines, with its span in the original', () => {
    const source = '西部(重庆)科学城核心区已建成重庆市级及以上研发平台，项目已于2022年\n6月投用，运行良好。';
    const [d] = findDates(ctx(source));
    expect(d).toMatchObject({ text: '2022年\n6月', grain: 'month', from: '2022-06-01', to: '2022-06-30' });
  });

  it('counts offsets in UTF-16 code units past characters outside the BMP', () => {
    const source = '𠀀𠀁今年9月';
    const [d] = findDates(ctx(source));
    expect(d).toMatchObject({ text: '今年9月', start: 4, end: 8 });
  });
});
