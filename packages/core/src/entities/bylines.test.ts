import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalize.js';
import { isPlausibleName, mayBeByline, mayBeSignature, readBracketCredits, readByline, readClosingCredits, readFieldCredits, readSignature, readWrittenCredit, shiftCredit } from './bylines.js';
import { mayStartSurname, surnameAt } from './lexicon.js';

describe('readByline', () => {
  it.each([
    { text: '张海 本报记者 刘洋', expected: [{ name: '张海', role: '作者' }, { name: '刘洋', role: '本报记者' }] },
    { text: '陈晨 孙悦 本报特约通讯员 赵静怡', expected: [{ name: '陈晨', role: '作者' }, { name: '孙悦', role: '作者' }, { name: '赵静怡', role: '本报特约通讯员' }] },
    { text: '本报记者刘洋 通讯员 周一鸣', expected: [{ name: '刘洋', role: '本报记者' }, { name: '周一鸣', role: '通讯员' }] },
    { text: '欧阳明 林可', expected: [{ name: '欧阳明', role: '作者' }, { name: '林可', role: '作者' }] },
    { text: '□ 本报记者 李倩', expected: [{ name: '李倩', role: '本报记者' }] },
    { text: '■本报记者 张伟', expected: [{ name: '张伟', role: '本报记者' }] },
    { text: '文 / 本报记者 刘洋', expected: [{ name: '刘洋', role: '本报记者' }] },
    { text: '优化创新布局 增强平台支撑力', expected: undefined },
    { text: '刘洋', expected: undefined },
  ])('$text', ({ text, expected }) => {
    expect(readByline(text)?.map(({ name, role }) => ({ name, role }))).toEqual(expected);
  });

  it('gives offsets into the line', () => {
    const line = '张海 本报记者 刘洋';
    for (const c of readByline(line)!) expect(line.slice(c.start, c.end)).toBe(c.name);
  });
});

describe('readFieldCredits: the names a line of fields credits', () => {
  it.each([
    { line: '时间:2011-04-02 11:43:44来源:作者:夏丹', expected: [{ name: '夏丹', role: '作者' }] },
    { line: '来源：安徽日报 2024-07-18 记者 陈晓明', expected: [{ name: '陈晓明', role: '记者' }] },
    { line: '来源：经济日报 2024-07-18 本报记者 林志豪', expected: [{ name: '林志豪', role: '本报记者' }] },
    { line: '作者：李明 编辑：王芳', expected: [{ name: '李明', role: '作者' }, { name: '王芳', role: '编辑' }] },
    { line: '来源：人民网 2024-07-18', expected: undefined },
    { line: '作者：科技日报', expected: undefined },
    { line: '作者:夏丹来源:人民网', expected: undefined },
  ])('$line', ({ line, expected }) => {
    const credits = readFieldCredits(line);
    expect(credits?.map(({ name, role }) => ({ name, role }))).toEqual(expected);
    for (const c of credits ?? []) {
      expect(line.slice(c.start, c.end)).toBe(c.name);
      expect(line.slice(c.roleStart, c.roleEnd)).toBe(c.role);
    }
  });
});

describe('readClosingCredits: credits in brackets closing a paragraph', () => {
  it.each([
    { line: '还有10个项目现场签约。(记者 杨明)', expected: { names: ['杨明/记者'], signed: false } },
    { line: '营收增长。（记者 张伟 通讯员 李娜）', expected: { names: ['张伟/记者', '李娜/通讯员'], signed: false } },
    { line: '实际到位外资5.1亿美元。 ( 王继文)', expected: { names: ['王继文/作者'], signed: true } },
    { line: '启动集聚区(试点)建设。', expected: undefined },
    { line: '营收增长。(试点)', expected: undefined },
    { line: '营收增长(记者 杨明)', expected: undefined },
    { line: '（本报记者 张伟）', expected: { names: ['张伟/本报记者'], signed: false } },
    { line: '(试点)', expected: undefined },
  ])('$line', ({ line, expected }) => {
    const r = readClosingCredits(line);
    expect(r && { names: r.credits.map((c) => `${c.name}/${c.role}`), signed: r.signed }).toEqual(expected);
    for (const c of r?.credits ?? []) expect(line.slice(c.start, c.end)).toBe(c.name);
  });
});

