import { describe, expect, it } from 'vitest';
import { parseReport } from '../api/parseReport.js';

// A page written for this test, laid out as the corpus pages are.
const PAGE = [
  '',
  '坚持创新驱动发展',
  '',
  '常州高新区,以创新为先',
  '',
  '张海 本报记者 刘洋',
  '',
  '常州高新区今年新增科技型企业120家，建成研发平台36个。',
  '',
  '打造人才高地 增强发展动力',
  '',
  '常州高新区引进高层次人才300名。',
  '',
  '',
  '',
  '图片来源:苏州高新区',
  '',
  '近日,苏州高新区与苏州科技学院签约，双方共建联合实验室。',
  '',
  '林可',
  '',
  '南京高新区: 新增25家高新技术企业',
  '',
  '本报讯 近日,南京高新区25家企业通过高新技术企业认定，数量创新高。 周一鸣',
  '',
].join('\n');

describe('findArticles (through parseReport)', () => {
  const articles = parseReport(PAGE, { referenceDate: '2022-11-15' }).articles;

  it('splits the page into its articles', () => {
    expect(articles).toHaveLength(3);
  });

  it.each([
    { field: 'title', expected: ['坚持创新驱动发展', undefined, '南京高新区: 新增25家高新技术企业'] },
    { field: 'subtitle', expected: ['常州高新区,以创新为先', undefined, undefined] },
    { field: 'zone', expected: ['常州高新区', '苏州高新区', '南京高新区'] },
    { field: 'dateline', expected: [undefined, undefined, '本报讯'] },
    { field: 'signature', expected: [undefined, '林可', '周一鸣'] },
    { field: 'sections', expected: [['打造人才高地 增强发展动力'], [], []] },
    { field: 'photoCredits', expected: [[], ['图片来源:苏州高新区'], []] },
  ] as const)('reads $field', ({ field, expected }) => {
    expect(articles.map((a) => a[field])).toEqual(expected);
  });

  it('reads authors with their roles and spans in the text', () => {
    expect(articles.map((a) => a.authors.map((x) => `${x.name}/${x.role}`))).toEqual([['张海/作者', '刘洋/本报记者'], ['林可/作者'], ['周一鸣/作者']]);
    for (const a of articles) for (const x of a.authors) if (x.start !== undefined) expect(PAGE.slice(x.start, x.end)).toBe(x.name);
  });

  it('keeps paragraphs and article spans in the original text', () => {
    expect(articles[0]!.paragraphs).toHaveLength(2);
    expect(PAGE.slice(articles[2]!.start, articles[2]!.end).startsWith('南京高新区')).toBe(true);
    expect(PAGE.slice(articles[0]!.paragraphs![0]!.start, articles[0]!.paragraphs![0]!.end)).toBe('常州高新区今年新增科技型企业120家，建成研发平台36个。');
  });

  it('reads credits in brackets after the dateline', () => {
    const page = '新区引进项目\n\n本报讯（记者 刘洋 通讯员 周一鸣）近日，常州高新区引进项目10个。';
    expect(parseReport(page).articles[0]?.authors.map((a) => `${a.name}/${a.role}`)).toEqual(['刘洋/记者', '周一鸣/通讯员']);
  });

  it.each([
    { page: '光谷前三季度营收增长\n\n今年前三季度，武汉市东湖高新区营收增长。光谷企业持续发力。', zone: '武汉市东湖高新区' },
    { page: '中科營業額成長\n\n中部科學工業園區今年營業額成長，中科廠商持續擴廠。', zone: '中部科學工業園區' },
  ])('gives a zone a title names by its short name by the fullest form the article writes ($zone)', ({ page, zone }) => {
    expect(parseReport(page, { referenceDate: '2022-11-15' }).articles[0]?.zone).toBe(zone);
  });

  it('reads a dateline before 讯 and its bracketed credits', () => {
    const page = '北京商报讯(记者 金一力 刘文华)4月1日，中关村示范区总收入增长。';
    expect(parseReport(page, { referenceDate: '2025-04-01' }).articles[0]?.authors.map((a) => `${a.name}/${a.role}`)).toEqual(['金一力/记者', '刘文华/记者']);
  });

  it.each([
    { page: '合肥高新区上半年产值增长\n来源：安徽日报 2024-07-18 记者 陈晓明\n本报讯 7月17日，合肥高新区新增高新技术企业186家。', authors: ['陈晓明/记者'] },
    { page: '新区引进项目\n時間:2011-04-02 11:43:44來源:作者:夏丹\n近日，开发区引进项目10个。', authors: ['夏丹/作者'] },
    { page: '长春高新区排名上升\n来源:香港商报\n长春高新区可持续发展能力升至全国第四。', authors: [] },
    { page: '竹科營業額創新高\n來源：經濟日報 2023-02-20 記者 陳曉明\n近日，竹科營業額創新高。', authors: ['陳曉明/記者'] },
  ])('takes a line of fields for no subtitle or paragraph, and its credits for authors ($authors)', ({ page, authors }) => {
    const article = parseReport(page, { referenceDate: '2024-11-15' }).articles[0]!;
    expect(article.subtitle).toBeUndefined();
    expect(article.authors.map((a) => `${a.name}/${a.role}`)).toEqual(authors);
    expect(page.slice(article.paragraphs![0]!.start, article.paragraphs![0]!.start + 2)).toMatch(/^(?:本报|近日|长春)/);
  });

  it.each([
    { page: '关于印发《促进科技成果转化若干措施》的通知\n\n宁高新管发〔2024〕18号\n\n各街道、各部门：\n\n现将《若干措施》印发给你们，请认真贯彻执行。', title: '关于印发《促进科技成果转化若干措施》的通知' },
    { page: '关于开展虹口区2024年高新技术企业奖励申报工作的通知\n\n各有关单位:\n\n根据有关文件精神，现将申报工作通知如下。', title: '关于开展虹口区2024年高新技术企业奖励申报工作的通知' },
    { page: '园区出台新政\n\n主要措施如下：\n\n一是加大研发投入奖励。', title: '园区出台新政' },
    // Nor are the issuing body alone on its line, or a numbered section heading (the first section).
    { page: '2023年西安高新区统计公报\n\n西安高新区统计局\n\n一、综合\n\n全年实现地区生产总值3158.62亿元。', title: '2023年西安高新区统计公报', sections: ['一、综合'] },
    { page: '湘西高新区1-7月主要经济指标完成情况\n（一）财政收支\n1-7月，完成财政总收入5.2亿元。\n（二）固定资产投资\n固定资产投资增长8%。', title: '湘西高新区1-7月主要经济指标完成情况', sections: ['（一）财政收支', '（二）固定资产投资'] },
    // The rows of a table under its caption are no part of the title either.
    { page: '2024年1-6月主要经济指标\n\n指标名称\t单位\t1-6月\n总收入\t亿元\t45236.8\n技术收入\t亿元\t13105.4', title: '2024年1-6月主要经济指标' },
    { page: '2023年主要指标\n园区名称 营业收入\n张江科学城 3860.5\n紫竹高新区 1120.3', title: '2023年主要指标' },
  ])('takes an official notice\'s number, a line ending in a colon, its issuer, a numbered section and a table\'s rows for no part of its title ($title)', ({ page, title, sections }) => {
    const articles = parseReport(page, { referenceDate: '2024-11-15' }).articles;
    const article = articles[0]!;
    expect(articles).toHaveLength(1);
    expect(article.title).toBe(title);
    expect(article.subtitle).toBeUndefined();
    expect(article.kicker).toBeUndefined();
    if (sections) expect(article.sections).toEqual(sections);
  });

  it.each([
    { page: '园区引进项目\n\n【香港商报讯】实习记者王胜明报道:日前，园区引进项目10个。', dateline: '【香港商报讯】', authors: ['王胜明/实习记者'] },
    { page: '【新唐人2013年02月20日讯】(中央社记者林孟文台北20日电)国科会表示，园区新增职缺1.1万个。', dateline: '【新唐人2013年02月20日讯】', authors: ['林孟文/中央社记者'] },
    { page: '南科產值創新高\n\n【大紀元11月12日訊】〔自由時報記者洪友明╱新竹報導〕南科今年產值將逾3千億元。', dateline: '【大紀元11月12日訊】', authors: ['洪友明/自由時報記者'] },
    { page: '园区新增企业\n\n中新网北京1月5日电 (记者 张明)今年园区新增企业120家。', dateline: '中新网北京1月5日电', authors: ['张明/记者'] },
    // Taiwan's papers open with the reporter's credit and the place filed from, in brackets.
    { page: '竹科營收創新高\n\n【記者林怡文／新竹報導】竹科今年前三季營業額成長8.6%。', dateline: '【記者林怡文／新竹報導】', authors: ['林怡文/記者'] },
    { page: '南科營收創新高\n\n〔記者洪友明／台南報導〕南科前三季營業額達8,250億元。', dateline: '〔記者洪友明／台南報導〕', authors: ['洪友明/記者'] },
  ])('reads a bracketed dateline and the credits after it ($dateline)', ({ page, dateline, authors }) => {
    const article = parseReport(page, { referenceDate: '2013-02-20' }).articles[0]!;
    expect(article.dateline).toBe(dateline);
    expect(article.authors.map((a) => `${a.name}/${a.role}`)).toEqual(authors);
  });

  it.each([
    { page: '竹科營收創新高\n2024/10/25 經濟日報 記者李孟文／新竹報導\n\n國科會昨（24）日公布，竹科營業額成長18.6%。', authors: ['李孟文/記者'] },
    { page: '园区营收增长\n2024-07-18 10:32 科技日报 记者 陈晓文\n\n园区营收增长8.6%。', authors: ['陈晓文/记者'] },
    { page: '园区营收增长\n2024-07-18 科技日报\n\n园区营收增长8.6%。', authors: [] },
  ])('reads a masthead line that opens with its date as the page\'s fields, its reporter the author ($authors)', ({ page, authors }) => {
    const report = parseReport(page);
    const article = report.articles[0]!;
    expect(report.referenceDateSource).toBe('dateline');
    expect(article.subtitle).toBeUndefined();
    expect(article.authors.map((a) => `${a.name}/${a.role}`)).toEqual(authors);
  });

  it.each([
    { page: '园区项目开工\n\n今天，10个项目现场签约。(记者 杨明)', authors: ['杨明/记者'], signature: undefined },
    { page: '园区项目开工\n\n今天，10个项目现场签约。 ( 王继文)', authors: ['王继文/作者'], signature: '王继文' },
    { page: '园区项目开工\n\n今天，10个项目现场签约。\n（本报记者 张伟）', authors: ['张伟/本报记者'], signature: undefined },
    { page: '园区项目开工\n\n今天，10个项目现场签约。\n(试点)', authors: [], signature: undefined },
  ])('reads credits in brackets closing the article ($authors)', ({ page, authors, signature }) => {
    const article = parseReport(page, { referenceDate: '2013-02-20' }).articles[0]!;
    expect(article.authors.map((a) => `${a.name}/${a.role}`)).toEqual(authors);
    expect(article.signature).toBe(signature);
  });

  it('gives a page without structure one article and an empty page none', () => {
    expect(parseReport('常州高新区今年新增科技型企业120家。').articles).toHaveLength(1);
    expect(parseReport('').articles).toEqual([]);
  });
});
