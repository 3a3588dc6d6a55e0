import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../models/entity.js';
import { extractEntities } from '../api/extractEntities.js';

interface Case {
  text: string;
  expected: Array<{ text: string; type: EntityType; canonical?: string; refersTo?: string; partOf?: string }>;
}

// Sentences written for these tests. Each lists every entity expected, in order.
const CASES: Array<Case & { name: string }> = [
  { name: 'a national zone and a college', text: '近日，苏州高新区与苏州科技学院签约。', expected: [{ text: '苏州高新区', type: 'zone', canonical: '苏州高新技术产业开发区' }, { text: '苏州科技学院', type: 'organization' }] },
  { name: 'the longest name wins', text: '北京大学长沙计算研究院成立。', expected: [{ text: '北京大学长沙计算研究院', type: 'organization' }] },
  { name: 'a zone joins its government body', text: '南京高新区科技局发布通知。', expected: [{ text: '南京高新区科技局', type: 'organization', canonical: '南京高新技术产业开发区科技局' }] },
  { name: 'a zone stays apart from a lab in it', text: '位于成都高新区星河实验室的团队完成研发。', expected: [{ text: '成都高新区', type: 'zone', canonical: '成都高新技术产业开发区' }, { text: '星河实验室', type: 'organization' }] },
  { name: 'a sub-area is part of its zone', text: '西部科学城核心区今年新增企业50家。', expected: [{ text: '西部科学城核心区', type: 'zone', partOf: '西部科学城' }] },
  { name: 'a place standing alone', text: '活动在杭州举行，云南省代表参加。', expected: [{ text: '杭州', type: 'place' }, { text: '云南省', type: 'place' }] },
  { name: 'a title in book brackets is a work, brackets included', text: '印发《关于加快科技创新的若干措施》。', expected: [{ text: '《关于加快科技创新的若干措施》', type: 'work' }] },
  { name: 'a document cited by its number is a work', text: '根据国办发〔2023〕12号文件精神。', expected: [{ text: '国办发〔2023〕12号', type: 'work' }] },
  { name: 'a quoted product after 推出', text: '银行推出“科创贷”支持企业。', expected: [{ text: '科创贷', type: 'work' }] },
  { name: 'a quoted slogan is no work', text: '打造“创新高地”。', expected: [] },
  { name: 'a named forum with its edition', text: '在合肥举行的2023(第二届)量子科技产业大会上', expected: [{ text: '合肥', type: 'place' }, { text: '2023(第二届)量子科技产业大会', type: 'event' }] },
  { name: 'a person after a title', text: '研究员张明远介绍了进展。', expected: [{ text: '张明远', type: 'person' }] },
  { name: 'a person before a verb of saying', text: '王芳表示，将继续投入。', expected: [{ text: '王芳', type: 'person' }] },
  { name: 'no person from a surname alone', text: '高新技术企业持续增长。', expected: [] },
  { name: 'a counted description is no name', text: '建成3个技术创新中心。', expected: [] },
  { name: 'a common-words name is a description', text: '建设科技创新中心。', expected: [] },
  { name: 'a short name collapses into the company', text: '由湖南星澜新材料科技有限公司投资。星澜新材料负责人表示满意。', expected: [{ text: '湖南星澜新材料科技有限公司', type: 'organization' }, { text: '星澜新材料', type: 'organization', canonical: '湖南星澜新材料科技有限公司' }] },
  { name: 'a known alias takes its full name', text: '中科院专家到访。', expected: [{ text: '中科院', type: 'organization', canonical: '中国科学院' }] },
  {
    name: 'a back reference resolves to the latest zone of its kind',
    text: '常州高新区出台新政。该高新区今年引进人才300人。',
    expected: [{ text: '常州高新区', type: 'zone', canonical: '常州高新技术产业开发区' }, { text: '该高新区', type: 'zone', refersTo: '常州高新区', canonical: '常州高新技术产业开发区' }],
  },
  { name: 'a back reference with nothing before it is dropped', text: '该企业负责人说。', expected: [] },
  { name: 'list items before 等企业 are organisations', text: '此外，海澜、金牛汽车等企业也在试用。', expected: [{ text: '海澜', type: 'organization' }, { text: '金牛汽车', type: 'organization' }] },
];

