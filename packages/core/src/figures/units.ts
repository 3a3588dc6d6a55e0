import type { FigureKind } from '../models/figure.js';
import { foldScript } from '../text/foldScript.js';

/** A unit or classifier that may follow a numeral, and what it makes of the figure. */
export interface UnitEntry {
  /** As written. */
  readonly text: string;
  readonly kind: FigureKind;
  /** Normalised unit: a currency code, `m2`, `%`, the classifier … `local` is the page's own currency. */
  readonly unit: string;
  /** Multiplies the numeral into the normalised value (亩 → m², 成 → percent, 美分 → dollars). */
  readonly factor: number;
  /** Characters that, right after the unit, show it is the start of another word (成立, 大学). */
  readonly notBefore?: string;
  /** Gives the figure this approximation (个多月). */
  readonly approx?: 'over';
  /** Where the next character is in `notBefore` but this matches there, the unit stands after all. */
  readonly unlessNext?: RegExp;
}

type Row = [text: string, unit: string, factor?: number, notBefore?: string];

function rows(kind: FigureKind, list: Row[]): UnitEntry[] {
  return list.map(([text, unit, factor = 1, notBefore]) => ({ text, kind, unit, factor, ...(notBefore ? { notBefore } : {}) }));
}

const MU = 10000 / 15;

const MONEY = rows('money', [
  ['元', 'local', 1, '宇素器件旦首老年代'], ['圆', 'local', 1, '满形明心'], ['块钱', 'CNY'], ['元人民币', 'CNY'], ['人民币', 'CNY'], ['人民币元', 'CNY'],
  ['美元', 'USD'], ['美金', 'USD'], ['美圆', 'USD'], ['美刀', 'USD'], ['美分', 'USD', 0.01],
  ['欧元', 'EUR'], ['歐元', 'EUR'], ['欧分', 'EUR', 0.01], ['英镑', 'GBP'], ['英鎊', 'GBP'],
  ['日元', 'JPY'], ['日圓', 'JPY'], ['日币', 'JPY'], ['日幣', 'JPY'],
  ['港元', 'HKD'], ['港币', 'HKD'], ['港幣', 'HKD'], ['港圓', 'HKD'],
  ['新台币', 'TWD'], ['新臺幣', 'TWD'], ['新台幣', 'TWD'], ['台币', 'TWD'], ['台幣', 'TWD'], ['臺幣', 'TWD'], ['新台币元', 'TWD'], ['新臺幣元', 'TWD'],
  ['澳门元', 'MOP'], ['澳門元', 'MOP'], ['澳门币', 'MOP'], ['澳門幣', 'MOP'], ['澳元', 'AUD'], ['澳幣', 'AUD'], ['澳币', 'AUD'],
  ['加元', 'CAD'], ['加幣', 'CAD'], ['韩元', 'KRW'], ['韓元', 'KRW'], ['韩币', 'KRW'], ['卢布', 'RUB'], ['盧布', 'RUB'],
  ['瑞士法郎', 'CHF'], ['新加坡元', 'SGD'], ['新元', 'SGD'], ['泰铢', 'THB'], ['泰銖', 'THB'], ['印度卢比', 'INR'], ['卢比', 'INR'],
  ['奈拉', 'NGN'], ['比特币', 'BTC'], ['比特幣', 'BTC'], ['个比特币', 'BTC'], ['個比特幣', 'BTC'],
]);

const AREA = rows('area', [
  ['平方米', 'm2'], ['平米', 'm2'], ['平方公尺', 'm2'], ['㎡', 'm2'], ['m²', 'm2'], ['m2', 'm2'],
  ['平方公里', 'm2', 1e6], ['平方千米', 'm2', 1e6], ['km²', 'm2', 1e6], ['km2', 'm2', 1e6],
  ['亩', 'm2', MU, '产均'], ['畝', 'm2', MU], ['公顷', 'm2', 1e4], ['公頃', 'm2', 1e4], ['平方英尺', 'm2', 0.09290304], ['平方呎', 'm2', 0.09290304], ['平方英呎', 'm2', 0.09290304],
]);