describe('readWrittenCredit: the credit written out after a dateline', () => {
  it.each([
    { rest: '实习记者王胜男报道:日前，记者从工作会议上获悉', expected: '王胜男/实习记者' },
    { rest: '本报记者 张三 报道：近日', expected: '张三/本报记者' },
    { rest: '日前，记者从工作会议上获悉', expected: undefined },
    { rest: '记者近日从管委会获悉', expected: undefined },
  ])('$rest', ({ rest, expected }) => {
    const c = readWrittenCredit(rest);
    expect(c && `${c.name}/${c.role}`).toEqual(expected);
    if (c) expect(rest.slice(c.start, c.end)).toBe(c.name);
  });
});

describe('readSignature', () => {
  it.each([
    { text: '……为园区发展贡献力量。 林可', expected: '林可' },
    { text: '周一鸣', expected: '周一鸣' },
    { text: '……为园区发展贡献力量。', expected: undefined },
    { text: '……取得新进展。 目前', expected: undefined },
  ])('$text', ({ text, expected }) => {
    expect(readSignature(text)?.name).toBe(expected);
  });

  it('keeps the line break after a signed paragraph when the text is normalised', () => {
    const text = '推动企业持续做好科技企业培育孵化和服务工作为园区发展贡献力量。 林可\n新区出台新政策支持企业';
    expect(normalizeText(text).text).toBe(text);
  });
});

describe('isPlausibleName', () => {
  it.each([
    ['叶伟', true],
    ['欧阳修', true],
    ['目前', false],
    ['重庆', false],
    ['王', false],
    ['张三丰年', false],
    ['王明A', false],
    ['王明明明明', false],
    ['王明\n', false],
    ['', false],
  ])('%s → %s', (s, expected) => {
    expect(isPlausibleName(s)).toBe(expected);
  });
});

// Credits in brackets as papers, agencies and sites print them (names invented for the test).
describe('readBracketCredits', () => {
  it.each([
    { text: '记者 金一力 刘文华', expected: [{ name: '金一力', role: '记者' }, { name: '刘文华', role: '记者' }] },
    { text: '记者周春', expected: [{ name: '周春', role: '记者' }] },
    { text: '记者 张伟 通讯员 李娜', expected: [{ name: '张伟', role: '记者' }, { name: '李娜', role: '通讯员' }] },
    { text: '中央社记者林孟文台北20日电', expected: [{ name: '林孟文', role: '中央社记者' }] },
    { text: '自由时报记者洪友明╱新竹报导', expected: [{ name: '洪友明', role: '自由时报记者' }] },
    { text: '记者林志明／新竹报导', expected: [{ name: '林志明', role: '记者' }] },
    { text: '新甘肃·甘肃日报记者李福', expected: [{ name: '李福', role: '新甘肃·甘肃日报记者' }] },
    { text: '文/图 张伟', expected: [{ name: '张伟', role: '文/图' }] },
    { text: '记者 王文明', expected: [{ name: '王文明', role: '记者' }] },
    { text: '试点', expected: undefined },
    { text: '以下简称中关村企业', expected: undefined },
    { text: '王继文', expected: undefined },
  ])('$text', ({ text, expected }) => {
    expect(readBracketCredits(text)?.map(({ name, role }) => ({ name, role }))).toEqual(expected);
  });

  it('gives offsets into the bracket', () => {
    const inner = '中央社记者林孟文台北20日电';
    for (const c of readBracketCredits(inner)!) expect(inner.slice(c.start, c.end)).toBe(c.name);
  });
});

// Lines of every shape the readers meet: each pre-test must say "may" wherever its reader finds a credit.
const LINES = [
  '王柯岚 本报记者 叶伟', '谢菁 吕伟 本报特约通讯员 丰淑秀', '□ 本报记者 李倩', '文 / 本报记者 刘洋', '　欧阳明 林可', '高欣', ' 高欣 ',
  '优化创新布局 增强平台支撑力', '图片来源:无锡高新区', '1-7月,全区技工贸收入113.2亿元', '联系人:钱天阳 薛秀娟', '… 贡献高新力量。 辛玉',
  '贡献高新力量。　辛玉　', 'ABC 王明', '', '   ', '刘洋', '王明明明明 李华', '本报记者', '六、联系人和联系方式', '同比增长8.3%。',
];

