import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis/analysis.js';
import { mainStatus, referenceStatus } from '../../src/status/statusText.js';
import { figure, report } from './support.js';

const ok = (source: 'option' | 'dateline' | 'today'): Analysis => ({
  status: 'ok',
  report: report({ referenceDateSource: source, referenceDate: '2026-11-29', figures: [figure({ text: '5个' })] }),
  millis: 1,
});

describe('mainStatus', () => {
  it.each([
    ['no report active', undefined, undefined, false, { visible: false }],
    ['a first analysis running', 'r.txt', undefined, true, { text: '$(sync~spin) Gaoxin', visible: true }],
    ['an analysis', 'r.txt', ok('dateline'), false, { text: '$(symbol-number) 1 figure', command: 'gaoxin.summary.focus' }],
    ['a refusal', 'r.txt', { status: 'tooLarge', size: 2, limit: 1, message: 'too big' } as Analysis, false, { text: '$(warning) Gaoxin: too large', tooltip: 'too big' }],
  ] as const)('shows %s', (_name, name, analysis, pending, expected) => expect(mainStatus(name, analysis, pending)).toMatchObject(expected));
  it('says an update is running', () => expect(mainStatus('r.txt', ok('dateline'), true).tooltip).toMatch(/updating/));
});

describe('referenceStatus', () => {
  it('offers to set the date when it was guessed', () =>
    expect(referenceStatus(ok('today'))).toMatchObject({ visible: true, command: 'gaoxin.setReferenceDate', text: '$(calendar) Date guessed' }));
  it.each(['option', 'dateline'] as const)('is hidden when the date came from the %s', (source) => expect(referenceStatus(ok(source)).visible).toBe(false));
  it('is hidden without an analysis', () => expect(referenceStatus(undefined).visible).toBe(false));
});
