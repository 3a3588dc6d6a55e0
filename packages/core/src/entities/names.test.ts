import { describe, expect, it } from 'vitest';
import { findNames } from './names.js';

const found = (text: string) =>
  findNames(text)
    .names.filter((c) => c.source !== 'lexicon')
    .map((c) => `${c.type}:${text.slice(c.start, c.end)}`);

describe('findNames: suffix names and their left edge', () => {
  it.each([
    { name: 'a place starts a company', text: '由浙江云帆智能科技有限公司投资', expected: ['organization:浙江云帆智能科技有限公司'] },
    { name: 'a verb closes a descriptive name', text: '穿行医疗器械与生物医药产业园的厂房', expected: ['zone:医疗器械与生物医药产业园'] },
    // Verbs of building and founding (新建, 筹建, 在建, 引入 …) close a name as 建成 and 成立 do.
    { name: '新建 closes a name', text: '区内企业新建研发中心12家', expected: [] },
    { name: '扩建 closes a name', text: '扩建云帆产业园', expected: ['zone:云帆产业园'] },
    { name: '创建 closes a name', text: '创建云帆实验室', expected: ['organization:云帆实验室'] },
    // A research body names its fields joined by 与; the later may be words the lexicon lacks.
    { name: 'a research body joins two fields', text: '中国科学院苏州纳米技术与纳米仿生研究所研究员', expected: ['organization:中国科学院苏州纳米技术与纳米仿生研究所'] },
    { name: 'a body before 与 is another party', text: '公司与鹏城研究院签约', expected: ['organization:鹏城研究院'] },
    { name: 'a company joins no unknown field', text: '生物技术与云帆有限公司', expected: ['organization:云帆有限公司'] },
    // Hong Kong's 创科 (innovation and technology) and 社群 are common words: no trade name.
    { name: 'a community of companies is no company', text: '科技园公司的创科社群公司数目达1800间', expected: ['organization:科技园公司'] },
    { name: '创科 in a company name', text: '香港创科发展有限公司', expected: ['organization:香港创科发展有限公司'] },
    // Words of praise close a name: what they open is a description.
    { name: 'a world-class park is a description', text: '打造世界一流高科技园区', expected: [] },
    { name: 'a leading park is a description', text: '建设国际一流科技园区', expected: [] },
    { name: 'a name after a word of praise', text: '国内领先云帆智能科技有限公司', expected: ['organization:云帆智能科技有限公司'] },
    // 企业家, 科学家 are words: their 家 is no classifier closing the name.
    { name: 'an association of entrepreneurs', text: '中关村企业家协会会长刘军表示', expected: ['organization:中关村企业家协会'] },
    // A park with a proper name of its own opening a clause is one of the zone's parks (一区多园);
    // 园区 after a common word (部分, 周边, 现有) is no name.
    { name: 'parks of a zone listed by clause', text: '分园区看，麓谷园区实现总收入2150亿元；岳麓园区实现总收入860亿元', expected: ['zone:麓谷园区', 'zone:岳麓园区'] },
    { name: 'some parks are no park', text: '其中，部分园区实现增长，周边园区和现有园区也在扩大', expected: [] },
    { name: 'a park word inside a clause needs a place', text: '企业入驻云帆园区', expected: [] },
    // An amount's unit closes a name as its digits do, and the verb it pays for is no part of it.
    { name: 'an amount before a park', text: '将在高新区投资15亿元建设生命科学产业园', expected: [] },
    { name: 'an amount before a lab', text: '投资3万元建设云帆实验室', expected: ['organization:云帆实验室'] },
    { name: '新建区 is still a district', text: '南昌市新建区科技局', expected: ['organization:南昌市新建区科技局'] },
    { name: 'an organisation joins a sub-unit', text: '北京大学重庆大数据研究院数值计算实验室', expected: ['organization:北京大学重庆大数据研究院', 'organization:北京大学重庆大数据研究院数值计算实验室'] },
    { name: 'a weak suffix needs a prefix', text: '在场所和住所内', expected: [] },
    { name: '局 in 布局 is no bureau', text: '优化创新布局', expected: [] },
    { name: '大学 before 城 is no university', text: '建设大学城', expected: [] },
    { name: 'a quotation is the whole name', text: '以“高端医疗器械山东省实验室”落户为契机', expected: ['organization:高端医疗器械山东省实验室'] },
    { name: 'a product name with a proper head', text: '研发的北辰天工数值计算通用软件正式发布', expected: ['work:北辰天工数值计算通用软件'] },
    { name: 'a generic product is no name', text: '这是首款国产科学计算软件', expected: [] },
    { name: 'a title in 《》', text: '获得《建设工程规划许可证》', expected: ['work:《建设工程规划许可证》'] },
    { name: 'a quoted policy name', text: '推进“金凤凰”人才支持政策落地', expected: ['work:金凤凰'] },
    { name: 'list items before 等…大厂', text: '台积电、联发科等半导体大厂持续扩产', expected: ['organization:台积电', 'organization:联发科'] },
    { name: 'list items', text: '集聚了威高集团、吉泰医疗、大正医疗等120多家高科技企业', expected: ['organization:威高集团', 'organization:威高集团', 'organization:吉泰医疗', 'organization:大正医疗'] },
  ])('$name', ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });

  it('returns back references apart', () => {
    const text = '该园区集聚了企业';
    expect(findNames(text).backReferences.map((c) => text.slice(c.start, c.end))).toEqual(['该园区']);
  });
});