describe('mayBeByline: false only where readByline finds nothing', () => {
  it.each([
    { line: '王柯岚 本报记者 叶伟', expected: true },
    { line: '本报记者刘洋 通讯员 周一鸣', expected: true },
    { line: '□ 本报记者 李倩', expected: true },
    { line: '优化创新布局 增强平台支撑力', expected: false },
    { line: '王明明明明 李华', expected: false },
    { line: '2023年11月20日', expected: false },
    { line: '   ', expected: false },
    { line: '高欣 '.repeat(14), expected: false },
  ])('$line: $expected', ({ line, expected }) => {
    expect(mayBeByline(line, 0, line.length)).toBe(expected);
  });

  it.each(LINES)('agrees with readByline on %j', (line) => {
    if (readByline(line) !== undefined) expect(mayBeByline(line, 0, line.length)).toBe(true);
  });

  it('reads only the line asked for', () => {
    const text = '优化创新布局\n王柯岚 本报记者 叶伟';
    expect(mayBeByline(text, 0, 6)).toBe(false);
    expect(mayBeByline(text, 7, text.length)).toBe(true);
  });
});

describe('mayBeSignature: false only where readSignature finds nothing', () => {
  it.each([
    { line: '… 贡献高新力量。 辛玉', expected: true },
    { line: '高欣 ', expected: true },
    { line: '同比增长8.3%。', expected: false },
    { line: '', expected: false },
    { line: '优化创新布局 增强平台支撑力', expected: false },
    { line: '坚持创新。王明', expected: false },
    { line: '坚持创新。 王明明明明', expected: false },
    { line: '　王明明明　', expected: false },
    { line: '　王明　', expected: true },
  ])('$line: $expected', ({ line, expected }) => {
    expect(mayBeSignature(line, 0, line.length)).toBe(expected);
  });

  it('reads only the line asked for', () => {
    const text = '贡献高新力量。 辛玉\n优化创新布局';
    expect(mayBeSignature(text, 0, 10)).toBe(true);
    expect(mayBeSignature(text, 11, text.length)).toBe(false);
    // The sentence's end must stand inside the line.
    expect(mayBeSignature(text, 8, 10)).toBe(true);
    expect(mayBeSignature('。 辛玉王明', 1, 6)).toBe(false);
  });

  it.each(LINES)('agrees with readSignature on %j', (line) => {
    if (readSignature(line) !== undefined) expect(mayBeSignature(line, 0, line.length)).toBe(true);
  });

  it('takes as spaces exactly what \\s matches, at every code unit', () => {
    // A name after the code unit is the whole line exactly when the code unit is a space (or Han, and in the name).
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      const han = code >= 0x4e00 && code <= 0x9fff;
      if (mayBeSignature(`${ch}王明`, 0, 3) !== (han || /\s/.test(ch))) throw new Error(`code unit ${code.toString(16)}`);
      if (mayBeByline(`${ch}${ch}王明`, 0, 4) !== (/\s/.test(ch) || mayBeByline(`${ch}${ch}`, 0, 2))) throw new Error(`byline, code unit ${code.toString(16)}`);
    }
  });
});

describe('mayStartSurname and surnameAt', () => {
  it.each([
    { text: '王明', surname: 1 },
    { text: '欧阳修', surname: 2 },
    { text: '欧文', surname: 1 },
    { text: '司马光', surname: 2 },
    { text: '的确', surname: 0 },
    { text: '', surname: 0 },
  ])('$text: $surname', ({ text, surname }) => {
    expect(surnameAt(text, 0)).toBe(surname);
    expect(mayStartSurname(text.charCodeAt(0))).toBe(surname > 0);
  });

  it('finds no surname past the end or before the start', () => {
    expect(surnameAt('王', 1)).toBe(0);
    expect(surnameAt('王', -1)).toBe(0);
  });
});

describe('shiftCredit moves a credit and its role, and nothing else', () => {
  it.each([
    { credit: { name: '张伟', role: '记者', start: 3, end: 5, roleStart: 0, roleEnd: 2 }, by: 10, expected: { name: '张伟', role: '记者', start: 13, end: 15, roleStart: 10, roleEnd: 12 } },
    { credit: { name: '王芳', role: '作者', start: 0, end: 2 }, by: 4, expected: { name: '王芳', role: '作者', start: 4, end: 6 } },
  ])('$credit.name by $by', ({ credit, by, expected }) => {
    expect(shiftCredit(credit, by)).toEqual(expected);
    expect(credit.start).toBeLessThan(expected.start);
  });
});
