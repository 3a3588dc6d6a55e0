import { describe, expect, it } from 'vitest';
import { lineBreaks, normalizeText, toOriginalSpan } from './normalize.js';

const LONG = '截至今年九月西部科学城核心区已建成重庆市级及以上研发平台3';

describe('normalizeText joins what the layout broke and maps spans back', () => {
  it.each([
    { name: 'a paragraph broken mid-sentence', text: `${LONG}\n\n12个，完成`, normalized: `${LONG}12个，完成` },
    { name: 'Windows line endings', text: `${LONG}\r\n\r\n12个，完成`, normalized: `${LONG}12个，完成` },
    { name: 'zero-width spaces', text: '研发平台3\u200B12个', normalized: '研发平台312个' },
    { name: 'a non-breaking space entity', text: '研发平台312&nbsp;个', normalized: '研发平台312 个' },
    { name: 'HTML tags', text: '<p>研发平台<b>312</b>个</p>', normalized: '研发平台312个' },
  ])('$name', ({ text, normalized }) => {
    const n = normalizeText(text);
    expect(n.text).toBe(normalized);
    const at = n.text.indexOf('312');
    const span = toOriginalSpan(n, at, n.text.indexOf('个', at) + 1);
    const original = text.slice(span.start, span.end);
    expect(original.startsWith('3') && original.endsWith('个')).toBe(true);
  });

  it.each([
    { name: 'a heading line', text: '新增17家省级科技型中小企业\n\n本报讯 近日' },
    { name: 'a sentence that ends', text: `${LONG}12个。\n\n下一步` },
    { name: 'plain text', text: '研发平台312个' },
    { name: 'a masthead spaced into fields', text: '科技日报·园区版　2024年10月28日　第3版\n\n临江高新区：以创新链带动产业链' },
    { name: 'a two-part headline on one line', text: '总投资500亿元 张江总部园、上海集成电路设计产业园同时开园\n\n在15日，张江总部园宣布开园。' },
    { name: 'a row of a space-aligned table', text: '漕河泾新兴技术开发区（含浦江园区） 2890.1 5.1 980\n紫竹高新区 1120.3 6.5 412' },
    { name: 'a line of fields', text: '来源：安徽日报 2024-07-18 记者 陈晓明\n本报讯 7月17日，记者从合肥高新区管委会获悉' },
    { name: "an official document's title", text: '关于开展虹口区2024年高新技术企业奖励申报工作的通知\n\n各有关单位：' },
    { name: "a page's first line with no clause and a blank line after it (its title)", text: '科技部火炬中心发布2023年度国家高新区综合评价结果\n\n11月15日，科技部火炬中心发布评价结果。' },
    { name: 'a long title before a paragraph that opens with a dateline', text: '第十二届中国（深圳）创新创业大赛在深圳高新区启幕\n\n深圳商报讯（记者 陈思）9月12日，大赛启动。' },
    { name: 'the title of a notice of a list', text: '关于2024年度东湖高新区科技创新专项资金拟支持项目的公示\n\n各有关单位：' },
    { name: 'the title of a circular', text: '关于2024年度全区高新技术企业培育工作推进情况的通报\n\n各园区：' },
    { name: "an official document's title in Traditional script", text: '關於印發《新竹科學園區促進研發創新若干措施》的公告\n\n各有關單位：' },
    { name: 'a line of fields in Traditional script', text: '來源：經濟日報 2024-07-18 記者 林志豪\n本報訊 7月17日，記者從竹科管理局獲悉' },
  ])('keeps $name as it is (script folding aside)', ({ text }) => {
    expect(normalizeText(text).unfolded).toBe(text);
  });

  it.each([
    ['a first line with a clause in it', '园区今年新增企业120家，研发投入持续增长，建成研发平台\n\n312个，完成投资20亿元。'],
    ['a first line without a blank line after it', '截至今年九月西部科学城核心区已建成重庆市级及以上研发平台的企\n业人才需求旺盛。'],
  ])('still joins %s', (_name, text) => {
    expect(normalizeText(text).text).not.toContain('\n');
  });

  it('joins a broken line with a clause in it even where a space parts two words (no headline)', () => {
    const text = '园区今年新增 5家企业，前三季度研发投入持续增长，建成研发平台\n312个，完成投资20亿元。';
    expect(normalizeText(text).text).toBe('园区今年新增 5家企业，前三季度研发投入持续增长，建成研发平台312个，完成投资20亿元。');
  });

  it('maps a span over a removed break to the original, break included', () => {
    const text = `${LONG}\n\n12个`;
    const n = normalizeText(text);
    const at = n.text.indexOf('312个');
    const span = toOriginalSpan(n, at, at + 4);
    expect(text.slice(span.start, span.end)).toBe('3\n\n12个');
  });

  it('maps a span ending on an entity to the end of the entity', () => {
    const text = '312&nbsp;个';
    const n = normalizeText(text);
    expect(toOriginalSpan(n, 0, 5)).toEqual({ start: 0, end: text.length });
  });
});

describe('lineBreaks: each break with its padding and blank lines', () => {
  it.each([
    ['no break', '研发平台312个', []],
    ['one break', 'ab\ncd', [2, 3]],
    ['CRLF', 'ab\r\ncd', [2, 4]],
    ['padding on both sides', 'ab \u3000\n\t cd', [2, 7]],
    ['blank lines in between', 'ab\n\n  \r\n\ncd', [2, 9]],
    ['two breaks', 'a\nb\nc', [1, 2, 3, 4]],
    ['a break at the end', 'ab  \n', [2, 5]],
    ['padding without a break stays', 'a   b', []],
  ] as const)('%s', (_what, text, expected) => {
    expect(lineBreaks(text)).toEqual(expected);
  });
});