const PERCENT = rows('percent', [
  ['%', '%'], ['％', '%'], ['‰', '%', 0.1],
  ['成', '%', 10, '立为為功果本交熟长長员員效绩績就型都品份分像个個员本效'],
]);

const POINTS = rows('percentagePoint', [
  ['个百分点', '个百分点'], ['個百分點', '个百分点'], ['百分点', '个百分点'], ['百分點', '个百分点'],
]);

const MULTIPLE = rows('multiple', [['倍', '倍']]);

const DURATION: UnitEntry[] = [
  ...rows('duration', [
    ['年', '年', 1, '级級度代'], ['个月', '月'], ['個月', '月'], ['个季度', '季度'], ['個季度', '季度'],
    ['周', '周', 1, '年边邊围圍期末岁歲'], ['週', '周', 1, '年邊圍期末歲'], ['星期', '周'], ['个星期', '周'], ['個星期', '周'],
    ['天', '天', 1, '津然下空地气氣使才府'], ['个工作日', '工作日'], ['個工作日', '工作日'], ['工作日', '工作日'],
    ['小时', '小时'], ['小時', '小时'], ['个小时', '小时'], ['個小時', '小时'], ['分钟', '分钟'], ['分鐘', '分钟'], ['秒钟', '秒'], ['秒', '秒'],
  ]),
  { text: '个多月', kind: 'duration', unit: '月', factor: 1, approx: 'over' },
  { text: '個多月', kind: 'duration', unit: '月', factor: 1, approx: 'over' },
];

const OTHER = rows('other', [
  ['吨标准煤', '吨标准煤'], ['噸標準煤', '吨标准煤'], ['吨', '吨'], ['噸', '吨'], ['公斤', '公斤'], ['千克', '千克'], ['克', '克', 1, '服隆'], ['斤', '斤'],
  ['公里', '公里'], ['千米', '千米'], ['米', '米', 1, '饭飯粒'], ['厘米', '厘米'], ['毫米', '毫米'], ['纳米', '纳米'], ['納米', '纳米'], ['微米', '微米'],
  ['千瓦时', '千瓦时'], ['千瓦時', '千瓦时'], ['千瓦', '千瓦'], ['兆瓦时', '兆瓦时'], ['兆瓦時', '兆瓦时'], ['兆瓦', '兆瓦'], ['吉瓦时', '吉瓦时'], ['吉瓦時', '吉瓦时'], ['吉瓦', '吉瓦'], ['瓦', '瓦'],
  ['度电', '度电'], ['度電', '度电'], ['立方米', '立方米'], ['升', '升', 1, '级級值高至到'], ['标准箱', '标准箱'], ['标箱', '标箱'],
  ['千伏安', '千伏安'], ['兆伏安', '兆伏安'], ['伏安', '伏安'], ['千伏', '千伏'], ['kVA', 'kVA'], ['MVA', 'MVA'], ['kV', 'kV'],
  ['兆帕', '兆帕'], ['℃', '℃'], ['°C', '℃'], ['微克', '微克'], ['毫克', '毫克'],
  ['GWh', 'GWh'], ['MWh', 'MWh'], ['kWh', 'kWh'], ['GW', 'GW'], ['MW', 'MW'], ['kW', 'kW'], ['km', 'km'], ['kg', 'kg'], ['TB', 'TB'], ['GB', 'GB'], ['PB', 'PB'], ['nm', 'nm'],
  // Computing power and bandwidth, as reports of computing centres give them (约1,300 PFLOPS算力, 256TOPS, 100Gbps).
  ['EFLOPS', 'EFLOPS'], ['PFLOPS', 'PFLOPS'], ['TFLOPS', 'TFLOPS'], ['Pflops', 'PFLOPS'], ['Tflops', 'TFLOPS'], ['TOPS', 'TOPS'], ['Tbps', 'Tbps'], ['Gbps', 'Gbps'], ['Mbps', 'Mbps'], ['期', '期', 1, '间間待望盼限刊货貨权權末'],
]);

