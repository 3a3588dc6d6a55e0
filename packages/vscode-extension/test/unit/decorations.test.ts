import { describe, expect, it } from 'vitest';
import { highlightSpans, KIND_COLORS, kindStyle } from '../../src/decorations/styles.js';
import { figure, report } from './support.js';

describe('kindStyle', () => {
  it('gives each kind its own overview ruler lane', () => {
    const lanes = (['figures', 'dates', 'entities'] as const).map((k) => kindStyle(k, false).lane);
    expect(new Set(lanes).size).toBe(3);
  });
  it('gives only figures a background, and no box outside high contrast', () => {
    expect((['figures', 'dates', 'entities'] as const).map((k) => kindStyle(k, false).background)).toEqual([true, false, false]);
    expect(kindStyle('figures', false).borderWidth).toBe('0');
  });
  it('underlines dates and entities', () => {
    expect(kindStyle('dates', false).borderWidth).toBe('0 0 1px 0');
    expect(kindStyle('entities', false).borderWidth).toBe('0 0 1px 0');
  });
  it('draws figures as a box and thicker lines in high contrast', () => {
    expect(kindStyle('figures', true)).toMatchObject({ background: false, borderWidth: '2px' });
    expect(kindStyle('dates', true).borderWidth).toBe('0 0 2px 0');
  });
  it('uses gaoxin. colour ids', () => {
    for (const colors of Object.values(KIND_COLORS)) for (const id of Object.values(colors)) expect(id).toMatch(/^gaoxin\./);
  });
});

describe('highlightSpans', () => {
  const r = report({
    figures: [figure({ text: '312个' })],
    dates: [{ text: '今年', start: 5, end: 7, grain: 'year', stated: {}, implied: { year: 2022 }, impliedFrom: 'referenceDate' }],
    entities: [{ text: '临江高新区', start: 8, end: 13, type: 'zone' }],
  });
  it('returns every kind when all are enabled', () => {
    const spans = highlightSpans(r, { figures: true, dates: true, entities: true });
    expect([spans.figures.length, spans.dates.length, spans.entities.length]).toEqual([1, 1, 1]);
  });
  it('returns nothing for a disabled kind', () => {
    const spans = highlightSpans(r, { figures: true, dates: false, entities: true });
    expect(spans.dates).toEqual([]);
  });
});
