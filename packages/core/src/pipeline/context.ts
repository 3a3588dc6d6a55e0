import type { Region } from '../models/report.js';
import { normalizeText, type NormalizedText } from '../text/normalize.js';
import { detectRegion } from '../text/region.js';

/**
 * What every extractor reads: the normalised text (with its map back to the
 * original), the page's region and the reference date. No extractor calls
 * `new Date()`: the date comes from here.
 */
export interface ExtractionContext {
  /** The text the user gave. */
  readonly source: string;
  readonly normalized: NormalizedText;
  /** Shorthand for `normalized.text`: what patterns match against. */
  readonly text: string;
  readonly region: Region;
  readonly referenceDate: Date;
  readonly includeOrdinals: boolean;
}

/** Settings a context is made from, already validated. */
export interface ContextSettings {
  referenceDate: Date;
  region?: Region | undefined;
  includeOrdinals?: boolean | undefined;
}

/** Normalises the text once and decides the region, for all extractors to share. */
export function createContext(source: string, settings: ContextSettings): ExtractionContext {
  const normalized = normalizeText(source);
  return {
    source,
    normalized,
    text: normalized.text,
    region: settings.region ?? detectRegion(source),
    referenceDate: settings.referenceDate,
    includeOrdinals: settings.includeOrdinals ?? false,
  };
}
