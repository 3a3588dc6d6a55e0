import { describe, expect, it } from 'vitest';
import { parseReport } from '../api/parseReport.js';
import { readMetric } from './attribute.js';

describe('readMetric', () => {
  it.each([
    { text: '已建成市级及以上研发平台312个', figure: '312个', expected: '研发平台' },
    { text: '引育科技型企业1373家', figure: '1373家', expected: '科技型企业' },
    { text: '总投资约20.8亿元', figure: '约20.8亿元', expected: '总投资' },
    { text: '省级以上研发平台达到17家', figure: '17家', expected: '研发平台' },
    { text: '认定高校、科研院所技术合同639项', figure: '639项', expected: '技术合同' },
    { text: '设立1000万元专项资金', figure: '1000万元', expected: '专项资金' },
    { text: '新增17家省级科技型中小企业', figure: '17家', expected: '科技型中小企业' },
    { text: '集聚了140多家医疗器械企业人才需求', figure: '140多家', expected: '医疗器械企业' },
    { text: '“金凤凰”人才125人', figure: '125人', expected: '“金凤凰”人才' },
    { text: '她在一天内拿到了证件', figure: '一天', expected: undefined },
    // A share's indicator is the whole "part 占 whole" phrase, with or without 的 or 比重.
    { text: '技术收入占总收入的26.8%', figure: '26.8%', expected: '技术收入占总收入' },
    { text: '研发投入占销售收入的比重为15%', figure: '15%', expected: '研发投入占销售收入' },
    { text: '研发投入佔銷售收入15%', figure: '15%', expected: '研发投入佔銷售收入' },
    { text: '项目占地面积约120亩', figure: '约120亩', expected: '项目占地面积' },
    // A personal pronoun opening the clause is who speaks, not what is measured.
    { text: '我们今年实现营业收入5亿元', figure: '5亿元', expected: '营业收入' },
    // A count of zones names them after it; the noun lexicon stops before 高新区, a head noun.
    { text: '在全国169家国家高新区综合评价中', figure: '169家', expected: '国家高新区' },
    // 维持在, 保持在, 稳定在 are glue between an indicator and the level it holds at.
    { text: '园区租用率维持在九成以上', figure: '九成以上', expected: '租用率' },
    { text: '研发投入强度保持在百分之十以上', figure: '百分之十以上', expected: '研发投入强度' },
    // Verbs of building and bringing in (新建, 引进, 培育) open a clause; what they act on is measured.
    { text: '新建5G基站1200个', figure: '1200个', expected: '5G基站' },
    { text: '累计培育国家级专精特新“小巨人”企业58家', figure: '58家', expected: '专精特新“小巨人”企业' },
    { text: '示范区共有国家级专精特新“小巨人”企业980家', figure: '980家', expected: '专精特新“小巨人”企业' },
    // A verb of granting opening the clause is no part of what is granted.
    { text: '对新认定的国家高新技术企业，给予一次性奖励30万元', figure: '30万元', expected: '一次性奖励' },
    { text: '予以研发费用补助200万元', figure: '200万元', expected: '研发费用补助' },
    // So are 发放, 拨付 and 兑现, and the per-head words before them (每人, 每家), as 每月 is.
    { text: '对新引进的博士研究生，每人每月发放生活补贴3000元', figure: '3000元', expected: '生活补贴' },
    { text: '兑现奖补资金3.5亿元', figure: '3.5亿元', expected: '奖补资金' },
    // After an adverb of aspect (已, 正在 …) come verbs, even those that are nouns too; a verb that
    // opens a longer noun (研发平台) is the noun.
    { text: '目前，已布局建设大科学装置12个', figure: '12个', expected: '大科学装置' },
    { text: '园区已建设研发平台12个', figure: '12个', expected: '研发平台' },
    { text: '项目建设规模10万平方米', figure: '10万平方米', expected: '项目建设规模' },
    // A statistics bulletin's words for people and their incomes (人均, 可支配, 居民, 城镇, 常住) are nouns.
    { text: '全年城镇居民人均可支配收入8.6万元', figure: '8.6万元', expected: '城镇居民人均可支配收入' },
    // A verb of completion with 后 opens a clause of time (达产后, 建成后), no part of the indicator.
    { text: '达产后年营收预计超过30亿元', figure: '超过30亿元', expected: '年营收' },
    // Words of support (支持, 资助, 补贴, 奖励 …) are nouns a sum may name after it.
    { text: '对新认定的创新中心，给予最高2000万元支持', figure: '2000万元', expected: '支持' },
    // Verbs of admitting and selecting (录取, 遴选, 吸纳 …) are no part of what is counted.
    { text: '培育计划共录取146间初创企业', figure: '146间', expected: '初创企业' },
    { text: '今年共遴选30家企业', figure: '30家', expected: '企业' },
    { text: '吸纳就业人员1.2万人', figure: '1.2万人', expected: '就业人员' },
    { text: '他们共申请专利30项', figure: '30项', expected: '专利' },
    { text: '我们还是不足200人的小团队', figure: '不足200人', expected: '小团队' },
    // The noun a figure sizes after 的 holds no other figure; a code with a digit in it is a word.
    { text: '以3.4%的土地、5.2%的人口创造了15%的经济总量', figure: '5.2%', expected: undefined },
    { text: '员工人数从不足200人增至近500名', figure: '不足200人', expected: undefined },
    { text: '建成10家5G工厂', figure: '10家', expected: '5G工厂' },
    // A granting verb: what is granted follows the amount, known to the lexicon or not; a cap
    // with nothing of its own is of the award the clause before grants, and how far it reaches
    // (单个企业每年) is no indicator.
    { text: '给予每人最高100万元安家补贴', figure: '100万元', expected: '安家补贴' },
    { text: '按注册资本的10%给予落户奖励，最高不超过500万元', figure: '不超过500万元', expected: '落户奖励' },
    { text: '按实际支出的30%给予补贴，单个企业每年最高200万元', figure: '200万元', expected: '补贴' },
    { text: '按流片费用的40%给予支持，每家企业每年不超过1000万元', figure: '不超过1000万元', expected: '支持' },
    { text: '对首次流片的企业，最高不超过500万元', figure: '不超过500万元', expected: undefined },
    // A movement to a level (回升至) and where a figure usually falls (一般在) are glue.
    { text: '营业额可望回升至1兆元以上', figure: '1兆元以上', expected: '营业额' },
    { text: '单个项目投资额一般在500万元至5000万元之间', figure: '500万元至5000万元', expected: '单个项目投资额' },
    // Adverbs of manner before a change are glue; verbs of holding and receiving open the indicator.
    { text: '营业收入稳步增长12%', figure: '12%', expected: '营业收入' },
    { text: '新能源产业逆势增长23.4%', figure: '23.4%', expected: '新能源产业' },
    { text: '税收收入小幅下降2%', figure: '2%', expected: '税收收入' },
    { text: '园区可容纳企业2000家', figure: '2000家', expected: '企业' },
    { text: '每间每年最多可获资助港币150万元', figure: '港币150万元', expected: '资助' },
    { text: '基金再批出逾4.5亿港元资助', figure: '逾4.5亿港元', expected: '资助' },
    // The few words between the last verb and the noun the lexicon knows are the indicator's.
    { text: '园区公司去年共获得私人投资约港币120亿元', figure: '约港币120亿元', expected: '私人投资' },
    { text: '园区企业拥有有效专利3200件', figure: '3200件', expected: '有效专利' },
    // A lead of one (每个) and its noun say how far a grant reaches; the sum is of what it names after 的.
    { text: '给予每个项目最高500万元的创业启动资金', figure: '500万元', expected: '创业启动资金' },
    // Funding nouns (启动资金, 建设资金 …) are nouns, though their first word is a verb too.
    { text: '安排5000万元的产业建设资金', figure: '5000万元', expected: '产业建设资金' },
    // A determiner's topic (该项目, 该企业) opens the clause, no part of the indicator.
    { text: '该项目总用地面积约326亩', figure: '约326亩', expected: '总用地面积' },
    { text: '该企业研发投入5亿元', figure: '5亿元', expected: '研发投入' },
    // A clause of glue continues a clause that names the indicator and its trend; compounds of head nouns are one indicator.
    { text: '技术合同成交额再创新高，达到356.8亿元', figure: '356.8亿元', expected: '技术合同成交额' },
    // Glue of limits, bases and firsts: 控制在, 同口径, 首次.
    { text: '城镇登记失业率控制在2.5%以内', figure: '2.5%以内', expected: '城镇登记失业率' },
    { text: '一般公共预算收入同口径增长6.2%', figure: '6.2%', expected: '一般公共预算收入' },
    { text: '园区税收收入首次突破100亿元大关', figure: '100亿元', expected: '税收收入' },
    // 在 and 其 open longer words (在孵, 在建, 其他): no lead there.
    { text: '园区在孵企业1800余家', figure: '1800余家', expected: '在孵企业' },
    { text: '全区在校学生3.2万人', figure: '3.2万人', expected: '在校学生' },
    { text: '其他园区事业厂商6家', figure: '6家', expected: '其他园区事业厂商' },
    // The indicator's short name in brackets stands between it and its number; a number in brackets is no name.
    { text: '实现地区生产总值（GDP）4012.6亿元', figure: '4012.6亿元', expected: '地区生产总值' },
    { text: '地区生产总值(GDP)同比增长6.8%', figure: '6.8%', expected: '地区生产总值' },
    { text: '规上工业增加值（2）增长5%', figure: '5%', expected: '规上工业增加值（2）' },
    // A clause of glue after a predicate continues the object the clause before closes on.
    { text: '园区计划扩大孵化器的总面积，期望扩大至5万平方米', figure: '5万平方米', expected: '总面积' },
    { text: '园区将扩建研发楼的建筑面积，期望达到8万平方米', figure: '8万平方米', expected: '建筑面积' },
  ])('$text → $expected', ({ text, figure, expected }) => {
    const start = text.indexOf(figure);
    expect(readMetric(text, start, start + figure.length)).toBe(expected);
  });
});

