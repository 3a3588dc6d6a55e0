import { parseReport, type DateMention, type Entity } from '@gaoxin/core';
import { describe, expect, it } from 'vitest';
import { cardToPlainText, dateCard, entityCard, figureCard, hoverCards, intervalText, renderCard, type MarkdownSink } from '../../src/hover/cards.js';
import { figure, report } from './support.js';

function field(card: { fields: { label: string; value: string }[] }, label: string): string | undefined {
  return card.fields.find((f) => f.label === label)?.value;
}

describe('figureCard', () => {
  const f = figure({
    text: '约20.8亿元',
    kind: 'money',
    value: 2080000000,
    unit: 'CNY',
    unitText: '元',
    approx: 'about',
    numberText: '20.8亿',
    multiplier: 1e8,
    qualifiers: ['约'],
  });

  it('shows the text as written', () => expect(figureCard(report(), f).heading).toBe('约20.8亿元'));
  it('shows the value in Western and Chinese grouping', () => expect(field(figureCard(report(), f), 'Value')).toBe('about 2,080,000,000 CNY (20.8亿)'));
  it('explains the qualifier', () => expect(field(figureCard(report(), f), 'Qualifier')).toBe('约 → about'));
  it('shows the unit as written and normalised', () => expect(field(figureCard(report(), f), 'Unit')).toBe('元 → CNY'));
  it('leaves out attribution the core did not find', () => {
    const labels = figureCard(report(), f).fields.map((x) => x.label);
    expect(labels).not.toContain('Metric');
    expect(labels).not.toContain('Subject');
    expect(labels).not.toContain('As of');
    expect(labels).not.toContain('Article');
  });
  it('shows metric, subject, as-of date and article where known', () => {
    const attributed = { ...f, metric: '总投资', subject: '智能传感器产业园', asOf: { text: '今年9月', from: '2024-09-01', to: '2024-09-30' }, article: 0 };
    const card = figureCard(report({ articles: [{ start: 0, end: 10, title: '临江高新区：以创新链带动产业链', authors: [], sections: [], photoCredits: [] }] }), attributed);
    expect(field(card, 'Metric')).toBe('总投资');
    expect(field(card, 'Subject')).toBe('智能传感器产业园');
    expect(field(card, 'As of')).toBe('今年9月 (2024-09-01 – 2024-09-30)');
    expect(field(card, 'Article')).toBe('临江高新区：以创新链带动产业链');
  });
  it('names an untitled article by number', () => {
    const card = figureCard(report({ articles: [{ start: 0, end: 1, authors: [], sections: [], photoCredits: [] }] }), { ...f, article: 0 });
    expect(field(card, 'Article')).toBe('Article 1');
  });
  it('gives an exact figure no qualifier line', () => expect(field(figureCard(report(), figure({ text: '312个', value: 312 })), 'Qualifier')).toBeUndefined());
  it.each([
    ['余', 'over', 'more than'],
    ['超', 'over', 'more than'],
    ['不足', 'under', 'less than'],
  ] as const)('explains %s as %s', (word, approx, meaning) => {
    expect(field(figureCard(report(), figure({ text: `${word}1`, approx, qualifiers: [word] })), 'Qualifier')).toBe(`${word} → ${meaning}`);
  });
});

describe('dateCard', () => {
  const date: DateMention = {
    text: '今年9月',
    start: 0,
    end: 4,
    grain: 'month',
    from: '2022-09-01',
    to: '2022-09-30',
    stated: { month: 9 },
    implied: { year: 2022 },
    impliedFrom: 'referenceDate',
  };
  const r = report({ referenceDate: '2022-11-15', referenceDateSource: 'dateline' });

  it('shows the resolved interval', () => expect(field(dateCard(r, date), 'Resolved')).toBe('2022-09-01 – 2022-09-30'));
  it('shows what the text states', () => expect(field(dateCard(r, date), 'Stated')).toBe('month 9'));
  it('says the year was taken from the reference date', () =>
    expect(field(dateCard(r, date), 'Implied')).toBe("year 2022: year taken from the reference date 2022-11-15 (the report's dateline)"));
  it('says when the year came from the surrounding text', () =>
    expect(field(dateCard(r, { ...date, impliedFrom: 'context' }), 'Implied')).toBe('year 2022: year taken from the surrounding text'));
  it('shows a single day once', () => expect(intervalText('2022-11-15', '2022-11-15')).toBe('2022-11-15'));
  it('shows an open interval', () => expect(intervalText('2018-01-01', undefined)).toBe('from 2018-01-01 on'));
  it('explains a bound', () => expect(field(dateCard(r, { ...date, modifier: 'since' }), 'Bound')).toBe('from this date on'));
});

