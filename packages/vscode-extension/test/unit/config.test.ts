import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, readConfig, referenceDateProblem } from '../../src/shared/config.js';

const from = (values: Record<string, unknown>) => ({ get: (key: string) => values[key] });

describe('readConfig', () => {
  it('uses the defaults when nothing is set', () => expect(readConfig(from({}))).toEqual({ config: DEFAULT_CONFIG, problems: [] }));
  it('reads every setting', () => {
    const { config, problems } = readConfig(
      from({ languages: ['plaintext', 'latex'], 'highlight.dates': false, referenceDate: '2022-11-15', maxDocumentSize: 5000, updateDelay: 0 }),
    );
    expect(problems).toEqual([]);
    expect(config).toEqual({
      languages: ['plaintext', 'latex'],
      highlight: { figures: true, dates: false, entities: false },
      referenceDate: '2022-11-15',
      maxDocumentSize: 5000,
      updateDelay: 0,
    });
  });
  it('treats an empty reference date as unset', () => expect(readConfig(from({ referenceDate: '' })).config.referenceDate).toBeUndefined());
  it.each([
    ['languages', 'plaintext'],
    ['highlight.figures', 'yes'],
    ['referenceDate', '2022-02-30'],
    ['maxDocumentSize', -1],
    ['updateDelay', 'soon'],
  ])('falls back to the default for a bad %s and says so', (key, value) => {
    const { config, problems } = readConfig(from({ [key]: value }));
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`gaoxin.${key}`);
  });
});

describe('referenceDateProblem', () => {
  it('accepts a real day', () => expect(referenceDateProblem('2024-02-29')).toBeUndefined());
  it('accepts empty (clears the date)', () => expect(referenceDateProblem('  ')).toBeUndefined());
  it('refuses a day that does not exist', () => expect(referenceDateProblem('2023-02-29')).toMatch(/YYYY-MM-DD/));
  it('refuses another format', () => expect(referenceDateProblem('2024/10/28')).toMatch(/YYYY-MM-DD/));
});
