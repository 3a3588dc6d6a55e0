import type { EntityType } from '../models/entity.js';

/** A name found in the normalised text, before overlaps are settled and spans mapped back. */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  /** How it was found; decides what it may join and how it is resolved. */
  source: 'lexicon' | 'suffix' | 'title' | 'quote' | 'list' | 'person' | 'alias' | 'backref';
  canonical?: string | undefined;
  refersTo?: string | undefined;
  partOf?: string | undefined;
  /** For places: false when the name only starts longer names (萧山) and is no mention alone. */
  standalone?: boolean | undefined;
  /** A short county name (天元): a name may read through it as through unknown characters. */
  weak?: boolean | undefined;
  /** For a back reference, the head it was written with (高新区 in 该高新区). */
  head?: string | undefined;
  /** For a person, the post or title the text gives them (副局长, 院士, 记者). */
  role?: string | undefined;
  /** Where that role is written in the text, so the entity quotes it in the page's own script. */
  roleStart?: number | undefined;
  roleEnd?: number | undefined;
}

/** The name a candidate stands for: its resolved full name, else its own text. */
export function nameOf(c: Candidate, text: string): string {
  return c.canonical ?? c.refersTo ?? text.slice(c.start, c.end);
}