// Classifiers for counts; `notBefore` keeps 所有, 支持, 本地 … from reading as counts.
// 2家电脑周边厂商, 3家电子企业: 家 before a word in 电 still counts; 家电 alone is home appliances.
const JIA_BEFORE_DIAN_WORD = /^[电電](?:脑|腦|子|力|信|商|网|網|池|气|氣|视|視|梯|缆|纜|机|機)/;

const COUNT = rows('count', [
  ['个', '个'], ['個', '個'], ['家', '家', 1, '庭族居电電具园園乡鄉长長属屬用'], ['项', '项', 1, '目'], ['項', '項', 1, '目'],
  ['名', '名', 1, '单單称稱列额額义義牌片字誉譽校'], ['人次', '人次'], ['场次', '场次'], ['場次', '場次'], ['批次', '批次'], ['班次', '班次'], ['车次', '车次'], ['車次', '車次'], ['人', '人', 1, '民员員才工口类類气氣力'],
  ['位', '位', 1, '于於置列居数數'], ['所', '所', 1, '有属屬在得谓謂以长長'], ['户', '户', 1, '籍口外型'], ['戶', '戶', 1, '籍口外型'], ['户次', '户次'],
  ['栋', '栋'], ['棟', '棟'], ['幢', '幢'], ['件', '件'], ['台套', '台套'], ['台', '台', 1, '湾灣阶階风風上下账賬'], ['臺', '臺', 1, '灣階'],
  ['条', '条', 1, '件例款约約'], ['條', '條', 1, '件例款約'], ['批', '批', 1, '准复複示评評次'], ['篇', '篇', 1, '章幅'], ['次', '次', 1, '要序级級'],
  ['座', '座', 1, '谈談位'], ['处', '处', 1, '理于於置罚罰长長室'], ['處', '處', 1, '理於置罰長室'], ['套', '套', 1, '餐'], ['架次', '架次'], ['架', '架', 1, '构構'],
  ['艘', '艘'], ['辆', '辆'], ['輛', '輛'], ['部', '部', 1, '署分长長位'], ['只', '只', 1, '有要是能'], ['隻', '隻'],
  ['头', '头', 1, '部号號脑腦条條'], ['頭', '頭', 1, '部號腦條'], ['匹', '匹'], ['张', '张', 1, '贴貼'], ['張', '張', 1, '貼'],
  ['本', '本', 1, '地土科报報市区區届屆次轮輪年月身部职職级級'], ['册', '册'], ['冊', '冊'], ['份', '份', 1, '额額'],
  ['种', '种', 1, '子植类類'], ['種', '種', 1, '子植類'], ['类', '类', 1, '似'], ['類', '類', 1, '似'], ['款', '款', 1, '项項式'],
  ['支', '支', 1, '持付撑撐出援柱部'], ['根', '根', 1, '据據本源'], ['片', '片', 1, '区區'], ['块', '块', 1, '状狀钱錢'], ['塊', '塊', 1, '狀錢'],
  ['株', '株'], ['棵', '棵'], ['门', '门', 1, '户戶槛檻类類'], ['門', '門', 1, '戶檻類'], ['间', '间', 1, '隔接'], ['間', '間', 1, '隔接'],
  ['层', '层', 1, '次级級面'], ['層', '層', 1, '次級面'], ['起', '起', 1, '来來步草源点點诉訴始'], ['宗', '宗', 1, '旨教'], ['幅', '幅', 1, '度'],
  ['笔', '笔', 1, '记記者'], ['筆', '筆', 1, '記者'], ['单', '单', 1, '位元笔筆体體项項独獨'], ['场', '场', 1, '景所地馆館'], ['場', '場', 1, '景所地館'],
  ['届', '届'], ['屆', '屆'], ['轮', '轮', 1, '胎值'], ['輪', '輪', 1, '胎值'], ['例', '例', 1, '如行'], ['枚', '枚'], ['颗', '颗'], ['顆', '顆'], ['粒', '粒'],
  ['对', '对', 1, '接于於外口象标標比话話此应應策一'], ['對', '對', 1, '接於外口象標比話此應策一'], ['双', '双', 1, '创創碳循一十百千'], ['雙', '雙', 1, '創碳循一十百千'],
  ['组', '组', 1, '织織成建团團合'], ['組', '組', 1, '織成建團合'], ['队', '队', 1, '伍员員'], ['隊', '隊', 1, '伍員'], ['道', '道', 1, '路理'],
  ['证', '证', 1, '明书書券据據实實照'], ['證', '證', 1, '明書券據實照'], ['家次', '家次'], ['项次', '项次'], ['项次', '项次'], ['个次', '个次'],
  ['盏', '盏'], ['座次', '座次'], ['集', '集', 1, '团團中群成聚体體约約'],
]);

