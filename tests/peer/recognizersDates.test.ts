/**
 * The peer's own Chinese DateTimeModel cases (Recognizers-Text, ../shared/external), run
 * through extractDates. Only date cases count: every expected result is a `date` or
 * `daterange` (not a time, a duration or a set) with a real day interval (lunar dates and
 * "not resolved" values have none). A case counts as resolved when each expected result is
 * overlapped by a mention of ours whose interval is the peer's.
 *
 * Reading the peer's intervals: `end` is exclusive, so the inclusive `to` is end − 1 day; a
 * range written between two named ends, `(A,B,PnD|PnM|PnY)`, also reads as running through
 * the last named day, month or year (`1995-1997年` is 1995–1997, not 1995–1996). With a Mod,
 * only the bound the peer states is compared: `before` → to = end − 1; `until` → to = end for
 * a day, end − 1 for a period; `since` → from = start; `after` → from = start for a period,
 * start or start + 1 for a day (the peer puts the day itself where "after" begins).
 * A date with two candidate values (`29日`: last month's or this month's) matches either.
 */
import { readFileSync } from 'node:fs';
import { extractDates, type DateMention } from '@gaoxin/core';
import { describe, expect, it } from 'vitest';
import { missingShared, sharedPath } from '../support/shared.js';

interface PeerValue {
  timex?: string;
  type?: string;
  value?: string;
  start?: string;
  end?: string;
  Mod?: string;
  sourceEntity?: string;
  isLunar?: string;
}
interface PeerResult {
  Text: string;
  TypeName: string;
  Start: number;
  End: number;
  Resolution?: { values?: PeerValue[] };
}
interface PeerCase {
  Input: string;
  Context?: { ReferenceDateTime?: string };
  Results?: PeerResult[];
}

const specPath = sharedPath('external', 'recognizers-text', 'DateTime', 'Chinese', 'DateTimeModel.json');
// We resolved 148 of the 161 date cases (91.9%) when this test was written; the floor sits just under.
const FLOOR = 0.9;
// The peer's JavaScript package passes 155 of all 264 cases (its README); on the 161 date cases alone it
// returned its own expected values for 127 (78.9%, measured once with @microsoft/recognizers-text-suite 1.3.1).
const PEER_ALL_CASES = 155 / 264;
const PEER_DATE_CASES = 127 / 161;

function shift(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
function endOf(iso: string, unit: string): string | undefined {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  if (unit === 'D') return iso;
  if (unit === 'M') return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  if (unit === 'Y') return `${String(y).padStart(4, '0')}-12-31`;
  return undefined;
}

function hasInterval(v: PeerValue): boolean {
  if (v.isLunar === 'True' || v.value === 'not resolved') return false;
  return v.value !== undefined || v.start !== undefined || v.end !== undefined;
}

function accepts(v: PeerValue, d: DateMention): boolean {
  if (v.type === 'date') return d.from === v.value && d.to === v.value;
  const point = v.sourceEntity === 'datetimepoint';
  switch (v.Mod) {
    case 'before':
      return v.end !== undefined && d.to === shift(v.end, -1);
    case 'until':
      return v.end !== undefined && d.to === (point ? v.end : shift(v.end, -1));
    case 'since':
      return d.from === v.start;
    case 'after':
      return v.start !== undefined && (d.from === v.start || (point && d.from === shift(v.start, 1)));
    default: {
      if (v.start === undefined || v.end === undefined || d.from !== v.start) return false;
      if (d.to === shift(v.end, -1)) return true;
      const m = /^\(.+,.+,P\d+([DMY])\)$/.exec(v.timex ?? '');
      return m !== null && d.to === endOf(v.end, m[1]!);
    }
  }
}

function isDateCase(c: PeerCase): boolean {
  const results = c.Results ?? [];
  return (
    results.length > 0 &&
    c.Context?.ReferenceDateTime !== undefined &&
    results.every((r) => (r.TypeName === 'datetimeV2.date' || r.TypeName === 'datetimeV2.daterange') && (r.Resolution?.values ?? []).some(hasInterval))
  );
}

describe.skipIf(!specPath)('the peer’s Chinese DateTimeModel cases', () => {
  if (!specPath) {
    it.skip(missingShared('../shared/external/recognizers-text'), () => {});
    return;
  }
  it(`resolves at least ${FLOOR * 100}% of the date cases to the peer's day interval`, () => {
    const cases = JSON.parse(readFileSync(specPath, 'utf8')) as PeerCase[];
    const dateCases = cases.filter(isDateCase);
    let resolved = 0;
    let spansExact = 0;
    const misses: string[] = [];
    for (const c of dateCases) {
      const ref = c.Context!.ReferenceDateTime!.slice(0, 10);
      const ours = extractDates(c.Input, { referenceDate: ref });
      let ok = true;
      let exact = true;
      for (const r of c.Results!) {
        const hit = ours.find((d) => d.start <= r.End && r.Start < d.end && (r.Resolution?.values ?? []).filter(hasInterval).some((v) => accepts(v, d)));
        if (!hit) ok = false;
        if (!hit || hit.start !== r.Start || hit.end !== r.End + 1) exact = false;
      }
      if (ok) resolved++;
      if (ok && exact) spansExact++;
      if (!ok) misses.push(`  ${c.Input} (ref ${ref}) expected ${c.Results!.map((r) => r.Text).join(', ')}; got ${ours.map((d) => `${d.text} ${d.from ?? '…'}–${d.to ?? '…'}`).join(', ') || 'nothing'}`);
    }
    const rate = resolved / dateCases.length;
    console.log(
      `[peer] Recognizers-Text DateTimeModel (zh): ${resolved}/${dateCases.length} date cases resolved to the same day interval = ${(rate * 100).toFixed(1)}% ` +
        `(${spansExact} with the same span too; ${cases.length - dateCases.length} of ${cases.length} cases are times, durations, sets, lunar or unresolved and not counted). ` +
        `The peer passes ${(PEER_ALL_CASES * 100).toFixed(1)}% of all its cases and ${(PEER_DATE_CASES * 100).toFixed(1)}% of these date cases.`,
    );
    for (const m of misses) console.log(m);
    expect(rate).toBeGreaterThanOrEqual(FLOOR);
  });
});
