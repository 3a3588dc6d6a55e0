import type { Report, Span } from '@gaoxin/core';
import type { HighlightKind } from './config.js';
import { HIGHLIGHT_KINDS } from './config.js';

/** The theme colours of one kind, declared in the manifest's `contributes.colors`. */
export interface KindColors {
  background: string;
  border: string;
  ruler: string;
}

/** Colour ids per kind; the manifest declares each with light, dark and high-contrast defaults. */
export const KIND_COLORS: Readonly<Record<HighlightKind, KindColors>> = {
  figures: { background: 'gaoxin.figureBackground', border: 'gaoxin.figureBorder', ruler: 'gaoxin.figureOverviewRuler' },
  dates: { background: 'gaoxin.dateBackground', border: 'gaoxin.dateBorder', ruler: 'gaoxin.dateOverviewRuler' },
  entities: { background: 'gaoxin.entityBackground', border: 'gaoxin.entityBorder', ruler: 'gaoxin.entityOverviewRuler' },
};

/** The overview-ruler lane of each kind, so marks of different kinds on one line stay apart. */
export type RulerLane = 'left' | 'center' | 'right';

/** A decoration type's look, in terms the extension turns into `DecorationRenderOptions`. */
export interface KindStyle {
  colors: KindColors;
  /** CSS border width: a hairline normally, thicker in high contrast where the background is transparent. */
  borderWidth: string;
  borderStyle: 'solid' | 'dotted' | 'dashed';
  borderRadius: string;
  lane: RulerLane;
}

/**
 * The style of a kind under a colour theme. Colours follow the theme by themselves (they are
 * theme colour ids); the border width does not, which is why decoration types are rebuilt when
 * the theme changes between high contrast and the rest.
 *
 * @example
 * kindStyle('dates', true).borderWidth; // '2px'
 */
export function kindStyle(kind: HighlightKind, highContrast: boolean): KindStyle {
  const lanes: Record<HighlightKind, RulerLane> = { figures: 'right', dates: 'center', entities: 'left' };
  // Dates and entities get a dotted or dashed border so the three kinds differ by more than hue.
  const borders: Record<HighlightKind, KindStyle['borderStyle']> = { figures: 'solid', dates: 'dotted', entities: 'dashed' };
  return {
    colors: KIND_COLORS[kind],
    borderWidth: highContrast ? '2px' : '1px',
    borderStyle: borders[kind],
    borderRadius: '2px',
    lane: lanes[kind],
  };
}

/**
 * The spans to decorate per kind: the report's mentions for enabled kinds, none for the others.
 *
 * @example
 * highlightSpans(report, { figures: true, dates: false, entities: true }).dates; // []
 */
export function highlightSpans(
  report: Pick<Report, 'figures' | 'dates' | 'entities'>,
  enabled: Readonly<Record<HighlightKind, boolean>>,
): Record<HighlightKind, readonly Span[]> {
  const all: Record<HighlightKind, readonly Span[]> = { figures: report.figures, dates: report.dates, entities: report.entities };
  const out = { figures: [], dates: [], entities: [] } as Record<HighlightKind, readonly Span[]>;
  for (const kind of HIGHLIGHT_KINDS) out[kind] = enabled[kind] ? all[kind] : [];
  return out;
}
