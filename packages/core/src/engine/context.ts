import type { Region, ReferenceDateSource } from '../models/enums.js';
import { normalizeText, type NormalizedText } from '../text/normalize.js';
import { detectRegion } from '../text/region.js';

/**
 * What every stage reads: the original and normalised text (with the map between them),
 * the page's region, the reference date with where it came from, and the options. Built once
 * per run; no stage calls `new Date()`: the date comes from here.
 */
export interface ExtractionContext {
  /** The text the user gave. */
  readonly source: string;
  readonly normalized: NormalizedText;
  /** Shorthand for `normalized.text`: what patterns match against. */
  readonly text: string;
  readonly region: Region;
  /** Local midnight of the day relative dates resolve against. */
  readonly referenceDate: Date;
  readonly referenceDateSource: ReferenceDateSource;
  readonly includeOrdinals: boolean;
}

/** Settings a context is made from, already validated. */
export interface ContextSettings {
  referenceDate: Date;
  /** Where `referenceDate` came from; `option` when not given. */
  referenceDateSource?: ReferenceDateSource | undefined;
  region?: Region | undefined;
  includeOrdinals?: boolean | undefined;
}

/**
 * Normalises the text once and decides the region, for all stages to share.
 *
 * @example
 * createContext('竹科營業額達1.5兆元', { referenceDate: new Date(2022, 10, 15) }).region; // 'taiwan'
 */
export function createContext(source: string, settings: ContextSettings): ExtractionContext {
  const normalized = normalizeText(source);
  return {
    source,
    normalized,
    text: normalized.text,
    region: settings.region ?? detectRegion(source),
    referenceDate: settings.referenceDate,
    referenceDateSource: settings.referenceDateSource ?? 'option',
    includeOrdinals: settings.includeOrdinals ?? false,
  };
}
