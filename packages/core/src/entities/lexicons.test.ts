import { describe, expect, it } from 'vitest';
import { createContext } from '../engine/context.js';
import { findEntities } from './extractEntities.js';
import { CITIES, COUNTIES, PROVINCES } from './lexicons/divisions.js';
import { isGenericOnly } from './lexicon.js';
import { OTHER_PARKS } from './lexicons/parks.js';
import { OTHER_PLACES, WORLD_PLACES } from './lexicons/organizations.js';
import { NATIONAL_ECONOMIC_ZONES, NATIONAL_HIGH_TECH_ZONES, OTHER_ZONES } from './lexicons/zones.js';

const entitiesOf = (text: string) => findEntities(createContext(text, { referenceDate: new Date(2022, 10, 15) }));

describe('the generated lexicons', () => {
  // The counts are those of the sources the build script names: MIIT's 178 of November 2023 (the
  // last upgrade being 阿克苏阿拉尔, 2023-06-12), and MOFCOM's list of economic and technological
  // development zones.
  it.each([
    { list: 'national high-tech zones', zones: NATIONAL_HIGH_TECH_ZONES, count: 178 },
    { list: 'national economic and technological development zones', zones: NATIONAL_ECONOMIC_ZONES, count: 232 },
  ])('hold $count $list, each official name once and among its own names', ({ zones, count }) => {
    expect(zones).toHaveLength(count);
    expect(new Set(zones.map((z) => z.official)).size).toBe(count);
    for (const z of zones) expect(z.names).toContain(z.official);
  });

  it('give no name to two zones, but for 苏州工业园区, on both national lists', () => {
    const owners = new Map<string, Set<string>>();
    for (const z of [...NATIONAL_HIGH_TECH_ZONES, ...NATIONAL_ECONOMIC_ZONES]) {
      for (const n of z.names) owners.set(n, (owners.get(n) ?? new Set()).add(z.official));
    }
    expect([...owners].filter(([, o]) => o.size > 1)).toEqual([]);
    const shared = NATIONAL_HIGH_TECH_ZONES.flatMap((z) => z.names).filter((n) => NATIONAL_ECONOMIC_ZONES.some((e) => e.names.includes(n)));
    expect(shared).toEqual(['苏州工业园区', '苏州工业园']);
  });

  it('hold the 31 provinces, the prefecture cities and the counties', () => {
    expect(PROVINCES).toContain('云南省');
    expect(CITIES).toContain('玉溪市');
    expect(COUNTIES).toContain('江阴市');
  });
});

describe('every national zone name is found in a sentence that uses it', () => {
  const names = [...NATIONAL_HIGH_TECH_ZONES.flatMap((z) => z.names), ...NATIONAL_ECONOMIC_ZONES.flatMap((z) => z.names), ...OTHER_ZONES];
  const templates = [(n: string) => `近日，${n}新增科技型企业120家。`, (n: string) => `据悉，${n}今年举办了多场对接活动。`];
  it.each(names)('%s', (name) => {
    for (const template of templates) {
      const text = template(name);
      const zones = entitiesOf(text).filter((e) => e.type === 'zone');
      const at = text.indexOf(name);
      expect(zones, text).toContainEqual(expect.objectContaining({ text: name, start: at, end: at + name.length }));
    }
  });
});

describe('a short or former name of a national zone resolves to its official name', () => {
  it.each([
    { name: '北京经开区', official: '北京经济技术开发区' },
    { name: '北京亦庄', official: '北京经济技术开发区' },
    { name: '天津泰达', official: '天津经济技术开发区' },
    { name: '广州经开区', official: '广州经济技术开发区' },
    { name: '襄樊经济技术开发区', official: '襄阳经济技术开发区' },
    { name: '广西—东盟经开区', official: '广西-东盟经济技术开发区' },
    { name: '奎屯－独山子经济技术开发区', official: '奎屯-独山子经济技术开发区' },
    { name: '中马钦州产业园区', official: '中国-马来西亚钦州产业园区' },
    { name: '洋浦经济开发区', official: '海南洋浦经济开发区' },
    { name: '滁州高新区', official: '滁州高新技术产业开发区' },
    { name: '克拉玛依国家高新区', official: '克拉玛依高新技术产业开发区' },
    { name: '许昌高新区', official: '许昌高新技术产业开发区' },
    { name: '拉萨国家高新区', official: '拉萨高新技术产业开发区' },
    { name: '阿克苏阿拉尔高新区', official: '阿克苏阿拉尔高新技术产业开发区' },
    { name: '泰州医药高新区', official: '泰州医药高新技术产业开发区' },
    { name: '泰州高新区', official: '泰州医药高新技术产业开发区' },
    { name: '大连高新区', official: '大连高新技术产业园区' },
    { name: '深圳高新区', official: '深圳市高新技术产业园区' },
    { name: '河源高新区', official: '源城高新技术产业开发区' },
    { name: '新疆生产建设兵团石河子高新技术产业开发区', official: '石河子高新技术产业开发区' },
  ])('$name → $official', ({ name, official }) => {
    const text = `近日，${name}新增科技型企业120家。`;
    const at = text.indexOf(name);
    expect(entitiesOf(text)).toContainEqual(expect.objectContaining({ type: 'zone', text: name, start: at, canonical: official }));
  });
});

