// Government bodies by their official lists, written in Simplified script (pages in Traditional
// script are folded before they are read), each with the short names reports write for it; the
// first name is canonical. Only names no other list or rule reads as something else: a bare
// 教育局 or 发展局 is also every city's, and is left to the suffix rules.

/**
 * The State Council's constituent departments (国务院组成部门, as reorganised in 2023), its
 * directly affiliated agencies (直属机构) and the national administrations under its ministries
 * (国家局) that reports on high-tech zones name.
 */
export const MAINLAND_CENTRAL_BODIES: ReadonlyArray<readonly string[]> = [
  ['外交部'],
  ['国防部'],
  ['国家民族事务委员会', '国家民委'],
  ['公安部'],
  ['国家安全部'],
  ['民政部'],
  ['司法部'],
  ['人力资源和社会保障部', '人力资源社会保障部', '人社部'],
  ['自然资源部'],
  ['生态环境部'],
  ['住房和城乡建设部', '住房城乡建设部', '住建部'],
  ['交通运输部'],
  ['水利部'],
  ['农业农村部'],
  ['文化和旅游部', '文旅部'],
  ['国家卫生健康委员会', '国家卫生健康委', '国家卫健委'],
  ['退役军人事务部'],
  ['应急管理部'],
  ['审计署'],
  ['海关总署'],
  ['国家税务总局'],
  ['国家市场监督管理总局', '市场监管总局'],
  ['国家广播电视总局', '广电总局'],
  ['国家体育总局'],
  ['国家国际发展合作署'],
  ['国家医疗保障局', '国家医保局'],
  ['国家机关事务管理局'],
  ['国家能源局'],
  ['国家数据局'],
  ['国家外汇管理局'],
  ['国家药品监督管理局', '国家药监局'],
  ['国家林业和草原局', '国家林草局'],
  ['国家铁路局'],
  ['中国民用航空局', '中国民航局'],
  ['国家邮政局'],
  ['国家国防科技工业局', '国防科工局'],
  ['国家中医药管理局'],
  ['国家文物局'],
  ['国家粮食和物资储备局'],
];

/** The ministries and councils of Taiwan's Executive Yuan (行政院, as reorganised in 2023). */
export const TAIWAN_CENTRAL_BODIES: ReadonlyArray<readonly string[]> = [
  ['内政部'],
  ['法务部'],
  ['交通部'],
  ['劳动部'],
  ['农业部'],
  ['卫生福利部', '卫福部'],
  ['环境部'],
  ['文化部'],
  ['数位发展部', '数发部'],
  ['国家发展委员会', '国发会'],
  ['大陆委员会', '陆委会'],
  ['金融监督管理委员会', '金管会'],
  ['海洋委员会', '海委会'],
  ['侨务委员会', '侨委会'],
  ['国军退除役官兵辅导委员会', '退辅会'],
  ['原住民族委员会', '原民会'],
  ['客家委员会', '客委会'],
  ['行政院主计总处', '主计总处'],
  ['行政院人事行政总处', '人事总处'],
];

/** Hong Kong's policy bureaus (决策局, as reorganised in 2022) whose names no city shares, and the bodies tech reports name. */
export const HONG_KONG_BODIES: ReadonlyArray<readonly string[]> = [
  ['政制及内地事务局'],
  ['文化体育及旅游局', '文体旅局'],
  ['环境及生态局'],
  ['医务卫生局'],
  ['民政及青年事务局'],
  ['劳工及福利局'],
  ['商务及经济发展局', '商经局'],
  ['财经事务及库务局'],
  ['创新科技及工业局', '创科局'],
  ['运输及物流局'],
  ['公务员事务局'],
  ['投资推广署'],
  ['香港生产力促进局', '生产力局'],
];

/**
 * Bodies whose short name passed to a successor: on a page dated on or after `since`, a short
 * name whose canonical is `was` stands for `now` (国科会 was the Executive Yuan's National Science
 * Council until 2014; since 2022-07-27 it is the National Science and Technology Council).
 */
export const RENAMED_BODIES: ReadonlyArray<{ was: string; since: string; now: string }> = [
  { was: '行政院国家科学委员会', since: '2022-07-27', now: '国家科学及技术委员会' },
];
