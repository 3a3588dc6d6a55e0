// The words that end a name and say what it names. Hand-written from the names high-tech zone
// reports use (企业名称登记 forms for companies, 机构编制 forms for government bodies).
import type { EntityType } from '../../models/entity.js';

/** What a suffix says about the thing it names; decides what may stand before it. */
export type SuffixKind =
  | 'company'
  | 'government'
  | 'association'
  | 'research'
  | 'education'
  | 'facility'
  | 'zone'
  | 'subArea'
  | 'product'
  | 'media'
  | 'index'
  | 'event';

/** One name-ending word and the rules for reading the name it ends. */
export interface SuffixRule {
  readonly suffix: string;
  readonly type: EntityType;
  readonly kind: SuffixKind;
  /** Only with a place, zone or organisation before it: alone the word is everyday (局 in 布局, 所 in 场所). */
  readonly needsPrefix?: boolean;
  /** Characters that may not follow the suffix (大学城, 中心城区, 集团化). */
  readonly notFollowedBy?: string;
  /** Characters that may not stand just before the suffix (布局, 格局). */
  readonly notPrecededBy?: string;
  /** A government body a bare level word may own (省科技厅, 区科委, 市委). */
  readonly levelOwned?: boolean;
  /** A name that needs a place (a county's short name counts) right before the suffix (松江新城). */
  readonly needsPlace?: boolean;
  /** An event that needs a name, an edition or a year before it (2014年工作会议, not 召开会议). */
  readonly needsEdition?: boolean;
}

const rules = (type: EntityType, kind: SuffixKind, words: string, extra: Partial<SuffixRule> = {}): SuffixRule[] =>
  words.split(' ').map((suffix) => ({ suffix, type, kind, ...extra }));

/** Every suffix rule; the longest suffix that ends a name wins (股份有限公司 over 公司). */
export const SUFFIX_RULES: readonly SuffixRule[] = [
  ...rules('organization', 'company', '股份有限公司 有限责任公司 有限公司 集团有限公司 集团股份有限公司 分公司 子公司 总公司 事务所 合作社 银行 商行'),
  ...rules('organization', 'company', '公司', { notFollowedBy: '章法司' }),
  // Branches take their bank or company in front (招商银行苏州分行, 中国银行南京支行).
  ...rules('organization', 'company', '分行 支行 营业部 分理处', { needsPrefix: true }),
  // Short company names without 有限公司 (合肥常青股份); 股份制, 股份代号 and a share of a company (公司股份) are not.
  ...rules('organization', 'company', '股份', { notFollowedBy: '制有合额代', notPrecededBy: '司团%％的' }),
  ...rules('organization', 'company', '集团', { notFollowedBy: '化军' }),
  // A holding company by its owner's name (中科院控股, 联想控股); 控股股东, 控股子公司, 控股权 and a
  // state holding (国有控股) are not: the owner must be a name.
  ...rules('organization', 'company', '控股', { needsPrefix: true, notFollowedBy: '股子公企权權有集型的' }),
  ...rules('organization', 'government', '管委会 党工委 工委 委员会 办公室 人民政府 法院 检察院 人民法院 人民检察院 监督管理局 服务中心 工作站 派出所'),
  ...rules('organization', 'government', '管委', { notFollowedBy: '会' }),
  // Bodies every province, city and district has: a bare level word owns them (省科技厅, 区科委, 市委).
  ...rules('organization', 'government', '科技厅 科技局 科委 科技委 发改委 经信委 工信厅 工信局 财政厅 财政局 统计局 商务厅 商务局 教育厅 教育局 人社局 民政局 税务局 国资委 市委 省委 区委 县委 州委 管理局 管理处 办事处 主管机关', { levelOwned: true, notFollowedBy: '员' }),
  ...rules('organization', 'government', '协调小组 领导小组 工作小组 专班', { needsPrefix: true }),
  ...rules('organization', 'government', '局', { needsPrefix: true, notPrecededBy: '布格结大全时开当僵骗饭赌终残变出入棋政' , notFollowedBy: '面势限部长' }),
  ...rules('organization', 'government', '厅', { needsPrefix: true, notPrecededBy: '大客餐门展营舞', notFollowedBy: '长' }),
  ...rules('organization', 'government', '总工会 工会'),
  ...rules('organization', 'government', '政府', { needsPrefix: true }),
  ...rules('organization', 'association', '联盟 协会 商会 学会 促进会 基金会 研究会 联合会 共同体 联合体 俱乐部', { notFollowedBy: '堂议展场所员' }),
  ...rules('organization', 'research', '研究院 设计院 科学院 工程院 研究所 研究中心 实验室 重点实验室 工程中心 技术中心 创新中心 新型研发机构 研发中心 检测中心 孵化器 加速器 众创空间'),
  ...rules('organization', 'research', '众创', { notFollowedBy: '业新' }),
  ...rules('organization', 'research', '中心', { notFollowedBy: '城区地位点线思任主环镇' }),
  ...rules('organization', 'research', '平台', { notFollowedBy: '化期' }),
  // 所 after 有 is the adverb 有所 (指标有所回落), no institute.
  ...rules('organization', 'research', '所', { needsPrefix: true, notFollowedBy: '有以属在得谓长需', notPrecededBy: '场住厕诊处派有' }),
  ...rules('organization', 'research', '服务网 政务网 信息网 门户网'),
  // Branches of an academy or institute take it in front (中国科学院上海分院).
  ...rules('organization', 'research', '分院 分所', { needsPrefix: true }),
  // Newspapers, magazines, agencies and news sites (湖北日报, 支点杂志, 中国高新技术产业导报, 每日甘肃网 in a dateline).
  ...rules('organization', 'media', '日报 晚报 早报 商报 时报 快报 都市报 导报 晨报 杂志 杂志社 周刊 画报 电视台 广播电台 通讯社 新闻网 报社 日报社 传媒', { notFollowedBy: '告送道表批刊名' }),
  ...rules('organization', 'education', '大学 学院 职业技术学院 中学 小学 医学院 党校 研究生院', { notFollowedBy: '城生路街派堂' }),
  ...rules('organization', 'facility', '医院 实验装置 科学装置 研究装置 大科学装置'),
  // Parks by other names (张江总部园, 光谷生物城生物创新园, 松江新城, 兰白自创区, 高雄路竹园区, 中部科学工业园区).
  ...rules('zone', 'zone', '总部园 创新园 生物城 集聚区 自创区 自主创新示范区 科学工业园区 科学园区 科学园 软件园 创业园 科创走廊 经济区 生态城 软件城 生态园 新片区', { notFollowedBy: '内外长' }),
  // A new town is named after its place (松江新城, 南汇新城); 主城区新城 is a description.
  ...rules('zone', 'zone', '新城', { notFollowedBy: '区市镇内外', needsPlace: true }),
  ...rules('zone', 'zone', '园区', { needsPrefix: true, notFollowedBy: '内外长' }),
  ...rules('zone', 'zone', '高新技术产业开发区 高技术产业开发区 经济技术开发区 经济开发区 开发区 高新区 经开区 农高区 新区 工业园区 产业园区 科技园区 物流园区 工业园 产业园 科技园 科学城 科技城 创新城 示范区 试验区 自贸区 自由贸易试验区 保税区 综合保税区 合作区 综合性科学中心 综合性国家科学中心 大学城', { notFollowedBy: '内外长' }),
  ...rules('zone', 'subArea', '核心区 片区 分园 起步区 建成区 拓展区', { needsPrefix: true }),
  ...rules('work', 'product', '软件 操作系统 大模型 APP App app 小程序'),
  // Named indices (中关村指数, 中国高新区发展指数): only after a place, zone or organisation.
  ...rules('work', 'index', '指数 发展指数 景气指数', { needsPrefix: true }),
  ...rules('event', 'event', '论坛 高峰论坛 峰会 大会 博览会 交易会 展览会 年会 研讨会 洽谈会 推介会 对接会 大赛 创新创业大赛 发布会 交流会 双创周 科技周 嘉年华 活动周', { notFollowedBy: '员场期' }),
  // Meetings are everyday words (召开会议): a name, an edition or a year must stand before them.
  ...rules('event', 'event', '工作会议 会议 座谈会 表彰大会', { needsEdition: true, notFollowedBy: '员场期室' }),
];

