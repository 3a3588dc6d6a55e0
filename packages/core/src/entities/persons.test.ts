import { describe, expect, it } from 'vitest';
import { findPersons, gapAfter } from './persons.js';

const names = (text: string) => findPersons(text).map((c) => text.slice(c.start, c.end)).sort();

describe('findPersons', () => {
  it.each([
    { name: 'after a title', text: '由清华大学教授孙立平带领的团队', expected: ['孙立平'] },
    { name: 'the shorter reading where the next character follows a name', text: '教授王明带领团队', expected: ['王明'] },
    { name: 'between a role and a verb', text: '公司负责人赵德华对此表示满意', expected: ['赵德华'] },
    { name: 'before a verb of saying', text: '工作人员刘佳表示，流程很快。', expected: ['刘佳'] },
    { name: 'before a title after a name', text: '实验室主任周涛教授说，进展顺利。', expected: ['周涛'] },
    { name: 'a rare surname beside a strong title', text: '汇聚起卞修文院士等专家', expected: ['卞修文'] },
    { name: 'a byline', text: '张海 本报记者 刘洋\n正文开始了。', expected: ['刘洋', '张海'] },
    { name: 'a trailing signature', text: '为园区发展贡献力量。 林可', expected: ['林可'] },
    { name: 'a later mention of a name found by a cue', text: '王芳说，很好。\n王芳认为还要加强。', expected: ['王芳', '王芳'] },
    { name: 'an adverb is no surname', text: '代办员都会提前告知', expected: [] },
    { name: 'a pronoun is no name', text: '她表示，很满意。', expected: [] },
    { name: 'an organisation before 院士 is no person', text: '中国工程院院士等人才', expected: [] },
    { name: 'a list of names before a verb', text: '刘洋、赵敏出席了活动。', expected: ['刘洋', '赵敏'] },
    { name: 'a list after a post', text: '副市长周涛、李若、王建国等出席。', expected: ['周涛', '李若', '王建国'] },
    { name: 'a post and a name apart by a space and a colon', text: '上海张江管理局副局长 吴俊：是要集聚企业。', expected: ['吴俊'] },
    { name: 'contacts apart by spaces', text: '联系人:钱天明 薛秀兰\n地址', expected: ['薛秀兰', '钱天明'] },
    { name: 'a body before a post is no person', text: '管委会主任王军表示', expected: ['王军'] },
    { name: 'a deputy word before a title belongs to the title, not to a name', text: '区委副书记、区长刘正平出席会议。', expected: ['刘正平'] },
    { name: 'an executive deputy word before a title', text: '区委常务副书记刘正平出席。', expected: ['刘正平'] },
    { name: 'a name ending like a body between two cues', text: '局长杨文科表示，营业额增长。', expected: ['杨文科'] },
    { name: 'a function character inside a name between two cues', text: '行政总裁林向阳会见传媒', expected: ['林向阳'] },
    { name: 'credits in brackets', text: '北京商报讯(记者 金一力 刘文华)4月1日，', expected: ['刘文华', '金一力'] },
    { name: 'a list of names before 等 and a word for people', text: '张伟、王芳、李强等专家参加评审。', expected: ['张伟', '李强', '王芳'] },
    { name: 'a list of two names before 等人', text: '刘洋、周敏等人出席。', expected: ['刘洋', '周敏'] },
    { name: 'a list of things before 等 is no list of people', text: '北京、上海等城市参加。', expected: [] },
    { name: 'an award winner before a strong title', text: '诺贝尔奖得主杨振宁教授发来贺信。', expected: ['杨振宁'] },
    { name: 'a surname ending a word is no name (有关负责同志)', text: '复旦大学有关负责同志参加会议。', expected: [] },
    { name: 'a surname ending a word is no name (提高)', text: '要求提高服务水平。', expected: [] },
    { name: 'a name of the same surname after a post', text: '副局长关伟表示，进展顺利。', expected: ['关伟'] },
    { name: 'a vice minister of Taiwan', text: '经济部次长林全能受访时指出', expected: ['林全能'] },
    { name: 'credits of a special dispatch', text: '（中央社记者张家豪北京20日专电）北京市统计局今天公布。', expected: ['张家豪'] },
    { name: 'credits in 【】 with the place filed from after a full-width slash', text: '【记者林志明／新竹报导】国科会今日公布。', expected: ['林志明'] },
    { name: 'a lone name in brackets closing the text', text: '主要指标增速居前列。 ( 王继文)', expected: ['王继文'] },
    { name: 'a lone word in brackets is no signature', text: '启动集聚区(试点)建设。', expected: [] },
    { name: 'a name before a time word', text: '局长王明近日表示', expected: ['王明'] },
    { name: 'a credit in a line of fields; its label is no speaker', text: '来源：安徽日报 2024-07-18 记者 陈晓明\n本报讯 7月17日，记者从管委会获悉。', expected: ['陈晓明'] },
    { name: 'an author in a line of fields', text: '时间:2011-04-02 11:43:44来源:作者:夏丹\n近日，开发区升级。', expected: ['夏丹'] },
    { name: 'a surname that is an adverb, after a post and before punctuation', text: '宁德时代董事长曾毓群，', expected: ['曾毓群'] },
    { name: 'an adverb after a post before a verb is no name', text: '董事长曾多次表示', expected: [] },
    { name: 'a surname that is an adverb, after a post and before a verb of saying', text: '宁德时代董事长曾毓群表示，', expected: ['曾毓群'] },
    { name: 'an adverb and an adverbial after a post are no name, punctuation after or not', text: '董事长曾多次。', expected: [] },
    { name: 'an adverb and a verb of saying after a post are no name', text: '总经理曾强调。', expected: [] },
    { name: 'an adverb and 一度 after a post are no name', text: '董事长曾一度表示', expected: [] },
    { name: 'a name before an adverb and a verb of saying', text: '新竹县长杨文科也表示，将全力配合。', expected: ['杨文科'] },
    { name: 'a name before 则 and a verb of saying', text: '行政总裁林向阳则说，两地将加强合作。', expected: ['林向阳'] },
    { name: 'a name before 也 and a verb of saying, no title', text: '。王建国也表示，', expected: ['王建国'] },
    { name: 'a credit in square brackets', text: '【中央社记者张建中新竹15日电】新竹科学园区', expected: ['张建中'] },
    { name: 'a name before 分别', text: '中山大学副校长王雪华分别作主题演讲', expected: ['王雪华'] },
    { name: 'a Latin post before a name', text: '公司创始人兼CEO陈浩介绍', expected: ['陈浩'] },
    { name: 'an interview speaker opening a line', text: '张明：我们会继续努力，做好服务。', expected: ['张明'] },
    { name: 'a form field is no speaker', text: '金额：100万元，按季度拨付到位。', expected: [] },
    { name: 'a name before 昨', text: '管理局局长戴谦昨指出', expected: ['戴谦'] },
    { name: 'a byline joined to the next line by a layout break', text: '来源:作者:夏丹近日,山东临沂', expected: ['夏丹'] },
    { name: 'a name whose last character starts a cue word', text: '管委会副主任李国强说', expected: ['李国强'] },
    { name: 'credits in brackets on a later line, after lines without any', text: '第一段。\n第二段。\n(记者 金一力 刘文华)', expected: ['刘文华', '金一力'] },
    { name: 'a bracket on an earlier line opens no credit on this one', text: '启动集聚区(试点)。\n记者 金一力 刘文华', expected: ['刘文华', '金一力'] },
    { name: 'a three-character speaker opening a later line', text: '访谈实录\n王建国：我们会继续努力，做好服务。', expected: ['王建国'] },
  ])('$name', ({ text, expected }) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    { text: '省长李明出席。', name: '李明', role: '省长' },
    { text: '中国科学院院士王贻芳致辞', name: '王贻芳', role: '院士' },
    { text: '李若教授说', name: '李若', role: '教授' },
    { text: '（记者 张伟 通讯员 李娜）', name: '李娜', role: '通讯员' },
    { text: '王芳表示，很好。', name: '王芳', role: undefined },
    { text: '江苏省副省长胡广杰宣布', name: '胡广杰', role: '副省长' },
    { text: '常务副市长刘新说', name: '刘新', role: '常务副市长' },
  ])('gives $name the role $role in $text', ({ text, name, role }) => {
    const c = findPersons(text).find((p) => text.slice(p.start, p.end) === name);
    expect(c?.role).toBe(role);
  });
});

describe('gapAfter: what parts a post from its holder', () => {
  const GAP = /^[ \t\u3000]{0,2}[:：]?[ \t\u3000]{0,2}/;
  it.each([
    { text: '主任王明', at: 2, expected: 0 },
    { text: '副局长 吴俊', at: 3, expected: 1 },
    { text: '联系人:钱天阳', at: 3, expected: 1 },
    { text: '联系人：　钱天阳', at: 3, expected: 2 },
    { text: '记者  ：  王明', at: 2, expected: 5 },
    { text: '记者   王明', at: 2, expected: 3 },
    { text: '记者 ：', at: 2, expected: 2 },
    { text: '记者', at: 2, expected: 0 },
  ])('$text at $at: $expected', ({ text, at, expected }) => {
    expect(gapAfter(text, at)).toBe(expected);
    expect(gapAfter(text, at)).toBe(GAP.exec(text.slice(at, at + 5))![0].length);
  });
});
