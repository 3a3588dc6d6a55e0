// Figures and reports built by hand for the examples' tests: only the fields a case is about vary.
import type { Figure, Report } from '@gaoxin/core';

/** A figure with the given fields and neutral defaults for the rest. */
export function figure(over: Partial<Figure> & Pick<Figure, 'text' | 'kind' | 'value'> & Record<string, unknown>): Figure {
  return { start: 0, end: over.text.length, approx: 'exact', numberText: over.text, multiplier: 1, qualifiers: [], ...over };
}

/** A report holding just these figures. */
export function reportOf(figures: Figure[]): Report {
  return { text: '', referenceDate: '2023-10-30', referenceDateSource: 'option', region: 'mainland', figures, dates: [], entities: [], articles: [] };
}
