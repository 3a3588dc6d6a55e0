/**
 * Scores mentions against a gold file, as ../shared/spec/EXTRACTION.md defines it.
 */

export interface GoldMention {
  text: string;
  optional?: boolean;
  [key: string]: unknown;
}

export interface Placed<T> {
  gold: T;
  start: number;
  end: number;
}

export interface PredictedMention {
  text: string;
  start: number;
  end: number;
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  /** Gold mentions found with the right span but a wrong attribute. */
  wrongAttributes: Array<{ gold: GoldMention; predicted: PredictedMention }>;
  missed: GoldMention[];
  spurious: PredictedMention[];
}

/**
 * Places gold mentions in the source: each one is the first occurrence of its text at or
 * after the end of the previous mention of the same list. Throws where a text is not found,
 * so a broken gold file is loud.
 */
export function placeGold<T extends GoldMention>(source: string, list: readonly T[]): Array<Placed<T>> {
  const placed: Array<Placed<T>> = [];
  let from = 0;
  for (const gold of list) {
    const at = source.indexOf(gold.text, from);
    if (at < 0) throw new Error(`gold mention "${gold.text}" not found after offset ${from}`);
    placed.push({ gold, start: at, end: at + gold.text.length });
    from = at + gold.text.length;
  }
  return placed;
}

/**
 * Strict scoring: a prediction matches a required gold mention when the spans are identical
 * and `attributesMatch` agrees. A prediction that overlaps an optional gold mention is neither
 * credited nor penalised.
 */
export function scoreMentions<T extends GoldMention, P extends PredictedMention>(
  gold: ReadonlyArray<Placed<T>>,
  predicted: readonly P[],
  attributesMatch: (gold: T, predicted: P) => boolean,
): Score {
  const byKey = new Map<string, Placed<T>>();
  for (const g of gold) byKey.set(`${g.start}:${g.end}`, g);
  const used = new Set<Placed<T>>();
  let tp = 0;
  let fp = 0;
  const wrongAttributes: Score['wrongAttributes'] = [];
  const spurious: PredictedMention[] = [];
  for (const p of predicted) {
    const g = byKey.get(`${p.start}:${p.end}`);
    if (g && !used.has(g)) {
      used.add(g);
      if (g.gold.optional) continue;
      if (attributesMatch(g.gold, p)) tp++;
      else {
        fp++;
        wrongAttributes.push({ gold: g.gold, predicted: p });
      }
      continue;
    }
    const touchesOptional = gold.some((o) => o.gold.optional && o.start < p.end && p.start < o.end);
    if (touchesOptional) continue;
    fp++;
    spurious.push(p);
  }
  const required = gold.filter((g) => !g.gold.optional);
  const missed = required.filter((g) => !used.has(g)).map((g) => g.gold);
  const fn = required.length - tp;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = required.length === 0 ? 1 : tp / required.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1, wrongAttributes, missed, spurious };
}

/** Whether a gold attribute (a value or a list of acceptable values) accepts `actual`. */
export function accepts(expected: unknown, actual: unknown): boolean {
  if (expected === undefined) return true;
  if (Array.isArray(expected)) return expected.some((e) => accepts(e, actual));
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (expected === 0) return Math.abs(actual) < 1e-9;
    return Math.abs(actual - expected) / Math.abs(expected) < 1e-6;
  }
  return expected === actual;
}