describe('a city named alone is a place, not the zone that carries its name', () => {
  it.each(['北京', '天津', '大连', '滁州', '遵义', '襄阳', '克拉玛依', '信阳', '许昌', '拉萨', '安庆'])('%s', (city) => {
    const text = `今年，${city}新增科技型企业120家，增速居全省前列。`;
    const entities = entitiesOf(text);
    expect(entities.filter((e) => e.type === 'zone')).toEqual([]);
    expect(entities).toContainEqual(expect.objectContaining({ type: 'place', text: city }));
  });
});

describe('places abroad and Taiwan\'s county-administered cities are places alone', () => {
  it.each([...WORLD_PLACES, ...OTHER_PLACES.filter((p) => p.endsWith('市'))])('%s', (place) => {
    for (const text of [`企业在${place}设立研发中心。`, `${place}的一家企业与园区签约。`]) {
      const at = text.indexOf(place);
      expect(entitiesOf(text), text).toContainEqual(expect.objectContaining({ type: 'place', text: place, start: at }));
    }
  });
});

describe('every park of Taiwan and Hong Kong is found by each of its names', () => {
  const names = OTHER_PARKS.flatMap((p) => [...p.names, ...(p.taiwanShort ?? [])]);
  it.each(names)('%s', (name) => {
    // A sentence about Taiwan, so that 竹科 / 中科 / 南科 read as parks.
    const text = `新台币计价，${name}今年营业额增长。`;
    const at = text.indexOf(name);
    expect(entitiesOf(text).filter((e) => e.type === 'zone')).toContainEqual(expect.objectContaining({ text: name, start: at, end: at + name.length }));
  });
});

