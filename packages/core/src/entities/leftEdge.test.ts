import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidate.js';
import { findLeftEdge } from './leftEdge.js';
import type { SuffixRule } from './lexicons/suffixes.js';

const COMPANY: SuffixRule = { suffix: '有限公司', type: 'organization', kind: 'company' };
const LAB: SuffixRule = { suffix: '实验室', type: 'organization', kind: 'research' };

function edge(text: string, suffix: string, rule: SuffixRule, names: Candidate[] = []) {
  const endsAt = new Map(names.map((c) => [c.end, c]));
  const e = findLeftEdge(text, text.lastIndexOf(suffix), rule, endsAt);
  return e && { name: text.slice(e.start, text.lastIndexOf(suffix) + suffix.length), proper: e.proper, prefixed: e.prefix !== undefined };
}

describe('findLeftEdge', () => {
  it.each([
    { name: 'a verb closes the name', text: '投资建设的云帆智能科技有限公司', suffix: '有限公司', rule: COMPANY, names: [], expected: { name: '云帆智能科技有限公司', proper: 2, prefixed: false } },
    { name: 'a place opens the name', text: '由浙江云帆科技有限公司', suffix: '有限公司', rule: COMPANY, names: [{ start: 1, end: 3, type: 'place', source: 'lexicon' } as Candidate], expected: { name: '浙江云帆科技有限公司', proper: 2, prefixed: true } },
    { name: 'a zone stays out of a lab', text: '位于某某高新区星河实验室', suffix: '实验室', rule: LAB, names: [{ start: 2, end: 7, type: 'zone', source: 'lexicon' } as Candidate], expected: { name: '星河实验室', proper: 2, prefixed: false } },
    { name: 'punctuation closes the name', text: '、启迪实验室', suffix: '实验室', rule: LAB, names: [], expected: { name: '启迪实验室', proper: 2, prefixed: false } },
    { name: 'a counted noun closes the name', text: '建成3个大数据实验室', suffix: '实验室', rule: LAB, names: [], expected: { name: '大数据实验室', proper: 0, prefixed: false } },
  ])('$name', ({ text, suffix, rule, names, expected }) => {
    expect(edge(text, suffix, rule, names)).toEqual(expected);
  });

  // 本 (this) takes a common noun; before a company's proper name it is the trade name's first character.
  // Where 本 stays out, the name's later checks (names.ts) judge what is left.
  it.each([
    { name: '本 opens a trade name', text: '其中，本源量子计算科技有限公司', withBen: true },
    { name: '本 opens a trade name read as one character', text: '据悉，本钢有限公司', withBen: true },
    { name: '本 before a classifier is this', text: '本项科技有限公司', withBen: false },
    { name: '本 before a unit of time is this', text: '本次科技有限公司', withBen: false },
    { name: '本 before a level is this', text: '本市科技有限公司', withBen: false },
    { name: 'another determiner stays out', text: '该源达科技有限公司', withBen: false },
  ])('$name', ({ text, withBen }) => {
    const name = edge(text, '有限公司', COMPANY)?.name ?? '';
    expect(name.startsWith('本') || name.startsWith('该')).toBe(withBen);
  });

  it('gives up on a long run of unknown characters', () => {
    expect(edge('甲乙丙丁戊己庚辛壬癸实验室', '实验室', LAB)).toBeUndefined();
  });
});
