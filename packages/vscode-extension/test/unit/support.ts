import type { Figure, Report } from '@gaoxin/core';
import type { Position, Range } from 'vscode';
import type { OffsetDocument } from '../../src/shared/toVscode.js';

/** A figure with defaults for everything a case does not care about. */
export function figure(overrides: Partial<Figure> & Pick<Figure, 'text'>): Figure {
  return {
    start: 0,
    end: overrides.text.length,
    kind: 'count',
    value: 1,
    approx: 'exact',
    numberText: overrides.text,
    multiplier: 1,
    qualifiers: [],
    ...overrides,
  };
}

/** A report with defaults; spans of the given figures are used as they are. */
export function report(overrides: Partial<Report> = {}): Report {
  return {
    text: '',
    referenceDate: '2022-11-15',
    referenceDateSource: 'option',
    region: 'mainland',
    figures: [],
    dates: [],
    entities: [],
    articles: [],
    ...overrides,
  };
}

/** A Position as VS Code's: line and character, compared by value in tests. */
export class FakePosition {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

/** A Range as VS Code's, built from two positions. */
export class FakeRange {
  constructor(
    readonly start: FakePosition,
    readonly end: FakePosition,
  ) {}
}

/**
 * A document over a string with VS Code's offset rules: lines end at \r\n, \r or \n, and offsets
 * are clamped into the text.
 */
export function fakeDocument(text: string): OffsetDocument {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') i++;
    if (c === '\r' || c === '\n') lineStarts.push(i + 1);
  }
  const positionAt = (offset: number): Position => {
    const o = Math.max(0, Math.min(offset, text.length));
    let line = 0;
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? Infinity) <= o) line++;
    return new FakePosition(line, o - (lineStarts[line] ?? 0)) as unknown as Position;
  };
  const offsetAt = (position: Position): number => (lineStarts[position.line] ?? text.length) + position.character;
  return { positionAt, offsetAt };
}

/** `FakeRange` typed as VS Code's constructor, for `SpanConverter`. */
export const RangeCtor = FakeRange as unknown as new (start: Position, end: Position) => Range;