// Sentences written for this test: an unknown company, institute or body with a known suffix,
// and where its name must start.
const LEFT_EDGE_CASES: Array<{ text: string; name: string }> = [
  { text: '近日，由江苏禾川精密机械有限公司投资的新项目开工。', name: '江苏禾川精密机械有限公司' },
  { text: '本次签约的企业包括深圳市蓝泽光电股份有限公司。', name: '深圳市蓝泽光电股份有限公司' },
  { text: '杭州微澜智能科技有限公司日前完成新一轮融资。', name: '杭州微澜智能科技有限公司' },
  { text: '位于园区的成都锐川生物医药有限公司获批新药临床。', name: '成都锐川生物医药有限公司' },
  { text: '该项目由安徽恒岳新能源集团牵头建设。', name: '安徽恒岳新能源集团' },
  { text: '双方将联合西安钛途航空材料研究院攻关关键材料。', name: '西安钛途航空材料研究院' },
  { text: '企业与武汉光启激光研究所签署合作协议。', name: '武汉光启激光研究所' },
  { text: '新落户的苏州凌云半导体有限公司计划年底投产。', name: '苏州凌云半导体有限公司' },
  { text: '今年，宁波甬芯集成电路有限公司营收增长三成。', name: '宁波甬芯集成电路有限公司' },
  { text: '会上，青岛海岳智能装备有限公司发布了新产品。', name: '青岛海岳智能装备有限公司' },
  { text: '园区引进了长沙楚天云计算有限公司等一批企业。', name: '长沙楚天云计算有限公司' },
  { text: '记者从济南泉城大数据研究院获悉，平台已上线。', name: '济南泉城大数据研究院' },
  { text: '依托郑州嵩岳智能制造研究院，企业建成了示范车间。', name: '郑州嵩岳智能制造研究院' },
  { text: '福州闽江新材料实验室正式揭牌运行。', name: '福州闽江新材料实验室' },
  { text: '省里支持厦门鹭芯集成电路创新中心建设。', name: '厦门鹭芯集成电路创新中心' },
  { text: '截至目前，南昌赣青智能科技有限公司已申请专利40件。', name: '南昌赣青智能科技有限公司' },
  { text: '广州穗禾生物科技股份有限公司入选专精特新名单。', name: '广州穗禾生物科技股份有限公司' },
  { text: '与大连渤舟海洋工程有限公司达成合作意向。', name: '大连渤舟海洋工程有限公司' },
  { text: '沈阳北辰机器人有限公司的生产线已满负荷运转。', name: '沈阳北辰机器人有限公司' },
  { text: '合肥巢光量子信息有限公司参与了标准制定。', name: '合肥巢光量子信息有限公司' },
  { text: '南京秦淮智慧医疗研究院联合高校开展研究。', name: '南京秦淮智慧医疗研究院' },
  { text: '新成立的天津海河储能技术有限公司落户园区。', name: '天津海河储能技术有限公司' },
  { text: '昆明滇池生物医药孵化器入驻企业达30家。', name: '昆明滇池生物医药孵化器' },
  { text: '贵阳筑城数字经济产业联盟在会上成立。', name: '贵阳筑城数字经济产业联盟' },
  { text: '兰州金城氢能装备有限公司首台设备下线。', name: '兰州金城氢能装备有限公司' },
  { text: '推动西宁昆仑锂电材料有限公司扩大产能。', name: '西宁昆仑锂电材料有限公司' },
  { text: '银川贺兰山光伏科技有限公司获评高新技术企业。', name: '银川贺兰山光伏科技有限公司' },
  { text: '乌鲁木齐天山轨道交通装备有限公司交付首批车辆。', name: '乌鲁木齐天山轨道交通装备有限公司' },
  { text: '由太原晋阳精密仪器有限公司承担的课题通过验收。', name: '太原晋阳精密仪器有限公司' },
  { text: '哈尔滨冰城航天材料研究所的新成果在会上展出。', name: '哈尔滨冰城航天材料研究所' },
  { text: '长春净湖光电子科技有限公司完成股改。', name: '长春净湖光电子科技有限公司' },
  { text: '石家庄燕赵医药集团加大研发投入。', name: '石家庄燕赵医药集团' },
  { text: '呼和浩特青城乳业科技有限公司建成数字工厂。', name: '呼和浩特青城乳业科技有限公司' },
  { text: '南宁邕江数字科技有限公司上线了政务服务平台。', name: '南宁邕江数字科技有限公司' },
  { text: '海口琼海海洋生物科技有限公司获得融资。', name: '海口琼海海洋生物科技有限公司' },
  { text: '与绵阳涪江电子信息研究院共建联合实验室。', name: '绵阳涪江电子信息研究院' },
  { text: '洛阳伊河轴承有限公司年产值突破十亿元。', name: '洛阳伊河轴承有限公司' },
  { text: '襄阳汉江汽车零部件有限公司扩建二期厂房。', name: '襄阳汉江汽车零部件有限公司' },
  { text: '株洲湘芯功率半导体有限公司入选省级名单。', name: '株洲湘芯功率半导体有限公司' },
  { text: '佛山禅城智能家电创新中心开放共享设备。', name: '佛山禅城智能家电创新中心' },
  { text: '东莞莞邑精密模具有限公司引进高端人才。', name: '东莞莞邑精密模具有限公司' },
  { text: '烟台芝罘海洋装备研究院成功研制新型平台。', name: '烟台芝罘海洋装备研究院' },
];

describe('an unknown name with a known suffix is found with the right left edge', () => {
  it(`in ${LEFT_EDGE_CASES.length} sentences`, () => {
    expect(LEFT_EDGE_CASES.length).toBeGreaterThanOrEqual(40);
    const failures: string[] = [];
    for (const { text, name } of LEFT_EDGE_CASES) {
      const at = text.indexOf(name);
      const found = entitiesOf(text).find((e) => e.type === 'organization' && e.end === at + name.length);
      if (!found || found.start !== at) failures.push(`${text}: expected ${name}, got ${found?.text ?? 'nothing'}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('isGenericOnly: a stretch of common words is a description', () => {
  it.each([
    { text: '科研院所', expected: true },
    { text: '高校平台', expected: true },
    { text: '星河平台', expected: false },
    { text: '', expected: true },
  ])('$text: $expected', ({ text, expected }) => {
    expect(isGenericOnly(text, 0, text.length)).toBe(expected);
  });

  it('reads only between start and end', () => {
    expect(isGenericOnly('星河高校', 2, 4)).toBe(true);
  });
});
