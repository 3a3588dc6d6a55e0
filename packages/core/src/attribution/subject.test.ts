import { describe, expect, it } from 'vitest';
import type { Article } from '../models/article.js';
import type { Entity } from '../models/entity.js';
import { createContext } from '../engine/context.js';
import { indexSubjects, subjectAt } from './subject.js';

// Names are given (not found) so the table tests the subject rules alone.
function subjectOf(text: string, names: Array<[string, Entity['type'], string?]>, figure: string, zone?: string): string | undefined {
  const ctx = createContext(text, { referenceDate: new Date(2023, 10, 15) });
  const entities: Entity[] = [];
  let from = 0;
  for (const [name, type, refersTo] of names) {
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`no ${name}`);
    entities.push({ text: name, start, end: start + name.length, type, ...(refersTo ? { refersTo } : {}) });
    from = start + name.length;
  }
  const articles: Article[] = zone ? [{ zone, authors: [], sections: [], photoCredits: [], start: 0, end: text.length }] : [];
  const index = indexSubjects(ctx, entities, articles, []);
  const start = text.indexOf(figure);
  return subjectAt(ctx, index, start, start + figure.length, zone ? 0 : -1, 0)?.text;
}

describe('subjectAt', () => {
  it.each([
    ['a company named in the sentence', '武汉光迅科技股份有限公司董事长黄宣泽表示，公司研发人员超过1500名。', [['武汉光迅科技股份有限公司', 'organization'], ['黄宣泽', 'person']], '1500名', '武汉光迅科技股份有限公司'],
    ['公司 back to the company of the paragraph', '京东方上半年营收增长。公司研发人员超过1500名。', [['京东方', 'organization']], '1500名', '京东方'],
    ['a company holds for its sentence only', '京东方营收增长。园区实现工业总产值72亿元。', [['京东方', 'organization']], '72亿元', undefined],
    ['a body whose population is counted (员工, 学生) is the topic', '武汉光谷集聚企业2000余家。华为武汉研究所员工超过1万人。', [['武汉光谷', 'zone'], ['华为武汉研究所', 'organization']], '1万人', '华为武汉研究所'],
    ['a body before a post held by someone is no topic', '武汉光谷集聚企业2000余家。华为武汉研究所所长表示，员工超过1万人。', [['武汉光谷', 'zone'], ['华为武汉研究所', 'organization']], '1万人', '武汉光谷'],
    ['the zone of the paragraph', '2012年，苏州工业园区实现地区生产总值1738亿元；公共财政预算收入185亿元。', [['苏州工业园区', 'zone']], '185亿元', '苏州工业园区'],
    ['a part after 其中 for its clause only', '苏州工业园区面积288平方公里，其中，中新合作区80平方公里，下辖四个街道。', [['苏州工业园区', 'zone'], ['中新合作区', 'zone']], '四个', '苏州工业园区'],
    ['a name in parentheses for its figure', '兰白自创区地区生产总值420亿元（兰州高新区292亿元、白银高新区128亿元），增长5.86%。', [['兰白自创区', 'zone'], ['兰州高新区', 'zone'], ['白银高新区', 'zone']], '128亿元', '白银高新区'],
    ['the paragraph zone after a parenthesis', '兰白自创区地区生产总值420亿元（兰州高新区292亿元、白银高新区128亿元），增长5.86%。', [['兰白自创区', 'zone'], ['兰州高新区', 'zone'], ['白银高新区', 'zone']], '5.86%', '兰白自创区'],
    ['a body before its official is the source', '成都高新区电子信息产业发展局相关负责人表示，增速为14.1%。', [['成都高新区电子信息产业发展局', 'organization']], '14.1%', undefined],
    ['a news agency is the source', '新华社北京10月17日电 全国创业孵化载体达13206家。', [['新华社', 'organization']], '13206家', undefined],
    ['a place owning what follows', '广东的孵化器数量达1013家，位居全国第一。', [['广东', 'place']], '1013家', '广东'],
    ['a place qualifying a zone is no topic', '武汉市东湖高新区企业总收入6028亿元。', [['武汉市', 'place'], ['东湖高新区', 'zone']], '6028亿元', '东湖高新区'],
    ['the items of a list are no topic', '英特尔、京东方等10家龙头企业实现产值1081.68亿元。', [['英特尔', 'organization'], ['京东方', 'organization']], '1081.68亿元', undefined],
    ['a bare back reference left unresolved stands for the zone', '常州高新区出台新政。全区高新技术企业达到500家。', [['常州高新区', 'zone'], ['全区', 'zone']], '500家', '常州高新区'],
    ['a back reference resolved to a part after 其中 still stands for the zone in force', '苏州工业园区面积288平方公里，其中，中新合作区80平方公里。2012年，园区实现地区生产总值1738亿元。', [['苏州工业园区', 'zone'], ['中新合作区', 'zone'], ['园区', 'zone', '中新合作区']], '1738亿元', '苏州工业园区'],
    ['a class of zones counted together is a subject as written', '国科会表示，3大科学园区今年可望新增工作职缺逾1.1万人。', [['国科会', 'organization']], '逾1.1万人', '3大科学园区'],
    ['zones taken together (各) are a subject as written', '据统计，各高新区营业收入合计达100亿元。', [], '100亿元', '各高新区'],
    ['a counted class of zones in the old script is a subject as written', '兩個科學工業園區營業收入達100億元。', [], '100億元', '兩個科學工業園區'],
    ['two companies joined by 及 are one subject', '值得注意的是，台积电及联电也相继在南科扩厂，预计投资总额逾7400亿元。', [['台积电', 'organization'], ['联电', 'organization'], ['南科', 'zone']], '逾7400亿元', '台积电及联电'],
    ['two zones joined by 和 are one subject', '兰州高新区和白银高新区去年营业收入达420亿元。', [['兰州高新区', 'zone'], ['白银高新区', 'zone']], '420亿元', '兰州高新区和白银高新区'],
    ['what an amount describes, after a short noun, 的 and a quote', '数码港的计划从10万元资助的「创意微型基金」开始。', [['数码港', 'zone'], ['创意微型基金', 'work']], '10万元', '创意微型基金'],
    ['a figure of the whole country is no zone\u2019s', '兰州高新区在全国169家高新区中综合排名第65名。', [['兰州高新区', 'zone']], '169家', undefined],
    ['what an amount describes, after 的', '签约了总投资6.3亿元的中核钛白项目。', [['中核钛白', 'organization']], '6.3亿元', '中核钛白'],
    // Where a body stands, said before its name (园区内的, 位于…的), keeps it the topic of its clause.
    ['a company placed in the zone', '长沙高新区营收增长。园区内的中联重科股份有限公司前三季度实现营业收入350.6亿元。', [['长沙高新区', 'zone'], ['中联重科股份有限公司', 'organization']], '350.6亿元', '中联重科股份有限公司'],
    ['a park placed in the zone', '位于合肥高新区的量子信息未来产业园总投资约45亿元。', [['合肥高新区', 'zone'], ['量子信息未来产业园', 'zone']], '45亿元', '量子信息未来产业园'],
  ] as Array<[string, string, Array<[string, Entity['type'], string?]>, string, string | undefined]>)('%s', (_what, text, names, figure, subject) => {
    expect(subjectOf(text, names, figure)).toBe(subject);
  });

  it.each([
    ['the zone of the article lends its figures', '张江总部园今日开园。两个特色园区总投资额不少于500亿元。', [['张江总部园', 'zone']], '500亿元', '张江总部园', '张江总部园'],
    ['an article zone named in a list shares the article: no one zone', '张江总部园、上海集成电路设计产业园同时开园。两个特色园区总投资额不少于500亿元。', [['张江总部园', 'zone'], ['上海集成电路设计产业园', 'zone']], '500亿元', '张江总部园', undefined],
  ] as Array<[string, string, Array<[string, Entity['type']]>, string, string, string | undefined]>)('%s', (_what, text, names, figure, zone, subject) => {
    expect(subjectOf(text, names, figure, zone)).toBe(subject);
  });
});