describe('readMetric of an N大 figure: the noun after it', () => {
  it.each([
    { text: '聚焦电子信息、生物医药、数字经济三大主导产业', figure: '三大', expected: '主导产业' },
    { text: '形成电子信息、生物医药两大千亿级产业集群', figure: '两大', expected: '千亿级产业集群' },
    { text: '建设三大研究集群', figure: '三大', expected: '研究集群' },
    // The noun ends where a verb starts; a word that is a noun too runs on.
    { text: '全区三大主导产业实现营业收入1523亿元', figure: '三大', expected: '主导产业' },
    { text: '量子信息、集成电路、人工智能三大主导产业实现营业收入1523亿元', figure: '三大', expected: '主导产业' },
    { text: '五大产业研发中心建设加快', figure: '五大', expected: '产业研发中心' },
  ])('$text → $expected', ({ text, figure, expected }) => {
    const start = text.indexOf(figure);
    expect(readMetric(text, start, start + figure.length, true)).toBe(expected);
  });
});

// Read through parseReport: these rules need the page's dates (the base of a multiple) or the
// figure before (the part of a share, the indicator of a difference).
describe('metrics that depend on the page (through parseReport)', () => {
  it.each([
    // A multiple of a base year: the indicator stands before 是, compared with the base.
    { text: '全区专利授权量是2015年的3.2倍。', figure: '3.2倍', metric: '专利授权量', measure: 'multiple', compared: true },
    { text: '营业收入是2005年的5.2倍。', figure: '5.2倍', metric: '营业收入', measure: 'multiple', compared: true },
    { text: '园区产值是上年的1.5倍。', figure: '1.5倍', metric: '产值', measure: 'multiple', compared: true },
    // A share of a whole after its part takes the level before it as the part.
    { text: '高新技术企业436家，占全省35.48%。', figure: '35.48%', metric: '高新技术企业占全省', measure: 'share' },
    { text: '园区共有高新技术企业1862家，占全市总量的42%。', figure: '42%', metric: '高新技术企业占全市总量', measure: 'share' },
    { text: '项目总投资5亿元，占地120亩。', figure: '120亩', metric: '占地', measure: 'level' },
    // A bare total is the total of what the sentence counted before it.
    { text: '新认定高新技术企业612家，总数突破5100家。', figure: '5100家', metric: '高新技术企业总数', measure: 'level' },
    { text: '投资5亿元，总投资20亿元。', figure: '20亿元', metric: '总投资', measure: 'level' },
    // A difference from a base that is no date (高于全市…): the base is no indicator.
    { text: '规上工业总产值同比增长12.3%，增速高于全市4.5个百分点。', figure: '4.5个百分点', metric: '规上工业总产值增速', measure: 'change' },
    { text: '地区生产总值同比增长8.7%，高于全省平均水平3.4个百分点。', figure: '3.4个百分点', metric: '地区生产总值', measure: 'change' },
    { text: '失业率低于全国平均水平0.5个百分点。', figure: '0.5个百分点', metric: '失业率', measure: 'change' },
    // A word of aim between the indicator and its number is no part of the indicator.
    { text: '到2025年，地区生产总值力争突破4000亿元。', figure: '4000亿元', metric: '地区生产总值', measure: 'level' },
    // A rate alone takes the level's metric with the rate word, as the page writes it.
    { text: '營業額4.3兆元，成長率為8.6%。', figure: '8.6%', metric: '營業額成長率', measure: 'growth' },
    { text: '營業額4.3兆元，增速提高0.5個百分點。', figure: '0.5個百分點', metric: '營業額增速', measure: 'change' },
    // A glue character ending a longer word (签约) is that word's, not glue.
    { text: '青岛高新区集中签约15个重大项目', figure: '15个', metric: '重大项目', measure: 'level' },
    // A count whose noun follows it to the clause's end counts that noun.
    { text: '西安高新区出台支持硬科技企业发展十条措施', figure: '十条', metric: '措施', measure: 'level' },
    { text: '园区下辖四个街道，常住人口约76万。', figure: '四个', metric: '街道', measure: 'level' },
    { text: '园区建成研发平台312个，', figure: '312个', metric: '研发平台', measure: 'level' },
    // The short name in brackets of an indicator whose name the page already holds (an alias) is passed over too.
    { text: '上半年，全区实现地区生产总值（GDP）4012.6亿元。', figure: '4012.6亿元', metric: '地区生产总值', measure: 'level' },
    // A share after a growth with no level before it: the growth's indicator is the part.
    { text: '数字经济核心产业增加值同比增长11.2%，占GDP比重提高到45.6%。', figure: '45.6%', metric: '数字经济核心产业增加值占GDP', measure: 'share' },
    // What holds the indicator opens the clause before a date that splits it from the indicator;
    // a counted subject or a predicate's object before a date holds nothing.
    { text: '其中，集成电路产业1至9月营业额9734亿元。', figure: '9734亿元', metric: '集成电路产业营业额', measure: 'level' },
    { text: '今年园区营业额应可挑战2010年历史高点2.15万亿元。', figure: '2.15万亿元', metric: '历史高点', measure: 'level' },
    // A date opening a clause of glue stands between it and the clause before.
    { text: '研发经费支出增长较快，全年达到58.6亿元。', figure: '58.6亿元', metric: '研发经费支出', measure: 'level' },
    // A count's noun runs to the verb after it (取得 is a verb).
    { text: '共计25家供应商取得认证并开始批量供货。', figure: '25家', metric: '供应商', measure: 'level' },
    // A move of places with no indicator of its own is a move in the ranking its sentence names.
    { text: '株洲高新区在全国178家国家高新区中排名第38位，较上年提升5位。', figure: '5位', metric: '排名', measure: 'change', compared: true },
    // Where the lexicon stops short on no head noun, the words to the clause's end; a head ends it.
    { text: '还将举办高峰论坛等20余场专业活动。', figure: '20余场', metric: '专业活动', measure: 'level' },
    { text: '东湖高新区140多家医疗器械企业人才需求旺盛。', figure: '140多家', metric: '医疗器械企业', measure: 'level' },
  ])('$text → $metric ($measure)', ({ text, figure, metric, measure, compared }) => {
    const f = parseReport(text, { referenceDate: '2022-11-15' }).figures.find((x) => x.text === figure);
    expect(f).toMatchObject({ metric, measure });
    expect(f?.comparedTo !== undefined).toBe(compared === true);
  });
});

