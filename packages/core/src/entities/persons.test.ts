import { describe, expect, it } from 'vitest';
import { findPersons } from './persons.js';

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
  ])('$name', ({ text, expected }) => {
    expect(names(text)).toEqual(expected);
  });
});