// Rules of issue 12, each a family of names real reports write; sentences written for these tests.
const MORE_CASES: Array<Case & { name: string }> = [
  { name: 'a paper in a dateline is no place', text: '北京商报讯 近日，', expected: [{ text: '北京商报', type: 'organization' }] },
  { name: 'a newspaper by its suffix takes its place', text: '据中国高新技术产业导报报道', expected: [{ text: '中国高新技术产业导报', type: 'organization' }] },
  { name: 'media listed before 等媒体', text: '湖北日报、楚天都市报、支点杂志等媒体负责人参加。', expected: [{ text: '湖北日报', type: 'organization' }, { text: '楚天都市报', type: 'organization' }, { text: '支点杂志', type: 'organization' }] },
  { name: 'a paper named by common words where it reports', text: '接受经济日报记者采访', expected: [{ text: '经济日报', type: 'organization' }] },
  { name: 'a bulletin named by common words is no paper', text: '2023年统计快报显示', expected: [] },
  { name: 'a campus with its city in brackets', text: '香港科技大学（广州）与企业签约', expected: [{ text: '香港科技大学（广州）', type: 'organization' }] },
  { name: 'a vice head of a province department', text: '广东省科技厅副厅长杨军出席', expected: [{ text: '广东省科技厅', type: 'organization' }, { text: '杨军', type: 'person' }] },
  { name: 'a funding body taken whole', text: '由国家自然科学基金委员会资助', expected: [{ text: '国家自然科学基金委员会', type: 'organization' }] },
  { name: 'a body a bare level word owns', text: '材料报送至区科委。', expected: [{ text: '区科委', type: 'organization' }] },
  { name: 'a province body', text: '省科技厅发布通知', expected: [{ text: '省科技厅', type: 'organization' }] },
  { name: 'a city party committee', text: '武汉市委常委出席', expected: [{ text: '武汉市委', type: 'organization' }] },
  { name: '发展和改革委员会 is one body', text: '虹口区发展和改革委员会', expected: [{ text: '虹口区发展和改革委员会', type: 'organization' }] },
  { name: 'a short company name with 股份', text: '签约了合肥常青股份汽车板材项目', expected: [{ text: '合肥常青股份', type: 'organization' }] },
  { name: 'a bank branch with its bank', text: '招商银行苏州分行为企业授信', expected: [{ text: '招商银行苏州分行', type: 'organization' }] },
  { name: 'a post after a body: the body and the person apart', text: '管委会主任王军表示', expected: [{ text: '管委会', type: 'organization' }, { text: '王军', type: 'person' }] },
  { name: 'a zone after its city is one zone', text: '武汉市东湖高新区预计', expected: [{ text: '武汉市东湖高新区', type: 'zone', canonical: '武汉东湖新技术开发区' }] },
  { name: 'a province before a zone named with its city stays apart', text: '安徽马鞍山慈湖高新区上半年', expected: [{ text: '安徽', type: 'place' }, { text: '马鞍山慈湖高新区', type: 'zone', canonical: '马鞍山慈湖高新技术产业开发区' }] },
  { name: 'a province and a city open a zone name', text: '近日，山东临沂经济开发区升级', expected: [{ text: '山东临沂经济开发区', type: 'zone' }] },
  { name: 'a zone with its district in brackets', text: '上半年，高新区(滨江)GDP增长', expected: [{ text: '高新区(滨江)', type: 'zone' }] },
  { name: 'a zone with its other name in brackets', text: '青岛高新区（红岛经济区）今年', expected: [{ text: '青岛高新区（红岛经济区）', type: 'zone', canonical: '青岛高新技术产业开发区' }] },
  { name: 'a short zone name in a headline', text: '光谷前三季度企业总收入达6028亿元', expected: [{ text: '光谷', type: 'zone', canonical: '武汉东湖新技术开发区' }] },
  { name: 'Taiwan park short names in text about Taiwan (国科会 on a page after 2022-07-27)', text: '国科会表示，竹科、南科营业额创新高。', expected: [{ text: '国科会', type: 'organization', canonical: '国家科学及技术委员会' }, { text: '竹科', type: 'zone', canonical: '新竹科学工业园区' }, { text: '南科', type: 'zone', canonical: '南部科学工业园区' }] },
  { name: '中科 elsewhere is no zone', text: '中科曙光发布新品', expected: [] },
  { name: 'a science park and its bureau', text: '台南科学园区管理局局长表示', expected: [{ text: '台南科学园区管理局', type: 'organization' }] },
  { name: 'a park with a code in its name', text: '长三角G60科创走廊又添项目', expected: [{ text: '长三角G60科创走廊', type: 'zone' }] },
  { name: 'a new town after a county name', text: '今年，松江新城建设提速', expected: [{ text: '松江新城', type: 'zone' }] },
  { name: 'a company named after a zone keeps its own name', text: '据悉，中关村发展集团将投资', expected: [{ text: '中关村发展集团', type: 'organization' }] },
  { name: 'an association word inside a longer word (学会 in 科学会堂) ends no name', text: '张江科学会堂举办活动。', expected: [{ text: '张江', type: 'zone', canonical: '上海张江高新技术产业开发区' }] },
  { name: 'an association word before its members ends its name', text: '中国科学技术协会会员', expected: [{ text: '中国科学技术协会', type: 'organization' }] },
  { name: "a region of several provinces before 高新区 names the region's zones, no one zone", text: '长三角高新区发展观察', expected: [{ text: '长三角', type: 'place' }] },
  { name: 'a region of several provinces in a zone\'s official name is part of it', text: '长株潭国家自主创新示范区建设', expected: [{ text: '长株潭国家自主创新示范区', type: 'zone' }] },
  { name: 'an event named after a zone keeps its own name', text: '中关村论坛开幕。', expected: [{ text: '中关村论坛', type: 'event' }] },
  { name: 'an institute named after a zone keeps its own name', text: '张江实验室发布成果。', expected: [{ text: '张江实验室', type: 'organization' }] },
  { name: "an institute named by its parent's short name takes the parent's full name", text: '中科院苏州医工所发布成果。', expected: [{ text: '中科院苏州医工所', type: 'organization', canonical: '中国科学院苏州医工所' }] },
  { name: 'a bare level word owns two bodies of a list', text: '区人社局、区财政局联合发文', expected: [{ text: '区人社局', type: 'organization' }, { text: '区财政局', type: 'organization' }] },
  { name: 'a zone written short takes its full form', text: '临沂经开区实现营收', expected: [{ text: '临沂经开区', type: 'zone', canonical: '临沂经济技术开发区' }] },
  { name: 'a count before a place-named name counts what follows', text: '6个松江新城重大项目启动建设；松江区', expected: [{ text: '松江新城', type: 'zone' }, { text: '松江区', type: 'place' }] },
  { name: '暨 joins two titles, not a name', text: '一期开工暨松江新城重大项目启动', expected: [{ text: '松江新城', type: 'zone' }] },
  { name: 'a quoted description with 的 is no name', text: '以打造“具有全球影响力的卓越科创园区”为目标', expected: [] },
  { name: 'a new town needs its place', text: '主城区新城建设提速', expected: [] },
  { name: 'holding a company is no company', text: '持有公司30%股份的股东', expected: [] },
  { name: 'a county short name alone once the county is named', text: '松江区发布政策。今天松江又有项目签约。', expected: [{ text: '松江区', type: 'place' }, { text: '松江', type: 'place' }] },
  { name: 'a county short name alone otherwise is no place', text: '今天松江又有项目签约。', expected: [] },
  { name: 'a region of provinces alone', text: '联动长三角兄弟城市', expected: [{ text: '长三角', type: 'place' }] },
  { name: 'a country and its region', text: '和德国、中国香港等地的项目', expected: [{ text: '德国', type: 'place' }, { text: '中国香港', type: 'place' }] },
  { name: 'a research body named after its park', text: '参观了武汉未来科技城新能源研究院', expected: [{ text: '武汉未来科技城新能源研究院', type: 'organization' }] },
  { name: 'a numbered meeting', text: '在第十四届全国人民代表大会第一次会议上', expected: [{ text: '第十四届全国人民代表大会第一次会议', type: 'event' }] },
  { name: 'a work meeting with its zone and year', text: '记者从长春高新技术产业开发区2014年工作会议上获悉', expected: [{ text: '长春高新技术产业开发区2014年工作会议', type: 'event' }] },
  { name: 'a bare meeting is no event', text: '召开工作会议部署任务', expected: [] },
  { name: 'a quoted fund is a work', text: '成立「数码港投资创业基金」', expected: [{ text: '数码港投资创业基金', type: 'work' }] },
  { name: 'a quoted slogan with a verb is no zone', text: '提出“推进产业优打造美丽和谐高新区”新定位', expected: [] },
  { name: 'a description of a whole level is no zone', text: '主要指标位于全省开发区前列', expected: [] },
  { name: 'a verb tail before a zone word is no name', text: '山东再添国家级经济技术开发区', expected: [{ text: '山东', type: 'place' }] },
  { name: 'a named park in a zone is a zone of its own', text: '位于西安高新区丝路软件城的企业', expected: [{ text: '西安高新区丝路软件城', type: 'zone' }] },
  { name: 'an event reads through a place inside its name', text: '第六届数字中国建设峰会在福州开幕', expected: [{ text: '第六届数字中国建设峰会', type: 'event' }, { text: '福州', type: 'place' }] },
  { name: 'a university school in a city', text: '清华大学深圳国际研究生院签约', expected: [{ text: '清华大学深圳国际研究生院', type: 'organization' }] },
  { name: 'a market by its short name', text: '在深交所创业板上市', expected: [{ text: '深交所', type: 'organization', canonical: '深圳证券交易所' }] },
  { name: 'a zone with a short proper name in brackets', text: '北京经济技术开发区（亦庄）今年', expected: [{ text: '北京经济技术开发区（亦庄）', type: 'zone' }] },
  { name: 'a note in brackets stays out of the zone', text: '启动吉林省战略性新兴产业集聚区(试点)建设', expected: [{ text: '吉林省战略性新兴产业集聚区', type: 'zone' }] },
  { name: 'an event with its year before its place', text: '2023中国（绵阳）科技城国际科技博览会开幕', expected: [{ text: '2023中国（绵阳）科技城国际科技博览会', type: 'event' }] },
  { name: 'a forum of a named fair takes the whole name of the fair', text: '期间将举办2024中国国际软件博览会高峰论坛。', expected: [{ text: '2024中国国际软件博览会高峰论坛', type: 'event' }] },
  { name: 'a sub-forum of a named summit takes the whole name of the summit', text: '同期举办第五届数字中国建设峰会分论坛。', expected: [{ text: '第五届数字中国建设峰会分论坛', type: 'event' }] },
  { name: 'a holding company by the name of its owner', text: '中科院控股目前管理基金规模超过200亿元。', expected: [{ text: '中科院控股', type: 'organization' }] },
  { name: 'a Latin brand before the place a body serves opens its name', text: 'IBM中国研究院与张江科学城签约。', expected: [{ text: 'IBM中国研究院', type: 'organization' }, { text: '张江科学城', type: 'zone' }] },
  { name: 'an innovation consortium (联合体) is a body', text: '牵头组建新能源汽车产业创新联合体。', expected: [{ text: '新能源汽车产业创新联合体', type: 'organization' }] },
  { name: 'a bare 联合体 is no name', text: '组建联合体投标。', expected: [] },
  { name: 'the adverb 有所 is no institute', text: '前三季度东莞松山湖部分指标有所回落', expected: [{ text: '东莞', type: 'place' }] },
  { name: 'a state holding is no company', text: '国有控股企业营收增长。', expected: [] },
  { name: 'a controlling shareholder is no company', text: '华为控股股东', expected: [{ text: '华为', type: 'organization', canonical: '华为技术有限公司' }] },
  { name: 'a purchase verb closes a product name', text: '企业购买EDA工具软件的，给予补贴。', expected: [{ text: 'EDA工具软件', type: 'work' }] },
  { name: 'a verb of use closes a product name', text: '企业采用EDA工具软件的，给予补贴。', expected: [{ text: 'EDA工具软件', type: 'work' }] },
  { name: 'a verb of renting closes a product name', text: '企业租用ERP管理软件的，给予补贴。', expected: [{ text: 'ERP管理软件', type: 'work' }] },
  { name: 'a product named by common words alone is no name', text: '企业购买工业设计软件的，给予补贴。', expected: [] },
  { name: 'an event with its edition before its place', text: '第二十五届中国国际高新技术成果交易会上', expected: [{ text: '第二十五届中国国际高新技术成果交易会', type: 'event' }] },
  { name: 'a new area of a free trade zone', text: '上海临港新片区发布', expected: [{ text: '上海临港新片区', type: 'zone' }] },
  { name: 'a speaker after a closing quote', text: '“我们很有信心。”黄宣泽说。', expected: [{ text: '黄宣泽', type: 'person' }] },
  { name: 'a national leader without a title', text: '习近平在党的二十大报告中指出', expected: [{ text: '习近平', type: 'person' }, { text: '党的二十大', type: 'event' }] },
  { name: 'no name read from the 中 of 其中', text: '其中国家级平台12个。', expected: [] },
  { name: 'a name after the 中 of 其中 starts on the next character', text: '其中科大讯飞研发投入约21亿元。', expected: [{ text: '科大讯飞', type: 'organization' }] },
  { name: 'a name after 其中 keeps its own 中', text: '其中中国科学技术大学获得12项。', expected: [{ text: '中国科学技术大学', type: 'organization' }] },
  { name: 'no name read from the 中 of 集中', text: '集中国内优势资源。', expected: [] },
  { name: 'a time word closes a name on its left (本季度公司业务)', text: '本季度公司业务保持稳健增长。', expected: [] },
  { name: 'a stock code is no company (股份代号)', text: '香港联交所股份代号：00700', expected: [{ text: '香港联交所', type: 'organization' }] },
  { name: 'a company with its place of registration before its brand', text: '深圳市腾讯计算机系统有限公司发布公告。', expected: [{ text: '深圳市腾讯计算机系统有限公司', type: 'organization' }] },
  { name: 'a holding company keeps its brand (投资控股)', text: '深圳市华为投资控股有限公司与园区签约。', expected: [{ text: '深圳市华为投资控股有限公司', type: 'organization' }] },
  { name: 'a brand and a place apart stay two', text: '在深圳市，腾讯公司发布公告。', expected: [{ text: '深圳市', type: 'place' }, { text: '腾讯公司', type: 'organization', canonical: '腾讯' }] },
  { name: 'a branch of an academy after it', text: '中国科学院上海分院参加会议。', expected: [{ text: '中国科学院上海分院', type: 'organization' }] },
  { name: 'a rank and common words are a description, not a name', text: '对新认定的国家级人工智能创新平台，给予最高1000万元奖励。', expected: [] },
  { name: 'a provincial rank and common words are a description', text: '全区共有省级工程技术研究中心12家。', expected: [] },
];

