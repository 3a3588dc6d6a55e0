import { readFileSync } from 'node:fs';
import { extractFigures, extractNumbers, type Figure } from '@gaoxin/core';
import { describe, expect, it } from 'vitest';
import { missingShared, sharedPath } from '../support/shared.js';

/**
 * The peer's own Chinese spec cases (Microsoft Recognizers-Text), read from ../shared at
 * test time and never copied in. A case passes when our mentions equal the expected
 * results as a set of (start, end, value); offsets only, since the peer's `Text` is
 * half-width-normalised.
 */

interface PeerResult {
  Text: string;
  Start: number;
  /** Inclusive, unlike ours. */
  End: number;
  Resolution: { value: string | null; isoCurrency?: string; unit?: string };
}

interface PeerCase {
  Input: string;
  NotSupported?: string;
  Results: PeerResult[];
}

/** One mention in the shape both sides are compared in. */
interface Found {
  start: number;
  /** Exclusive. */
  end: number;
  value: number | undefined;
  currency?: string | undefined;
}

interface Model {
  name: string;
  path: string[];
  /** Share of all cases we must pass. */
  bar: number;
  /** The peer's own score on all cases, from the README. */
  peer: string;
  run: (input: string) => Found[];
}

// Currency names the peer gives without an ISO code, where the code is plain.
const PEER_UNIT_CODES: Readonly<Record<string, string>> = { Bitcoin: 'BTC' };

const MODELS: Model[] = [
  { name: 'NumberModel', path: ['Number', 'Chinese', 'NumberModel.json'], bar: 0.95, peer: '363/365', run: numbersOf },
  { name: 'PercentModel', path: ['Number', 'Chinese', 'PercentModel.json'], bar: 0.974, peer: '148/152', run: percentsOf },
  { name: 'CurrencyModel', path: ['NumberWithUnit', 'Chinese', 'CurrencyModel.json'], bar: 0.857, peer: '30/35', run: moneyOf },
];

function numbersOf(input: string): Found[] {
  return extractNumbers(input).map((n) => ({ start: n.start, end: n.end, value: n.value }));
}

function percentsOf(input: string): Found[] {
  return extractFigures(input)
    .filter((f) => f.kind === 'percent' || f.kind === 'percentagePoint')
    .map((f) => ({ start: f.start, end: f.end, value: f.value ?? undefined }));
}

function moneyOf(input: string): Found[] {
  return extractFigures(input)
    .filter((f: Figure) => f.kind === 'money')
    .map((f) => ({ start: f.start, end: f.end, value: f.value ?? undefined, currency: f.unit }));
}

/** The peer's result in our shape: `End` made exclusive, "50%" read as 50. */
function expectedOf(r: PeerResult): Found {
  const value = r.Resolution.value === null ? undefined : Number.parseFloat(r.Resolution.value.replace(/%$/, ''));
  const currency = r.Resolution.isoCurrency ?? (r.Resolution.unit ? PEER_UNIT_CODES[r.Resolution.unit] : undefined);
  return { start: r.Start, end: r.End + 1, value, currency };
}

function sameValue(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  if (a === 0 || b === 0) return a === b;
  return Math.abs(a - b) / Math.abs(a) < 1e-6;
}

function sameMention(expected: Found, got: Found): boolean {
  if (expected.start !== got.start || expected.end !== got.end || !sameValue(expected.value, got.value)) return false;
  return expected.currency === undefined || expected.currency === got.currency;
}

/** Equal as sets: same size, and each expected mention pairs with a distinct one we found. */
function sameSet(expected: readonly Found[], got: readonly Found[]): boolean {
  if (expected.length !== got.length) return false;
  const used = new Set<number>();
  return expected.every((e) => {
    const i = got.findIndex((g, k) => !used.has(k) && sameMention(e, g));
    if (i < 0) return false;
    used.add(i);
    return true;
  });
}

function show(list: readonly Found[]): string {
  const one = (f: Found): string => `${f.start}-${f.end}=${f.value ?? 'null'}${f.currency ? ` ${f.currency}` : ''}`;
  return `[${list.map(one).join(', ')}]`;
}

function readCases(path: string): PeerCase[] {
  // The peer's files open with a byte-order mark.
  return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as PeerCase[];
}

describe('the peer’s Chinese spec cases (Recognizers-Text)', () => {
  for (const model of MODELS) {
    const path = sharedPath('external', 'recognizers-text', ...model.path);
    if (!path) {
      it.skip(`${model.name}: ${missingShared(`external/recognizers-text/${model.path.join('/')}`)}`, () => {});
      continue;
    }
    it(`${model.name} passes at least ${(model.bar * 100).toFixed(1)}% of all cases`, () => {
      const cases = readCases(path);
      const failures: string[] = [];
      for (const c of cases) {
        const expected = c.Results.map(expectedOf);
        const got = model.run(c.Input);
        if (!sameSet(expected, got)) {
          const note = c.NotSupported ? ` (peer: not supported in ${c.NotSupported})` : '';
          failures.push(`  ${JSON.stringify(c.Input)}${note}\n    expected ${show(expected)}\n    got      ${show(got)}`);
        }
      }
      const passed = cases.length - failures.length;
      const rate = passed / cases.length;
      console.log(`[peer] ${model.name} ${passed}/${cases.length} = ${(rate * 100).toFixed(1)}% (peer itself: ${model.peer})`);
      if (failures.length > 0) console.log(`[peer] ${model.name} failing cases:\n${failures.join('\n')}`);
      expect(rate).toBeGreaterThanOrEqual(model.bar);
    });
  }
});
