import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalize.js';
import { isPlausibleName, readBracketCredits, readByline, readSignature } from './bylines.js';

describe('readByline', () => {
  it.each([
    { text: '张海 本报记者 刘洋', expected: [{ name: '张海', role: '作者' }, { name: '刘洋', role: '本报记者' }] },
    { text: '陈晨 孙悦 本报特约通讯员 赵静怡', expected: [{ name: '陈晨', role: '作者' }, { name: '孙悦', role: '作者' }, { name: '赵静怡', role: '本报特约通讯员' }] },
    { text: '本报记者刘洋 通讯员 周一鸣', expected: [{ name: '刘洋', role: '本报记者' }, { name: '周一鸣', role: '通讯员' }] },
    { text: '欧阳明 林可', expected: [{ name: '欧阳明', role: '作者' }, { name: '林可', role: '作者' }] },
    { text: '□ 本报记者 李倩', expected: [{ name: '李倩', role: '本报记者' }] },
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
