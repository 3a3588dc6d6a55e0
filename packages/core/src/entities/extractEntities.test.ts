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

describe('extractEntities', () => {
  it.each(CASES)('$name', ({ text, expected }) => {
    const got = extractEntities(text, { referenceDate: '2022-11-15' }).map((e) => {
      const out: Case['expected'][number] = { text: e.text, type: e.type };
      if (e.canonical !== undefined) out.canonical = e.canonical;
      if (e.refersTo !== undefined) out.refersTo = e.refersTo;
      if (e.partOf !== undefined) out.partOf = e.partOf;
      return out;
    });
    expect(got, text).toEqual(expected);
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
