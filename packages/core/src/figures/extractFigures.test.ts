import { describe, expect, it } from 'vitest';
import type { Approx, FigureKind } from '../models/figure.js';
import { extractFigures } from './extractFigures.js';

/** [text as written, kind, value, unit, approx, min?, max?] */
type Expected = [string, FigureKind, number, string | undefined, Approx, number?, number?];

const REF = { referenceDate: '2022-11-15' } as const;

function check(text: string, expected: Expected[], options: Parameters<typeof extractFigures>[1] = REF): void {
  const got = extractFigures(text, options);
  const shown = got.map((f) => [f.text, f.kind, f.value, f.unit, f.approx, f.min, f.max]);
  const want = expected.map(([t, k, v, u, a, min, max]) => [t, k, v, u, a, min, max]);
  expect(shown, `text: ${text}`).toEqual(want);
  for (const f of got) {
    expect(f.text).toBe(text.slice(f.start, f.end));
    expect(text.indexOf(f.text)).toBeGreaterThanOrEqual(0);
  }
}

describe('Arabic numbers: separators, decimals, full-width digits', () => {
  it.each<[string, Expected[]]>([
    ['引育科技型企业1,373家', [['1,373家', 'count', 1373, '家', 'exact']]],
    ['引育科技型企业1，373家', [['1，373家', 'count', 1373, '家', 'exact']]],
    ['全年营收12,345,678元', [['12,345,678元', 'money', 12345678, 'CNY', 'exact']]],
    ['同比增长12.6%', [['12.6%', 'percent', 12.6, '%', 'exact']]],
    ['入驻企业１２３家', [['１２３家', 'count', 123, '家', 'exact']]],
    ['增长１２．５％', [['１２．５％', 'percent', 12.5, '%', 'exact']]],
    ['投资0.85亿元', [['0.85亿元', 'money', 85000000, 'CNY', 'exact']]],
    ['共有孵化器16 个', [['16 个', 'count', 16, '个', 'exact']]],
    ['建成厂房3.5万平方米', [['3.5万平方米', 'area', 35000, 'm2', 'exact']]],
    ['实现产值1.2万亿元', [['1.2万亿元', 'money', 1.2e12, 'CNY', 'exact']]],
    ['营业收入达1523亿元', [['1523亿元', 'money', 152300000000, 'CNY', 'exact']]],
    ['日均客流3万人次', [['3万人次', 'count', 30000, '人次', 'exact']]],
  ])('%s', (text, expected) => check(text, expected));
});

describe('Chinese, financial and Traditional numerals', () => {
  it.each<[string, Expected[]]>([
    ['新建七栋厂房', [['七栋', 'count', 7, '栋', 'exact']]],
    ['引进十四家企业', [['十四家', 'count', 14, '家', 'exact']]],
    ['投入一千二百万元', [['一千二百万元', 'money', 12000000, 'CNY', 'exact']]],
    ['建成两座研发楼', [['两座', 'count', 2, '座', 'exact']]],
    ['共二〇五家企业', [['二〇五家', 'count', 205, '家', 'exact']]],
    ['新增三百零六户', [['三百零六户', 'count', 306, '户', 'exact']]],
    ['拨付资金壹佰伍拾万元', [['壹佰伍拾万元', 'money', 1500000, 'CNY', 'exact']]],
    ['合同金额贰仟叁佰元', [['贰仟叁佰元', 'money', 2300, 'CNY', 'exact']]],
    ['园区集聚企业一千三百多家', [['一千三百多家', 'count', 1300, '家', 'over']]],
    ['吸引投资二十五亿元', [['二十五亿元', 'money', 2500000000, 'CNY', 'exact']]],
    ['新增就业岗位六千个', [['六千个', 'count', 6000, '个', 'exact']]],
    ['引進企業十四家', [['十四家', 'count', 14, '家', 'exact']]],
    ['投資金額達2萬億元', [['2萬億元', 'money', 2e12, 'CNY', 'exact']]],
    ['員工約1.3萬人', [['約1.3萬人', 'count', 13000, '人', 'about']]],
    ['新設公司兩個', [['兩個', 'count', 2, '個', 'exact']]],
    ['投資九點五億元', [['九點五億元', 'money', 950000000, 'CNY', 'exact']]],
  ])('%s', (text, expected) => check(text, expected));
});

