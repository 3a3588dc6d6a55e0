import { describe, expect, it } from 'vitest';
import type { Entity } from '../models/entity.js';
import { indexTableSubjects, tableSubjectAt } from './tableSubject.js';

function subjectOf(text: string, names: Array<[string, Entity['type']]>, cell: string): string | undefined {
  const named = names.map(([name, type]) => {
    const start = text.indexOf(name);
    if (start < 0) throw new Error(`no ${name}`);
    return { start, end: start + name.length, entity: { text: name, start, end: start + name.length, type } };
  });
  named.sort((a, b) => a.start - b.start);
  return tableSubjectAt(indexTableSubjects(text, named), text.indexOf(cell));
}

const ONE_CELL_PER_LINE = '下面列表是高新区企业概况\n|\n2005 |\n2006 |\n企业数(个) |\n41990 |\n45828 |\n工业总产值(亿元) |\n28957.6 |\n35898.9 | |\n';
const PIPE_ROWS = '表1 各园区营业收入\n| 园区 | 2022 | 2023 |\n| 兰州高新区 | 292 | 310 |\n| 白银高新区 | 128 | 135 |\n';
const CAPTION_NAME = '表2 常州高新区主要经济指标\n| 指标 | 2022 | 2023 |\n| 营业收入(亿元) | 1856 | 1990 |\n';

describe('tableSubjectAt', () => {
  it.each([
    ['a caption naming the class of zones', ONE_CELL_PER_LINE, [], '35898.9', '高新区'],
    ['each row its own zone', PIPE_ROWS, [['兰州高新区', 'zone'], ['白银高新区', 'zone']], '135', '白银高新区'],
    ['a caption naming one zone', CAPTION_NAME, [['常州高新区', 'zone']], '1990', '常州高新区'],
    ['prose outside a table has none here', `${CAPTION_NAME}常州高新区今年营收2000亿元。`, [['常州高新区', 'zone']], '2000亿元', undefined],
  ] as Array<[string, string, Array<[string, Entity['type']]>, string, string | undefined]>)('%s', (_what, text, names, cell, subject) => {
    expect(subjectOf(text, names, cell)).toBe(subject);
  });
});
