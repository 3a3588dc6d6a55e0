/**
 * What the period and attribution steps both read of one page's normalised text: its sentences,
 * its clause starts and the status of its figures. Found once per page and handed to both, so
 * neither scans the text a second time.
 */
import { breaksOf, type Breaks, type Segments } from './segments.js';
import { statusReader, type StatusReader } from './status.js';

/** A page's scopes (see the module comment); offsets are normalised. */
export interface PageScopes {
  sentences: Segments;
  breaks: Breaks;
  status: StatusReader;
}

/** The scopes of normalised `text`. */
export function pageScopes(text: string): PageScopes {
  const breaks = breaksOf(text);
  return { sentences: breaks.sentences, breaks, status: statusReader(text, breaks) };
}