describe('mixed numerals and magnitudes', () => {
  it.each<[string, Expected[]]>([
    ['建筑面积13.5万平方米', [['13.5万平方米', 'area', 135000, 'm2', 'exact']]],
    ['实现收入2兆2300億元', [['2兆2300億元', 'money', 2.23e12, 'CNY', 'exact']]],
    ['年产值3万4000吨', [['3万4000吨', 'other', 34000, '吨', 'exact']]],
    ['投入5千万元', [['5千万元', 'money', 50000000, 'CNY', 'exact']]],
    ['就业人数达25万6千人', [['25万6千人', 'count', 256000, '人', 'exact']]],
    ['总投资一万五千亿元', [['一万五千亿元', 'money', 1.5e12, 'CNY', 'exact']]],
    ['惠及十余万人', [['十余万人', 'count', 100000, '人', 'over']]],
    ['融资500余万元', [['500余万元', 'money', 5000000, 'CNY', 'over']]],
    ['覆盖一千多万人', [['一千多万人', 'count', 10000000, '人', 'over']]],
    ['年销售额超百亿元', [['超百亿元', 'money', 10000000000, 'CNY', 'over']]],
  ])('%s', (text, expected) => check(text, expected));
});

describe('qualifiers before the number', () => {
  it.each<[string, Expected[]]>([
    ['总投资约20.8亿元', [['约20.8亿元', 'money', 2080000000, 'CNY', 'about']]],
    ['大约300名员工', [['大约300名', 'count', 300, '名', 'about']]],
    ['近400个研发机构', [['近400个', 'count', 400, '个', 'about']]],
    ['接近100%', [['接近100%', 'percent', 100, '%', 'about']]],
    ['将近50家企业', [['将近50家', 'count', 50, '家', 'about']]],
    ['超60%的企业', [['超60%', 'percent', 60, '%', 'over']]],
    ['超过1600个用户', [['超过1600个', 'count', 1600, '个', 'over']]],
    ['逾300亿元', [['逾300亿元', 'money', 30000000000, 'CNY', 'over']]],
    ['不足200人', [['不足200人', 'count', 200, '人', 'under']]],
    ['不到10%', [['不到10%', 'percent', 10, '%', 'under']]],
    ['至少5家', [['至少5家', 'count', 5, '家', 'over']]],
    ['不少于3000平方米', [['不少于3000平方米', 'area', 3000, 'm2', 'over']]],
    ['不超过500万元', [['不超过500万元', 'money', 5000000, 'CNY', 'under']]],
    ['最近3年', [['3年', 'duration', 3, '年', 'exact']]],
    ['附近5公里', [['5公里', 'other', 5, '公里', 'exact']]],
  ])('%s', (text, expected) => check(text, expected));
});

describe('qualifiers after the number or the unit', () => {
  it.each<[string, Expected[]]>([
    ['研发人员1500余名', [['1500余名', 'count', 1500, '名', 'over']]],
    ['高校150多所', [['150多所', 'count', 150, '所', 'over']]],
    ['10来个项目', [['10来个', 'count', 10, '个', 'over']]],
    ['单笔300万元以上', [['300万元以上', 'money', 3000000, 'CNY', 'over']]],
    ['贷款100万元以下', [['100万元以下', 'money', 1000000, 'CNY', 'under']]],
    ['研发投入15%左右', [['15%左右', 'percent', 15, '%', 'about']]],
    ['规模50亿元上下', [['50亿元上下', 'money', 5000000000, 'CNY', 'about']]],
    ['吸纳就业3000人之多', [['3000人之多', 'count', 3000, '人', 'over']]],
    ['3个工作日以内办结', [['3个工作日以内', 'duration', 3, '工作日', 'under']]],
    ['不良率控制在1%以内', [['1%以内', 'percent', 1, '%', 'under']]],
    ['带动300家上下游企业', [['300家', 'count', 300, '家', 'exact']]],
  ])('%s', (text, expected) => check(text, expected));
});