describe('extractEntities', () => {
  it.each([...CASES, ...MORE_CASES])('$name', ({ text, expected }) => {
    const got = extractEntities(text, { referenceDate: '2022-11-15' }).map((e) => {
      const out: Case['expected'][number] = { text: e.text, type: e.type };
      if (e.canonical !== undefined) out.canonical = e.canonical;
      if (e.refersTo !== undefined) out.refersTo = e.refersTo;
      if (e.partOf !== undefined) out.partOf = e.partOf;
      return out;
    });
    expect(got, text).toEqual(expected);
  });

  it.each([
    { text: '江苏省副省长胡广杰宣布，', name: '胡广杰', role: '副省长' },
    { text: '新华社上海3月5日电（记者 李明远）', name: '李明远', role: '记者' },
    { text: '(新甘肃·甘肃日报记者李满福)', name: '李满福', role: '新甘肃·甘肃日报记者' },
  ])('gives $name the role $role as the page writes it', ({ text, name, role }) => {
    const person = extractEntities(text).find((e) => e.text === name);
    expect(person?.role).toBe(role);
  });

  it('gives a short name on a Traditional page the full name as the page writes it', () => {
    const got = extractEntities('中科營業額成長，中部科學工業園區表示將擴廠。', { referenceDate: '2022-11-15' });
    expect(got.map((e) => [e.text, e.canonical])).toEqual([
      ['中科', '中部科學工業園區'],
      ['中部科學工業園區', undefined],
    ]);
  });

  it('maps spans over a layout break back to the original', () => {
    const text = '充沛的人才储备和强大的科研能力为高新区产业发展提供了源源不断的动能穿行\n\n医疗器械与生物医药产业园的各个厂房，可看到生产线。';
    const zone = extractEntities(text).find((e) => e.type === 'zone');
    expect(zone?.text).toBe('医疗器械与生物医药产业园');
    expect(text.slice(zone!.start, zone!.end)).toBe(zone!.text);
  });
});