describe('entityCard', () => {
  const zone: Entity = { text: '临江高新区', start: 0, end: 5, type: 'zone' };
  const back: Entity = { text: '该高新区', start: 20, end: 24, type: 'zone', refersTo: '临江高新区' };
  const r = report({
    entities: [zone, back, { ...zone, start: 40, end: 45 }],
    figures: [figure({ text: '312个', subject: '临江高新区', metric: '研发平台' }), figure({ text: '36家', subject: '产业园' })],
  });

  it('shows the type', () => expect(field(entityCard(r, zone), 'Type')).toBe('high-tech zone'));
  it('counts mentions under one name', () => expect(field(entityCard(r, zone), 'Mentioned')).toBe('3 times'));
  it('names what a back reference stands for', () => expect(field(entityCard(r, back), 'Refers to')).toBe('临江高新区'));
  it('lists the figures about it', () => expect(field(entityCard(r, zone), 'Figures about it')).toBe('1 figure: 研发平台 312个'));
});

describe('renderCard', () => {
  it('puts document text in through appendText only', () => {
    const calls: Array<['md' | 'text', string]> = [];
    const sink: MarkdownSink = { appendMarkdown: (v) => calls.push(['md', v]), appendText: (v) => calls.push(['text', v]) };
    const hostile = figure({ text: '**[x](command:evil)** 5个', metric: '<img src=x>' });
    renderCard(figureCard(report(), hostile), sink);
    for (const [kind, value] of calls) if (kind === 'md') expect(value).not.toMatch(/evil|<img/);
    expect(calls).toContainEqual(['text', '**[x](command:evil)** 5个']);
    expect(calls).toContainEqual(['text', '<img src=x>']);
  });
  it('renders actions as command links whose arguments are JSON of a URI and offsets', () => {
    let markdown = '';
    const sink: MarkdownSink = { appendMarkdown: (v) => (markdown += v), appendText: (v) => (markdown += v) };
    renderCard(figureCard(report(), figure({ text: '5个', start: 3, end: 5 }), 'file:///r.txt'), sink);
    const links = [...markdown.matchAll(/\]\(command:([\w.]+)\?([^ )]+)/g)].map((m) => [m[1], JSON.parse(decodeURIComponent(m[2] ?? ''))]);
    expect(links).toEqual([
      ['gaoxin.copyFigureValue', [{ uri: 'file:///r.txt', start: 3, end: 5 }]],
      ['gaoxin.revealInSummary', [{ uri: 'file:///r.txt', start: 3, end: 5 }]],
    ]);
  });
  it('puts the actions right under the heading, before any field, so a tall hover never hides them', () => {
    let markdown = '';
    const sink: MarkdownSink = { appendMarkdown: (v) => (markdown += v), appendText: (v) => (markdown += v) };
    renderCard(figureCard(report(), figure({ text: '5个', start: 3, end: 5, metric: '研发平台' }), 'file:///r.txt'), sink);
    expect(markdown.indexOf('command:gaoxin.copyFigureValue')).toBeGreaterThan(markdown.indexOf('5个'));
    expect(markdown.indexOf('command:gaoxin.copyFigureValue')).toBeLessThan(markdown.indexOf('**Value:**'));
  });
  it('has a plain-text form', () => expect(cardToPlainText(figureCard(report(), figure({ text: '312个', value: 312 })))).toMatch(/^Figure · count: 312个\nValue: 312/));
});

describe('hoverCards', () => {
  const text = '截至今年9月，临江高新区已建成研发平台312个，总投资约20.8亿元。';
  const analysis = parseReport(text, { referenceDate: '2022-11-15' });

  it('finds the figure under the offset', () => {
    const at = hoverCards(analysis, text.indexOf('20.8'));
    expect(at?.cards[0]?.heading).toBe('约20.8亿元');
    expect(at?.cards[0]?.fields[0]?.value).toBe('about 2,080,000,000 CNY (20.8亿)');
  });
  it('spans the mention it shows', () => {
    const at = hoverCards(analysis, text.indexOf('312'));
    expect(text.slice(at?.start, at?.end)).toBe('312个');
  });
  it('finds nothing between mentions', () => expect(hoverCards(analysis, text.indexOf('已建成'))).toBeUndefined());
  it('finds nothing without a report', () => expect(hoverCards(undefined, 0)).toBeUndefined());
  it('gives a figure its actions when the document is known, with a URI and offsets only', () => {
    const at = hoverCards(analysis, text.indexOf('20.8'), 'file:///r.txt');
    const actions = at?.cards[0]?.actions ?? [];
    expect(actions.map((a) => a.command)).toEqual(['gaoxin.copyFigureValue', 'gaoxin.revealInSummary']);
    const start = text.indexOf('约20.8');
    for (const action of actions) expect(action.args).toEqual([{ uri: 'file:///r.txt', start, end: start + '约20.8亿元'.length }]);
  });
  it('gives no actions without the document', () => expect(hoverCards(analysis, text.indexOf('20.8'))?.cards[0]?.actions).toBeUndefined());
});
