import { describe, expect, it } from 'vitest';
import { USAGE, UsageError, editDistance, parseCommand } from './args.js';

const DEFAULTS = { name: 'extract', inputs: [], referenceDate: undefined, region: undefined, includeOrdinals: false, format: 'json', out: undefined, encoding: undefined, jobs: 1, maxSizeMb: 64, progress: true, force: false };

describe('parseCommand reads valid command lines', () => {
  it.each([
    { argv: ['extract', 'a.txt'], expected: { ...DEFAULTS, inputs: ['a.txt'] } },
    { argv: ['extract', '-', '--format', 'table'], expected: { ...DEFAULTS, inputs: ['-'], format: 'table' } },
    { argv: ['extract', 'a.txt', '--reference-date', '2022-11-15'], expected: { ...DEFAULTS, inputs: ['a.txt'], referenceDate: '2022-11-15' } },
    { argv: ['extract', 'a', 'b/', '*.txt', '--format', 'csv', '--out', 'x.csv', '--jobs', '2', '--encoding', 'GBK', '--max-size', '5', '--no-progress'], expected: { ...DEFAULTS, inputs: ['a', 'b/', '*.txt'], format: 'csv', out: 'x.csv', jobs: 2, encoding: 'gb18030', maxSizeMb: 5, progress: false } },
    { argv: ['extract', 'a.txt', '--region', 'Taiwan', '--include-ordinals'], expected: { ...DEFAULTS, inputs: ['a.txt'], region: 'taiwan', includeOrdinals: true } },
    { argv: ['extract', 'a.txt', '--format', 'xlsx', '-o', 'x.xlsx'], expected: { ...DEFAULTS, inputs: ['a.txt'], format: 'xlsx', out: 'x.xlsx' } },
    { argv: ['extract', 'a.txt', '--out=-x.json'], expected: { ...DEFAULTS, inputs: ['a.txt'], out: '-x.json' } },
    { argv: ['extract', '-j2', 'a.txt', '--format=csv'], expected: { ...DEFAULTS, inputs: ['a.txt'], jobs: 2, format: 'csv' } },
    { argv: ['extract', '--', '-odd-name.txt'], expected: { ...DEFAULTS, inputs: ['-odd-name.txt'] } },
    { argv: ['schema'], expected: { name: 'schema' } },
    { argv: [], expected: { name: 'help', asked: false } },
    { argv: ['--help'], expected: { name: 'help', asked: true } },
    { argv: ['extract', 'a.txt', '-h'], expected: { name: 'help', asked: true } },
    { argv: ['-v'], expected: { name: 'version' } },
  ])('$argv', ({ argv, expected }) => {
    expect(parseCommand(argv)).toEqual(expected);
  });
});

describe('parseCommand rejects bad command lines with one line', () => {
  it.each([
    { argv: ['extract'], message: /needs a file, a folder/ },
    { argv: ['extract', 'a', '--jobs', '0'], message: /--jobs must be a whole number/ },
    { argv: ['extract', 'a', '--encoding', 'latin1'], message: /--encoding must be one of/ },
    { argv: ['extract', 'a', '--format', 'xml'], message: /json, jsonl, csv, md, table, xlsx/ },
    { argv: ['convert', 'a'], message: /unknown command "convert"/ },
    { argv: ['extract', 'a', '--colour'], message: /^unknown option --colour; see gaoxin --help$/ },
    { argv: ['extract', 'a', '--formt', 'csv'], message: /^unknown option --formt \(did you mean --format\?\); see gaoxin --help$/ },
    { argv: ['extract', 'a', '--refrence-date=2022-01-01'], message: /did you mean --reference-date\?/ },
    { argv: ['extract', 'a', '--include-ordinal'], message: /did you mean --include-ordinals\?/ },
    { argv: ['extract', 'a', '--regoin', 'taiwan'], message: /did you mean --region\?/ },
    { argv: ['extract', 'a', '-x'], message: /^unknown option -x/ },
    { argv: ['extract', 'a', '--out', '-x.json'], message: /^--out needs a value; write --out=-… for a value that starts with -$/ },
    { argv: ['extract', 'a', '--format'], message: /^--format needs a value; see gaoxin --help$/ },
    { argv: ['extract', 'a', '--no-progress=yes'], message: /^--no-progress takes no value/ },
    { argv: ['extract', 'a', '--region', 'europe'], message: /--region must be one of mainland, taiwan, hongkong/ },
    { argv: ['extract', 'a', '--format', 'xlsx'], message: /xlsx .*needs --out/ },
    { argv: ['schema', 'x'], message: /no arguments/ },
  ])('$argv', ({ argv, message }) => {
    let caught: unknown;
    try {
      parseCommand(argv);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UsageError);
    expect((caught as Error).message).toMatch(message);
    expect((caught as Error).message).not.toContain('\n');
    expect((caught as Error).message).not.toMatch(/ERR_|To specify a positional/);
  });
});

describe('USAGE explains the command', () => {
  it('starts with what gaoxin does', () => expect(USAGE.split('\n')[0]).toMatch(/^gaoxin: figures, dates and entities/));
  it.each(['--format', '--out', '--reference-date', '--region', '--include-ordinals', '--encoding', '--jobs', '--max-size', '--no-progress', '--help', '--version'])(
    'lists %s',
    (option) => expect(USAGE).toContain(option),
  );
  it('has examples and exit codes', () => {
    expect(USAGE).toMatch(/Examples:\n(  gaoxin extract .*\n)+/);
    expect(USAGE).toMatch(/Exit codes:\n  0 .*\n  1 .*\n  2 /);
  });
});

describe('editDistance', () => {
  it.each([
    ['formt', 'format', 1],
    ['', 'out', 3],
    ['jobs', 'jobs', 0],
    ['regoin', 'region', 2],
  ])('%s → %s is %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});
