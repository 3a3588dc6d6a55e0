import type { Report, Span } from '@gaoxin/core';
import { HIGHLIGHT_KINDS, type HighlightKind } from '../shared/config.js';

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
  /** Whether the background colour is painted: figures only, so prose stays readable. */
  background: boolean;
  /** CSS border width, `top right bottom left`: a box for figures in high contrast, an underline otherwise. */
  borderWidth: string;
  borderStyle: 'solid' | 'dotted' | 'dashed';
  borderRadius: string;
  lane: RulerLane;
}

/**
 * The style of a kind under a colour theme. Figures, the point of a report, get a soft
 * background; dates and entities only a dotted or dashed underline, so a paragraph does not read
 * as a row of boxes. High contrast has no backgrounds, so there every kind is drawn by its border,
 * figures as a box. Colours follow the theme by themselves (they are theme colour ids); widths
 * do not, which is why decoration types are rebuilt when the theme changes to or from high contrast.
 *
 * @example
 * kindStyle('dates', false).borderWidth; // '0 0 1px 0'
 */
export function kindStyle(kind: HighlightKind, highContrast: boolean): KindStyle {
  const lanes: Record<HighlightKind, RulerLane> = { figures: 'right', dates: 'center', entities: 'left' };
  const borders: Record<HighlightKind, KindStyle['borderStyle']> = { figures: 'solid', dates: 'dotted', entities: 'dashed' };
  const width = highContrast ? '2px' : '1px';
  const underline = `0 0 ${width} 0`;
  return {
    colors: KIND_COLORS[kind],
    background: kind === 'figures' && !highContrast,
    borderWidth: kind === 'figures' ? (highContrast ? width : '0') : underline,
    borderStyle: borders[kind],
    borderRadius: kind === 'figures' ? '3px' : '0',
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
