import { describe, expect, it } from 'vitest';
import { breaksOf } from './segments.js';
import { STATUS_FIRST_UNITS, statusAt, wordStarts } from './status.js';

describe('statusAt', () => {
  it.each([
    ['2013年，营业总收入实现4251亿元。', '4251亿元', 'actual'],
    ['预计到2020年，光谷企业总收入将达到3万亿元。', '3万亿元', 'forecast'],
    ['力争到2025年，高新技术企业达到500家。', '500家', 'target'],
    ['南科预计今年招商30家厂商，已核准进驻25家。', '25家', 'actual'],
    ['张江总部园计划新增总投资120亿元。', '120亿元', 'target'],
    ['上海张江管理局副局长：是要集聚1000家企业。', '1000家', 'target'],
    ['今年营业额可达3800亿元，上看4000亿元。', '4000亿元', 'forecast'],
    // A Taiwan page's 計畫, as folded (计画).
    ['园区计画新增投资120亿元。', '120亿元', 'target'],
    // 计划 before a noun's mark or a noun names a programme: no aim.
    ['年内，培育计划共录取146间初创企业。', '146间', 'actual'],
    ['火炬计划项目累计达1200项。', '1200项', 'actual'],
    ['“千人计划”的专家已有36人。', '36人', 'actual'],
    ['园区计划到2025年引进企业100家。', '100家', 'target'],
    // After 占 it is the plan a share is of: progress made.
    ['已完成投资11.2亿元，占计划总投资的60.2%。', '60.2%', 'actual'],
    ['一期完成投资8亿元，占年度计划投资的85%。', '85%', 'actual'],
    ['全年计划完成投资100亿元。', '100亿元', 'target'],
  ])('%s → %s is %s', (text, figure, status) => {
    expect(statusAt(text, text.indexOf(figure))).toBe(status);
  });
});

describe('wordStarts', () => {
  it.each([
    ['预计将力争', [3], [0, 2]],
    ['计划计划', [0, 2], []],
    ['人才计划，计划投资', [5], []],
    ['目標擬定', [0, 2], []],
    ['可望上看', [], [0, 2]],
    ['营业收入增长', [], []],
  ])('%s: aims at %j, expectations at %j', (text, target, forecast) => {
    expect(wordStarts(text)).toEqual({ target, forecast });
  });
});

describe('wordStarts from the positions a pass found', () => {
  it.each(['预计将力争', '计划计划', '南科预计今年招商30家厂商，已核准进驻25家。', '今年营业额可达3800亿元，上看4000亿元。'])('%s: the same starts as a full read', (text) => {
    const watched = breaksOf(text, STATUS_FIRST_UNITS).watched!;
    expect(wordStarts(text, watched.at)).toEqual(wordStarts(text));
  });
});
