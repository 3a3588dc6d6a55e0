import { describe, expect, it } from 'vitest';
import { UsageError, parseCommand } from './args.js';

const DEFAULTS = { name: 'extract', inputs: [], referenceDate: undefined, format: 'json', out: undefined, encoding: undefined, jobs: 1, maxSizeMb: 64, progress: true, force: false };

describe('parseCommand reads valid command lines', () => {
  it.each([
    { argv: ['extract', 'a.txt'], expected: { ...DEFAULTS, inputs: ['a.txt'] } },
    { argv: ['extract', '-', '--format', 'table'], expected: { ...DEFAULTS, inputs: ['-'], format: 'table' } },
    { argv: ['extract', 'a.txt', '--reference-date', '2022-11-15'], expected: { ...DEFAULTS, inputs: ['a.txt'], referenceDate: '2022-11-15' } },
    { argv: ['extract', 'a', 'b/', '*.txt', '--format', 'csv', '--out', 'x.csv', '--jobs', '2', '--encoding', 'GBK', '--max-size', '5', '--no-progress'], expected: { ...DEFAULTS, inputs: ['a', 'b/', '*.txt'], format: 'csv', out: 'x.csv', jobs: 2, encoding: 'gb18030', maxSizeMb: 5, progress: false } },
    { argv: ['schema'], expected: { name: 'schema' } },
    { argv: [], expected: { name: 'help' } },
    { argv: ['--help'], expected: { name: 'help' } },
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
    { argv: ['extract', 'a', '--format', 'xml'], message: /json, jsonl, csv, md, table/ },
    { argv: ['convert', 'a'], message: /unknown command "convert"/ },
    { argv: ['extract', 'a', '--colour'], message: /colour/ },
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
  });
});
