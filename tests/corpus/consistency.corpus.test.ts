/**
 * checkConsistency over every corpus page: a finding is a real conflict only where the gold
 * figures it names disagree for the same subject, metric and period. Pages whose gold holds no
 * such pair must raise none.
 */
import { checkConsistency, parseReport, type ConsistencyIssue } from '@gaoxin/core';
import { describe, expect, it } from 'vitest';
import { corpusDir, goldFiles, loadGold } from '../support/corpus.js';
import { missingShared } from '../support/shared.js';
import type { GoldMention } from '../scoring/score.js';

interface GoldAttribution {
  metric: string | null;
  subject: string | null;
  asOf: { from: string; to: string } | null;
}

// Two gold figures really conflict when the gold gives them the same subject, metric and period
// and the same kind and unit, yet different values.
function goldConflicts(figures: readonly GoldMention[]): boolean {
  const seen = new Map<string, unknown>();
  for (const f of figures) {
    const a = f.attribution as GoldAttribution | undefined;
    if (!a || a.metric === null || a.subject === null) continue;
    const key = [a.subject, a.metric, a.asOf ? `${a.asOf.from}/${a.asOf.to}` : '', String(f.kind), JSON.stringify(f.unit ?? null)].join('|');
    const value = JSON.stringify([f.value, f.min, f.max]);
    if (seen.has(key) && seen.get(key) !== value) return true;
    seen.set(key, value);
  }
  return false;
}

const describeIssue = (i: ConsistencyIssue): string => i.message;

describe.skipIf(!corpusDir)('checkConsistency raises nothing on pages whose gold figures agree', () => {
  if (!corpusDir) {
    it.skip(missingShared('../shared/corpus'), () => {});
    return;
  }
  const pages = goldFiles.map((g) => {
    const { gold, source } = loadGold(g);
    return { name: g.replace(/\.gold\.json$/, ''), gold, source };
  });
  // Pages without attribution gold (the seed page) say nothing about which pairs conflict.
  const judged = pages.filter((p) => (p.gold.figures ?? []).some((f) => f.attribution !== undefined) && !goldConflicts(p.gold.figures ?? []));

  it.each(judged.map((p) => [p.name, p] as const))('%s', (_name, p) => {
    const issues = checkConsistency(parseReport(p.source, { referenceDate: p.gold.referenceDate }));
    expect(issues.filter((i) => i.kind === 'conflictingValues').map(describeIssue)).toEqual([]);
  });
});
