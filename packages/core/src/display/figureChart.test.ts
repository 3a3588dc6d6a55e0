import { describe, expect, it } from 'vitest';
import type { Figure } from '../models/figure.js';
import { JUPYTER_DISPLAY } from './richDisplay.js';
import { figureChart } from './figureChart.js';

const figure = (over: Partial<Figure> & Pick<Figure, 'text' | 'kind' | 'value'>): Figure => ({
  start: 0,
  end: over.text.length,
  approx: 'exact',
  numberText: over.text,
  multiplier: 1,
  qualifiers: [],
  ...over,
});

const contract = figure({ text: '约386.5亿元', kind: 'money', value: 38_650_000_000, unit: 'CNY', metric: '技术合同成交额' });
const loans = figure({ text: '26.7亿元', kind: 'money', value: 2_670_000_000, unit: 'CNY', metric: '贷款' });
const growth = figure({ text: '12.6%', kind: 'percent', value: 12.6, unit: '%', metric: '规模以上工业增加值' });
const projects = figure({ text: '300万至2000万元', kind: 'money', value: 3_000_000, min: 3_000_000, max: 20_000_000, unit: 'CNY' });
const decline = figure({ text: '下降3.5%', kind: 'percent', value: -3.5, unit: '%', metric: '出口' });

const svgOf = (figures: Figure[], title?: string) => figureChart(figures, title ? { title } : {}).html;
const count = (svg: string, pattern: RegExp) => svg.match(pattern)?.length ?? 0;

describe('figureChart draws figures by metric with values and axes', () => {
  it('draws one bar per figure, labelled with its metric and its value as written', () => {
    const svg = svgOf([contract, loans]);
    expect(count(svg, /<rect /g)).toBe(2);
    expect(svg).toContain('>技术合同成交额</text>');
    expect(svg).toContain('>约386.5亿元</text>');
    expect(svg).toContain('>26.7亿元</text>');
  });

  it('scales bars to their values on one axis', () => {
    const widths = [...svgOf([contract, loans]).matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths[0]! / widths[1]!).toBeCloseTo(386.5 / 26.7, 1);
  });

  it('labels the axis with round ticks in 亿 and the unit as its title', () => {
    const svg = svgOf([contract, loans]);
    const ticks = [...svg.matchAll(/class="tick"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(ticks).toEqual(['0', '100亿', '200亿', '300亿', '400亿']);
    expect(svg).toMatch(/class="axis-title"[^>]*>CNY</);
  });

  it('gives each unit its own panel and axis', () => {
    const svg = svgOf([contract, growth, loans]);
    expect(count(svg, /class="axis"/g)).toBe(2);
    expect([...svg.matchAll(/class="panel"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['CNY', '%']);
  });

  it('draws a range from its minimum to its maximum', () => {
    const svg = svgOf([projects]);
    const rect = /<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/.exec(svg);
    const zero = /<line x1="([\d.]+)"[^>]*stroke="#888"/.exec(svg);
    expect(Number(rect?.[1])).toBeGreaterThan(Number(zero?.[1]));
    expect(svg).toContain('range 3000000–20000000');
  });

  it('puts a negative value left of zero', () => {
    const svg = svgOf([growth, decline]);
    const ticks = [...svg.matchAll(/class="tick"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(ticks[0]).toBe('-5');
    const xs = [...svg.matchAll(/<rect x="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(xs[1]).toBeLessThan(xs[0]!);
  });

  it('gives each subject its own panels where there are several', () => {
    const suzhou = figure({ text: '1350亿元', kind: 'money', value: 135_000_000_000, unit: 'CNY', metric: '产值', subject: '苏州工业园区' });
    const svg = svgOf([{ ...contract, subject: '合肥高新区' }, suzhou, { ...loans, subject: '合肥高新区' }]);
    expect([...svg.matchAll(/class="panel"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual(['合肥高新区 · CNY', '苏州工业园区 · CNY']);
  });

  it('draws a figure that is not an actual as an outline, and says what it is', () => {
    const target = { ...figure({ text: '超100亿元', kind: 'money', value: 1e10, unit: 'CNY', metric: '产值' }), status: 'target' };
    const svg = svgOf([contract, target]);
    expect(svg).toContain('>超100亿元 (target)</text>');
    expect(svg.match(/<rect [^>]*stroke-dasharray/g)).toHaveLength(1);
  });

  it('escapes text from the report', () => {
    const svg = svgOf([figure({ text: '5<b>个', kind: 'count', value: 5, unit: '个', metric: 'A&B "x"' })], 'Title <i>');
    expect(svg).not.toContain('<b>');
    expect(svg).not.toContain('<i>');
    expect(svg).toContain('A&amp;B &quot;x&quot;');
  });

  it('says so when there is nothing to chart', () => {
    expect(svgOf([])).toContain('No figures to chart.');
  });

  it('displays in notebooks as SVG and HTML, with a plain-text listing', () => {
    const chart = figureChart([contract], { title: 'Money by metric' });
    const bundle = chart[JUPYTER_DISPLAY]();
    expect(bundle['image/svg+xml']).toBe(chart.html);
    expect(bundle['text/html']!.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(chart.text).toBe('Money by metric\nCNY · 技术合同成交额: 约386.5亿元');
  });
});
