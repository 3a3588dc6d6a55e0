import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldMention } from '../scoring/score.js';
import { sharedPath } from './shared.js';

/** A gold file as ../shared/spec/EXTRACTION.md defines it; the lists a page does not score are absent. */
export interface GoldFile {
  source: string;
  referenceDate: string;
  figures?: GoldMention[];
  dates?: GoldMention[];
  entities?: GoldMention[];
  articles?: unknown[];
}

/** ../shared/corpus, or undefined where it is absent (tests then skip with `missingShared`). */
export const corpusDir = sharedPath('corpus');

/** The gold files of the corpus, by name, sorted. */
export const goldFiles: string[] = corpusDir ? readdirSync(corpusDir).filter((f) => f.endsWith('.gold.json')).sort() : [];

/** A gold file and the page text it scores. */
export function loadGold(goldName: string): { gold: GoldFile; source: string } {
  if (!corpusDir) throw new Error('no corpus folder');
  const gold = JSON.parse(readFileSync(join(corpusDir, goldName), 'utf8')) as GoldFile;
  return { gold, source: readFileSync(join(corpusDir, gold.source), 'utf8') };
}