describe('ranges are one figure', () => {
  it.each<[string, Expected[]]>([
    ['投资300至500万元', [['300至500万元', 'money', 3000000, 'CNY', 'exact', 3000000, 5000000]]],
    ['培育10—20家企业', [['10—20家', 'count', 10, '家', 'exact', 10, 20]]],
    ['周期2-3年', [['2-3年', 'duration', 2, '年', 'exact', 2, 3]]],
    ['补贴两到三万元', [['两到三万元', 'money', 20000, 'CNY', 'exact', 20000, 30000]]],
    ['增长10%至20%', [['10%至20%', 'percent', 10, '%', 'exact', 10, 20]]],
    ['单个项目300万至2000万元', [['300万至2000万元', 'money', 3000000, 'CNY', 'exact', 3000000, 20000000]]],
    ['引进约30～50名人才', [['约30～50名', 'count', 30, '名', 'about', 30, 50]]],
    ['两三个项目', [['两三个', 'count', 2, '个', 'about', 2, 3]]],
  ])('%s', (text, expected) => check(text, expected));
});

describe('money and currencies', () => {
  it.each<[string, Expected[]]>([
    ['融资1200亿美元', [['1200亿美元', 'money', 120000000000, 'USD', 'exact']]],
    ['投资2亿欧元', [['2亿欧元', 'money', 200000000, 'EUR', 'exact']]],
    ['每股1.95港元', [['1.95港元', 'money', 1.95, 'HKD', 'exact']]],
    ['签约3000万日元', [['3000万日元', 'money', 30000000, 'JPY', 'exact']]],
    ['营收50亿新台币', [['50亿新台币', 'money', 5000000000, 'TWD', 'exact']]],
    ['注册资本5000万元人民币', [['5000万元人民币', 'money', 50000000, 'CNY', 'exact']]],
    ['收购价500万英镑', [['500万英镑', 'money', 5000000, 'GBP', 'exact']]],
    ['标价$20', [['$20', 'money', 20, 'USD', 'exact']]],
    ['售价￥300', [['￥300', 'money', 300, 'CNY', 'exact']]],
    ['人均可支配收入4.9万元', [['4.9万元', 'money', 49000, 'CNY', 'exact']]],
    ['房价每平方米1.8万元', [['1.8万元', 'money', 18000, 'CNY', 'exact']]],
    ['租金30元/平方米', [['30元/平方米', 'money', 30, 'CNY', 'exact']]],
  ])('%s', (text, expected) => check(text, expected));

  it('reads a bare 元 as TWD on a Taiwan page', () => {
    check('新竹科學園區去年營業額達1.58兆元，較前年成長約12%，新臺幣計價。', [
      ['1.58兆元', 'money', 1.58e12, 'TWD', 'exact'],
      ['約12%', 'percent', 12, '%', 'about'],
    ]);
  });
  it('lets a currency word win over the page region', () => {
    check('竹科廠商在臺灣投資新臺幣100億元，並赴美投資5億美元。', [
      ['100億元', 'money', 10000000000, 'TWD', 'exact'],
      ['5億美元', 'money', 500000000, 'USD', 'exact'],
    ]);
  });
  it('keeps a bare 元 as CNY on a Traditional page without Taiwan signals', () => {
    check('中關村示範區實現總收入8.4萬億元', [['8.4萬億元', 'money', 8.4e12, 'CNY', 'exact']]);
  });
  it('uses the region the caller gives', () => {
    check('营收300亿元', [['300亿元', 'money', 30000000000, 'TWD', 'exact']], { ...REF, region: 'taiwan' });
  });
});

