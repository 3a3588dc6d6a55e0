import { describe, expect, it } from 'vitest';
import { extractDates } from './extractDates.js';
import { extractEntities } from './extractEntities.js';
import { extractFigures } from './extractFigures.js';
import { parseReport } from './parseReport.js';
import { startRun } from './run.js';

const DATELINE_PAGE = '2021年6月1日\n截至今年5月，无锡高新区引育科技型企业1373家，总投资约20.8亿元。';
const REF = { referenceDate: '2022-11-15' } as const;
const NOW = () => new Date(2024, 2, 9, 17, 45);

describe('one reference date for every entry point', () => {
  it.each([
    ['the option', REF, '2022-11-15', 'option'],
    ['the dateline', undefined, '2021-06-01', 'dateline'],
  ] as const)('parseReport takes %s', (_what, options, day, source) => {
    const report = parseReport(DATELINE_PAGE, options);
    expect([report.referenceDate, report.referenceDateSource]).toEqual([day, source]);
  });

  it.each([
    ['a dateline', DATELINE_PAGE, 'dateline', '2021-05-01'],
    ['neither option nor dateline', '截至今年5月，引育科技型企业1373家。', 'today', '2024-05-01'],
  ] as const)('startRun and extractDates agree with %s', (_what, text, source, may) => {
    expect(startRun(text, undefined, NOW).context.referenceDateSource).toBe(source);
    expect(extractDates(text, undefined, NOW).find((d) => d.text === '今年5月')?.from).toBe(may);
  });

  it('extractDates gives the dates of parseReport', () => {
    expect(extractDates(DATELINE_PAGE)).toEqual(parseReport(DATELINE_PAGE).dates);
  });
});

describe('each entry point runs only the stages it needs', () => {
  it('extractFigures gives the figures of parseReport, without what attribution adds', () => {
    const report = parseReport(DATELINE_PAGE, REF).figures;
    const figures = extractFigures(DATELINE_PAGE, REF);
    expect(figures.map((f) => [f.start, f.end, f.value])).toEqual(report.map((f) => [f.start, f.end, f.value]));
    expect(report.some((f) => f.asOf !== undefined)).toBe(true);
    expect(figures.filter((f) => f.asOf !== undefined || f.metric !== undefined || f.subject !== undefined || f.article !== undefined)).toEqual([]);
  });

  it('extractEntities gives the entities of parseReport', () => {
    expect(extractEntities(DATELINE_PAGE, REF)).toEqual(parseReport(DATELINE_PAGE, REF).entities);
  });
});

describe('one ROC-year range: on a Taiwan page an N年 is a date or a span of time, never neither', () => {
  const TAIWAN = { ...REF, region: 'taiwan' } as const;
  it.each([
    ['竹科於25年營收成長', 'figure'],
    ['竹科於35年營收成長', 'date'],
    ['竹科於112年營收成長', 'date'],
    ['竹科於150年營收成長', 'figure'],
  ] as const)('%s: a %s', (text, what) => {
    const dates = extractDates(text, TAIWAN).filter((d) => d.text.endsWith('年'));
    const figures = extractFigures(text, TAIWAN);
    expect([dates.length, figures.length]).toEqual(what === 'date' ? [1, 0] : [0, 1]);
  });
});