const CHARS = [...'高新区科技有限公司大学研究院实验室中心该企业表示说教授王李张的在与和、，。“”《》()12３\n 重庆无锡北京'];

describe('extractEntities properties', () => {
  it('never throws, keeps spans equal to slices, sorted and without overlaps', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 200 }).map((a) => a.join('')), (text) => {
        const entities = extractEntities(text);
        let last = 0;
        for (const e of entities) {
          expect(text.slice(e.start, e.end)).toBe(e.text);
          expect(e.start).toBeGreaterThanOrEqual(last);
          expect(e.end).toBeGreaterThan(e.start);
          last = e.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary strings, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (text) => Array.isArray(extractEntities(text))), { numRuns: 300 });
  });

  it('runs in linear time: 1 MB takes well under twenty times 50 KB', () => {
    const unit = '近日，无锡高新区与无锡学院签约，湖北海星新材料科技有限公司负责人饶秋华表示，该企业将投资建设新项目。';
    const small = unit.repeat(Math.ceil(50_000 / unit.length / 3));
    const large = small.repeat(20);
    extractEntities(small);
    const t0 = performance.now();
    extractEntities(small);
    const t1 = performance.now();
    extractEntities(large);
    const t2 = performance.now();
    expect(t2 - t1).toBeLessThan(Math.max(60 * (t1 - t0), 2000));
  });

  it('is linear on adversarial text: one long run with no punctuation', () => {
    const text = '科技'.repeat(300_000) + '有限公司';
    const t0 = performance.now();
    extractEntities(text);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