describe('area in square metres', () => {
  it.each<[string, Expected[]]>([
    ['占地约128亩', [['约128亩', 'area', 85333.3333333333, 'm2', 'about']]],
    ['规划面积100平方公里', [['100平方公里', 'area', 100000000, 'm2', 'exact']]],
    ['用地15公顷', [['15公顷', 'area', 150000, 'm2', 'exact']]],
    ['建筑面积2.5万平方米', [['2.5万平方米', 'area', 25000, 'm2', 'exact']]],
    ['面积1.5平方千米', [['1.5平方千米', 'area', 1500000, 'm2', 'exact']]],
    ['厂房3000平米', [['3000平米', 'area', 3000, 'm2', 'exact']]],
    ['進駐面積共1,400公頃', [['1,400公頃', 'area', 14000000, 'm2', 'exact']]],
    ['流转土地200余亩', [['200余亩', 'area', 133333.333333333, 'm2', 'over']]],
  ])('%s', (text, expected) => check(text, expected));
});

describe('percent, percentage points and multiples', () => {
  it.each<[string, Expected[]]>([
    ['占比百分之三十', [['百分之三十', 'percent', 30, '%', 'exact']]],
    ['增长百分之12.5', [['百分之12.5', 'percent', 12.5, '%', 'exact']]],
    ['复工率达到九成以上', [['九成以上', 'percent', 90, '%', 'over']]],
    ['超七成企业', [['超七成', 'percent', 70, '%', 'over']]],
    ['占全国一成左右', [['一成左右', 'percent', 10, '%', 'about']]],
    ['提高3.4个百分点', [['3.4个百分点', 'percentagePoint', 3.4, '个百分点', 'exact']]],
    ['下降0.8个百分点', [['0.8个百分点', 'percentagePoint', 0.8, '个百分点', 'exact']]],
    ['增長1.2個百分點', [['1.2個百分點', 'percentagePoint', 1.2, '个百分点', 'exact']]],
    ['增长2.7倍', [['2.7倍', 'multiple', 2.7, '倍', 'exact']]],
    ['是去年的两倍', [['两倍', 'multiple', 2, '倍', 'exact']]],
    ['同比增长-5.2%', [['-5.2%', 'percent', -5.2, '%', 'exact']]],
    ['增長約10.2％', [['約10.2％', 'percent', 10.2, '%', 'about']]],
  ])('%s', (text, expected) => check(text, expected));
});

describe('counts with classifiers and the N大 form', () => {
  it.each<[string, Expected[]]>([
    ['构建三大研究集群', [['三大', 'count', 3, '大', 'exact']]],
    ['布局六大公共技术平台', [['六大', 'count', 6, '大', 'exact']]],
    ['实施十大工程', [['十大', 'count', 10, '大', 'exact']]],
    ['获得七证', [['七证', 'count', 7, '证', 'exact']]],
    ['签约项目43个', [['43个', 'count', 43, '个', 'exact']]],
    ['引进院士2名', [['2名', 'count', 2, '名', 'exact']]],
    ['开展职务科技成果改革试点8所', [['8所', 'count', 8, '所', 'exact']]],
    ['放款31户', [['31户', 'count', 31, '户', 'exact']]],
    ['厂房15栋', [['15栋', 'count', 15, '栋', 'exact']]],
    ['发明专利120件', [['120件', 'count', 120, '件', 'exact']]],
    ['新增设备30台套', [['30台套', 'count', 30, '台套', 'exact']]],
    ['举办招聘会120场次', [['120场次', 'count', 120, '场次', 'exact']]],
    ['新增融资事件81起', [['81起', 'count', 81, '起', 'exact']]],
    ['发放贷款1.2万笔', [['1.2万笔', 'count', 12000, '笔', 'exact']]],
    ['出台政策15项', [['15项', 'count', 15, '项', 'exact']]],
    ['技术合同639项', [['639项', 'count', 639, '项', 'exact']]],
    ['院士工作站5位院士', [['5位', 'count', 5, '位', 'exact']]],
    ['新药3款', [['3款', 'count', 3, '款', 'exact']]],
    ['公寓200套', [['200套', 'count', 200, '套', 'exact']]],
    ['企业二十一家', [['二十一家', 'count', 21, '家', 'exact']]],
  ])('%s', (text, expected) => check(text, expected));
});

