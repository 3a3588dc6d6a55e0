/**
 * The examples of issue 13, end to end through parseReport: what a figure measures, how, for
 * which period, of whom, and whether it is actual.
 */
import { describe, expect, it } from 'vitest';
import type { Figure } from '../models/figure.js';
import { parseReport } from '../api/parseReport.js';

const figuresOf = (text: string): Figure[] => parseReport(text, { referenceDate: '2023-11-15' }).figures;
const find = (figures: Figure[], t: string): Figure => {
  const f = figures.find((x) => x.text === t);
  if (!f) throw new Error(`no figure ${t} in ${figures.map((x) => x.text).join(' ')}`);
  return f;
};

describe('metric: the whole indicator, shared by its growth and share', () => {
  it.each([
    ['合肥高新区营业收入1.2万亿元，同比增长12.6%。', [['1.2万亿元', '营业收入', 'level'], ['12.6%', '营业收入', 'growth']]],
    ['1—9月，全区完成固定资产投资1137亿元。', [['1137亿元', '固定资产投资', 'level']]],
    ['1—9月，社会消费品零售总额完成486.7亿元，增长8.1%。', [['486.7亿元', '社会消费品零售总额', 'level'], ['8.1%', '社会消费品零售总额', 'growth']]],
    ['前三季度，全区实现地区生产总值1856.3亿元，比上年同期增长9.2%。', [['1856.3亿元', '地区生产总值', 'level'], ['9.2%', '地区生产总值', 'growth']]],
    ['全区高新技术企业总数突破2300家。', [['2300家', '高新技术企业总数', 'level']]],
    ['全区研发投入强度7.9%，居全省第一。', [['7.9%', '研发投入强度', 'share']]],
    ['实现技术收入3735.9亿元，同比增长8.8%，技术收入占总收入比重为26.8%。', [['3735.9亿元', '技术收入', 'level'], ['8.8%', '技术收入', 'growth'], ['26.8%', '技术收入占总收入', 'share']]],
    ['研究开发费用合计611.9亿元，同比增长2.5%，与2024年1—11月相比，增速提高0.5个百分点。', [['611.9亿元', '研究开发费用', 'level'], ['2.5%', '研究开发费用', 'growth'], ['0.5个百分点', '研究开发费用增速', 'change']]],
    ['2010年，园区实现业务总收入420亿元，是2005年的5.2倍，年均增长38%。', [['420亿元', '业务总收入', 'level'], ['5.2倍', '业务总收入', 'multiple'], ['38%', '业务总收入', 'growth']]],
    ['光電產業營業額約為新台幣939.5億元，佔最高比重84.15%，較去年同期成長達66.9%。', [['新台幣939.5億元', '光電產業營業額', 'level'], ['84.15%', '光電產業營業額', 'share'], ['66.9%', '光電產業營業額', 'growth']]],
    ['其中：税收收入35586万元，非税收入5364万元。', [['35586万元', '税收收入', 'level'], ['5364万元', '非税收入', 'level']]],
    ['全年营业收入893.4亿元，净利润141.1亿元，分别增长7.4%和9.9%。', [['7.4%', '营业收入', 'growth'], ['9.9%', '净利润', 'growth']]],
    ['工业投资、产业投资分别为6.8亿元和7.4亿元。', [['6.8亿元', '工业投资', 'level'], ['7.4亿元', '产业投资', 'level']]],
  ])('%s', (text, expected) => {
    const figures = figuresOf(text);
    for (const [t, metric, measure] of expected) expect(find(figures, t!), t).toMatchObject({ metric, measure });
  });
});

describe('period: the time phrase governing the clause, never a comparison base', () => {
  it.each([
    ['今年前三季度，全区营业收入增长12.6%；实现技术合同成交额约386.5亿元。', [['12.6%', '2023-01-01', '2023-09-30'], ['约386.5亿元', '2023-01-01', '2023-09-30']]],
    ['上半年，全区营收320亿元，是去年全年的1.8倍。', [['1.8倍', '2023-01-01', '2023-06-30']]],
    ['前三季度，规上工业增加值增速比上半年提高1.3个百分点。', [['1.3个百分点', '2023-01-01', '2023-09-30']]],
    ['截至今年9月底，全区高新技术企业达2300家，较2022年底净增约800家。', [['2300家', '2023-09-30', '2023-09-30'], ['约800家', '2023-09-30', '2023-09-30']]],
    ['1-7月，公共财政总收入完成40950万元。公共财政预算支出完成24360万元。', [['24360万元', '2023-01-01', '2023-07-31']]],
  ])('%s', (text, expected) => {
    const figures = figuresOf(text);
    for (const [t, from, to] of expected) expect(find(figures, t!).asOf, t).toMatchObject({ from, to });
  });

  it('keeps the base of a comparison apart (comparedTo)', () => {
    const f = find(figuresOf('2012年，园区实现地区生产总值1738亿元，比上年增长10.7%。'), '10.7%');
    expect(f.asOf).toMatchObject({ from: '2012-01-01', to: '2012-12-31' });
    expect(f.comparedTo).toMatchObject({ text: '上年' });
  });
});

describe('subject: the entity the clause is about', () => {
  it.each([
    ['武汉光迅科技股份有限公司董事长黄宣泽表示，公司研发人员超过1500名。', '超过1500名', '武汉光迅科技股份有限公司'],
    ['常州高新区出台新政。华为技术有限公司总投资20亿元。2022年，全区实现地区生产总值1856.3亿元。', '1856.3亿元', '常州高新技术产业开发区'],
    ['成都先导药物开发股份有限公司营收增长。公司副总经理李明表示，今年公司计划新增研发投入2亿元。', '2亿元', '成都先导药物开发股份有限公司'],
    ['常州高新区出台新政。华为技术有限公司总投资20亿元。常州高新区实现地区生产总值1856.3亿元。', '20亿元', '华为技术有限公司'],
  ])('%s → %s is of %s', (text, t, subject) => {
    expect(find(figuresOf(text), t).subject).toBe(subject);
  });
});

describe('status: actual, target or forecast', () => {
  it.each([
    ['2022年，全区高新技术企业达到500家。', '500家', 'actual'],
    ['预计到2025年，全区高新技术企业将达到800家。', '800家', 'forecast'],
    ['力争到2025年，全区高新技术企业达到1000家。', '1000家', 'target'],
    ['南科预计今年招商30家厂商，已核准进驻25家。', '25家', 'actual'],
  ])('%s → %s is %s', (text, t, status) => {
    expect(find(figuresOf(text), t).status).toBe(status);
  });
});