describe('attributeFigures (through parseReport)', () => {
  const text = [
    '常州高新区出台新政',
    '',
    '据悉，星河实验室是常州高新区的重点工程，总投资约12.5亿元，占地约80亩。',
    '',
    '截至今年9月，常州高新区已建成研发平台36个，引育科技型企业980家。',
    '',
    '此外，科技金融持续发力。常州高新区推出“科创贷”。截至今年9月，知识产权质押贷款126户。',
  ].join('\n');
  const report = parseReport(text, { referenceDate: '2022-11-15' });
  const figure = (t: string) => report.figures.find((f) => f.text === t)!;

  it.each([
    { figure: '约12.5亿元', metric: '总投资', subject: '星河实验室' },
    { figure: '约80亩', metric: '占地', subject: '星河实验室' },
    { figure: '36个', metric: '研发平台', subject: '常州高新技术产业开发区' },
    { figure: '980家', metric: '科技型企业', subject: '常州高新技术产业开发区' },
    { figure: '126户', metric: '知识产权质押贷款', subject: '常州高新技术产业开发区' },
  ])('$figure is $metric of $subject', ({ figure: t, metric, subject }) => {
    expect(figure(t)).toMatchObject({ metric, subject, article: 0 });
  });
});

describe('a 分别 list of names gives each figure its subject (through parseReport)', () => {
  it.each([
    {
      text: '其中，长沙高新区营业收入突破4000亿元，株洲高新区、湘潭高新区分别达到2100亿元和1500亿元。',
      expected: [['4000亿元', '营业收入', '长沙高新技术产业开发区'], ['2100亿元', '营业收入', '株洲高新技术产业开发区'], ['1500亿元', '营业收入', '湘潭高新技术产业开发区']],
    },
    // A place before the last name shares its zone word (长沙、株洲、湘潭高新区: 长沙高新区 …).
    {
      text: '长沙、株洲、湘潭高新区分别实现营业收入5820亿元、3105亿元和1688亿元。',
      expected: [['5820亿元', '营业收入', '长沙高新区'], ['3105亿元', '营业收入', '株洲高新区'], ['1688亿元', '营业收入', '湘潭高新技术产业开发区']],
    },
    // Items that are no names stay metrics.
    { text: '工业投资、产业投资分别为6.8亿元和7.4亿元。', expected: [['6.8亿元', '工业投资', undefined], ['7.4亿元', '产业投资', undefined]] },
  ])('$text', ({ text, expected }) => {
    const figures = parseReport(text, { referenceDate: '2024-11-15' }).figures;
    expect(figures.map((f) => [f.text, f.metric, f.subject])).toEqual(expected);
  });
});