describe('durations and other units', () => {
  it.each<[string, Expected[]]>([
    ['建设周期3年', [['3年', 'duration', 3, '年', 'exact']]],
    ['成立35年来', [['35年', 'duration', 35, '年', 'exact']]],
    ['用时6个月', [['6个月', 'duration', 6, '月', 'exact']]],
    ['仅用15天', [['15天', 'duration', 15, '天', 'exact']]],
    ['车程40分钟', [['40分钟', 'duration', 40, '分钟', 'exact']]],
    ['运行24小时', [['24小时', 'duration', 24, '小时', 'exact']]],
    ['历时一个多月', [['一个多月', 'duration', 1, '月', 'over']]],
    ['年产5000吨', [['5000吨', 'other', 5000, '吨', 'exact']]],
    ['装机容量200兆瓦', [['200兆瓦', 'other', 200, '兆瓦', 'exact']]],
    ['年产电池20GWh', [['20GWh', 'other', 20, 'GWh', 'exact']]],
    ['距市区约30公里', [['约30公里', 'other', 30, '公里', 'about']]],
    ['海拔1800米', [['1800米', 'other', 1800, '米', 'exact']]],
    ['浓度28微克/立方米', [['28微克/立方米', 'other', 28, '微克/立方米', 'exact']]],
    ['年发电1.5亿千瓦时', [['1.5亿千瓦时', 'other', 150000000, '千瓦时', 'exact']]],
  ])('%s', (text, expected) => check(text, expected));
});

describe('what is not a figure', () => {
  it.each([
    ['digits of dates', '2022年6月15日投用，2023—2027年规划'],
    ['a year range', '2022年至2024年'],
    ['a month range', '今年1-9月'],
    ['a plan name', '“十四五”期间'],
    ['a stock code', '股票代码06082.HK'],
    ['5G and G60', '建成5G基站，推进G60科创走廊'],
    ['PM2.5', 'PM2.5浓度下降'],
    ['idioms with 一', '一对一服务，一次性拿到，一批成果，探索出一条新路子，一个缩影'],
    ['bare numbers', '从“0”到“N”，2022(首届)论坛'],
    ['an ordinal by default', '第三批名单'],
    ['a slogan with numerals', '坚持“四个面向”，推进“三减一优”，建设“一极两区”'],
    ['vague amounts', '几十亿的分子库，上百家企业，数十万行代码'],
    ['a web address', '详见 https://www.zone.gov.cn/a?id=30%25'],
    ['an e-mail address', '邮箱tech2022@zone.gov.cn'],
    ['十分 (very)', '十分重要'],
    ['a Party congress', '学习党的二十大精神'],
  ])('%s', (_name, text) => {
    expect(extractFigures(text, REF)).toEqual([]);
  });

  it('reports an ordinal as kind other when asked', () => {
    check('第三批名单', [['第三批', 'other', 3, '批', 'exact']], { ...REF, includeOrdinals: true });
  });
});

describe('layout: spaces and broken lines keep the figure and point into the original', () => {
  it('finds a figure split by a page-layout line break', () => {
    const text = '数据显示，截至今年9月，西部科学城核心区已建成重庆市级及以上研发平台3\n\n12个，汇聚研发人员1500余名。';
    const figures = extractFigures(text, REF);
    expect(figures.map((f) => f.value)).toEqual([312, 1500]);
    expect(figures[0]!.text).toBe('3\n\n12个');
    expect(text.slice(figures[0]!.start, figures[0]!.end)).toBe(figures[0]!.text);
  });
  it('finds a figure after a full-width space', () => {
    check('孵化器16　个', [['16　个', 'count', 16, '个', 'exact']]);
  });
  it('counts spans in UTF-16 code units after characters outside the BMP', () => {
    const text = '𠀋𠀋研发平台312个';
    const [f] = extractFigures(text, REF);
    expect([f?.start, f?.end]).toEqual([8, 12]);
  });
});
