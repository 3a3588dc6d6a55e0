import { describe, expect, it } from 'vitest';
import { UsageError, parseCommand } from './args.js';

describe('parseCommand reads valid command lines', () => {
  it.each([
    { argv: ['extract', 'a.txt'], expected: { name: 'extract', input: 'a.txt', referenceDate: undefined, format: 'json' } },
    { argv: ['extract', '-', '--format', 'table'], expected: { name: 'extract', input: '-', referenceDate: undefined, format: 'table' } },
    { argv: ['extract', 'a.txt', '--reference-date', '2022-11-15'], expected: { name: 'extract', input: 'a.txt', referenceDate: '2022-11-15', format: 'json' } },
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
    { argv: ['extract'], message: /needs a file/ },
    { argv: ['extract', 'a', 'b'], message: /one file/ },
    { argv: ['extract', 'a', '--format', 'xml'], message: /json or table/ },
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