/** Back-reference heads: 该高新区, 该企业 … stand for the latest name of the kind they say. */
export const BACK_REFERENCE_HEADS: ReadonlyArray<{ readonly head: string; readonly type: EntityType; readonly endsWith: readonly string[] }> = [
  { head: '高新区', type: 'zone', endsWith: ['高新区', '开发区', '示范区'] },
  { head: '科学城', type: 'zone', endsWith: ['科学城'] },
  { head: '科技城', type: 'zone', endsWith: ['科技城'] },
  { head: '开发区', type: 'zone', endsWith: ['开发区', '高新区', '经开区'] },
  { head: '新区', type: 'zone', endsWith: ['新区'] },
  { head: '示范区', type: 'zone', endsWith: ['示范区', '高新区'] },
  { head: '产业园', type: 'zone', endsWith: ['产业园', '产业园区'] },
  { head: '科技园', type: 'zone', endsWith: ['科技园', '科技园区'] },
  { head: '园区', type: 'zone', endsWith: [''] },
  { head: '企业', type: 'organization', endsWith: ['公司', '集团', '企业'] },
  { head: '公司', type: 'organization', endsWith: ['公司', '集团'] },
  { head: '集团', type: 'organization', endsWith: ['集团', '公司'] },
  { head: '实验室', type: 'organization', endsWith: ['实验室'] },
  { head: '研究院', type: 'organization', endsWith: ['研究院'] },
  { head: '中心', type: 'organization', endsWith: ['中心'] },
  { head: '平台', type: 'organization', endsWith: ['平台'] },
  { head: '大学', type: 'organization', endsWith: ['大学'] },
  { head: '学院', type: 'organization', endsWith: ['学院'] },
  { head: '联盟', type: 'organization', endsWith: ['联盟'] },
  { head: '协会', type: 'organization', endsWith: ['协会'] },
  { head: '医院', type: 'organization', endsWith: ['医院'] },
];

/** Words before a back-reference head: 该 (that), 本 (this), 此 … */
export const BACK_REFERENCE_DETERMINERS: readonly string[] = ['该', '此', '这个', '这家', '这所'];
