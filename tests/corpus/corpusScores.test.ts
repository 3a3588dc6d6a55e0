import type { Entity } from '@gaoxin/core';
import { describe, expect, it } from 'vitest';
import { metricMatches, periodMatches, subjectMatches } from './corpusScores.js';

const entity = (text: string, canonical?: string): Entity => ({ text, start: 0, end: text.length, type: 'zone', ...(canonical ? { canonical } : {}) });

describe('attribution scoring is lenient the way EXTRACTION.md says', () => {
  it.each([
    ['营业收入', '营业收入', true],
    ['技术收入占总收入比重', '总收入比重', true],
    ['规上工业增加值', '增长', false],
    [null, undefined, true],
    [null, '产值', false],
    ['产值', undefined, false],
  ] as const)('metric %s vs %s → %s', (gold, got, want) => {
    expect(metricMatches(gold, got)).toBe(want);
  });

  it.each([
    ['长春高新区', '长春高新技术产业开发区', [], true],
    ['西部(重庆)科学城', '西部（重庆）科学城', [], true],
    ['竹科', '新竹科学工业园区', [entity('竹科', '新竹科学工业园区')], true],
    ['竹科', '新竹科学工业园区', [], false],
    ['苏州工业园区', '中新合作区', [], false],
    [null, undefined, [], true],
    [null, '火炬中心', [], false],
  ] as const)('subject %s vs %s → %s', (gold, got, entities, want) => {
    expect(subjectMatches(gold, got, entities)).toBe(want);
  });

  it.each([
    [{ from: '2023-01-01', to: '2023-06-30' }, { text: '上半年', from: '2023-01-01', to: '2023-06-30' }, true],
    [{ from: '2023-01-01', to: '2023-06-30' }, { text: '6月', from: '2023-06-01', to: '2023-06-30' }, false],
    [null, undefined, true],
    [null, { text: '今年', from: '2023-01-01', to: '2023-12-31' }, false],
  ] as const)('period %j vs %j → %s', (gold, got, want) => {
    expect(periodMatches(gold, got)).toBe(want);
  });
});