const COUNTS: UnitEntry[] = COUNT.map((u) => (u.text === '家' ? { ...u, unlessNext: JIA_BEFORE_DIAN_WORD } : u));

/** Every unit, the longest first so the alternation prefers 平方公里 to 平方. */
export const UNITS: readonly UnitEntry[] = [...MONEY, ...AREA, ...PERCENT, ...POINTS, ...MULTIPLE, ...DURATION, ...OTHER, ...COUNTS];

// Units are looked up in the folded text, where 日圓 reads 日圆: each word is known in both forms.
const BY_TEXT = new Map<string, UnitEntry>();
for (const u of UNITS) if (!BY_TEXT.has(u.text)) BY_TEXT.set(u.text, u);
for (const u of UNITS) {
  const folded = foldScript(u.text);
  if (!BY_TEXT.has(folded)) BY_TEXT.set(folded, { ...u, text: folded });
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

// The unit words by their first code unit, longest first (equal lengths in lexicon order): the
// first that the text starts with at a position is the one a longest-first alternation would
// match, found without running a regex or cutting the matched word out of the text. Looked up
// after every numeral.
const BY_FIRST = new Map<number, UnitEntry[]>();
for (const u of [...BY_TEXT.values()].sort((a, b) => b.text.length - a.text.length)) {
  const list = BY_FIRST.get(u.text.charCodeAt(0)) ?? [];
  list.push(u);
  BY_FIRST.set(u.text.charCodeAt(0), list);
}

/** The unit whose word is the longest written at `pos`, if any. */
function unitWordAt(text: string, pos: number): UnitEntry | undefined {
  const entries = BY_FIRST.get(text.charCodeAt(pos));
  if (entries === undefined) return undefined;
  for (const u of entries) if (text.startsWith(u.text, pos)) return u;
  return undefined;
}

/** The unit written at `pos`, if any, checked against the word that follows it. */
export function matchUnit(text: string, pos: number): UnitEntry | undefined {
  const entry = unitWordAt(text, pos);
  if (entry === undefined) return undefined;
  const after = pos + entry.text.length;
  const next = text[after] ?? '';
  if (entry.notBefore && next !== '' && entry.notBefore.includes(next) && !entry.unlessNext?.test(text.slice(after, after + 2))) return undefined;
  // An ASCII unit must end at a word boundary (5m2 yes, 5mm no).
  if (isAsciiAlnum(entry.text.charCodeAt(entry.text.length - 1)) && isAsciiAlnum(text.charCodeAt(after))) return undefined;
  return entry;
}

/** Sub-units that may follow a sum of money (五元三角, 两美元又三美分, 10日元5銭). */
export const MONEY_PARTS: ReadonlyMap<string, number> = new Map([
  ['角', 0.1], ['毛', 0.1], ['分', 0.01], ['美分', 0.01], ['銭', 0.01], ['日本銭', 0.01], ['日本钱', 0.01],
]);
