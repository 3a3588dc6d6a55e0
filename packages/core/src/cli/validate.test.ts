import { describe, expect, it } from 'vitest';
import { UsageError, parseCommand, type ExtractCommand } from './args.js';
import { validateExtract } from './validate.js';

const extract = (...args: string[]) => parseCommand(['extract', 'a.txt', ...args]) as ExtractCommand;

describe('validateExtract checks a run once, before any file is read', () => {
  it.each([
    { args: ['--jobs', '64'], cores: 2, jobs: 2 },
    { args: ['--jobs', '2'], cores: 8, jobs: 2 },
    { args: [], cores: 1, jobs: 1 },
    { args: ['--jobs', '4'], cores: 1, jobs: 1 },
  ])('--jobs is capped to the cores: $args on $cores cores gives $jobs', ({ args, cores, jobs }) => {
    expect(validateExtract(extract(...args), cores).jobs).toBe(jobs);
  });

  it.each([
    ['2022-13-01', '--reference-date must be a real day written YYYY-MM-DD, got "2022-13-01"'],
    ['22-11-15', '--reference-date must be a real day written YYYY-MM-DD, got "22-11-15"'],
    ['9999-12-31', '--reference-date must be a day in the years 1000 to 9998, got "9999-12-31"'],
    ['0001-01-01', '--reference-date must be a day in the years 1000 to 9998, got "0001-01-01"'],
  ])('--reference-date %s is a usage error', (day, message) => {
    const call = () => validateExtract(extract('--reference-date', day), 2);
    expect(call).toThrow(UsageError);
    expect(call).toThrow(message);
  });

  it('accepts a good reference date as it is', () => {
    expect(validateExtract(extract('--reference-date', '2022-11-15'), 2).referenceDate).toBe('2022-11-15');
  });
});
