import { performance } from 'node:perf_hooks';
import { parseReport } from '@gaoxin/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const REF = { referenceDate: '2023-10-26' } as const;

// Every character Unicode calls white space, the invisible ones normalisation removes, and the
// line-break pairs: a long run of any of them, alone or around text, must cost linear time.
const WHITESPACE = [
  ' ', '\t', '\u3000', '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007',
  '\u2008', '\u2009', '\u200A', '\u202F', '\u205F', '\u000B', '\u000C', '\r', '\n', '\u0085', '\u2028', '\u2029',
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\r\n', ' \n', '\t\r\n', '\u3000\n',
];
const SMALL = 25_000;
const LARGE = 200_000;

function msToParse(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    parseReport(text, REF);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('runs of whitespace are read in linear time', () => {
  it('8× the run costs at most half of 64× (quadratic) the time, for every whitespace character', () => {
    const piece = fc.constantFrom('', '研发平台312个', '投资约20.8亿元。', '截至今年9月，');
    const growth: string[] = [];
    fc.assert(
      fc.property(fc.constantFrom(...WHITESPACE), piece, piece, (ws, before, after) => {
        const small = msToParse(before + ws.repeat(SMALL / ws.length) + after);
        const large = msToParse(before + ws.repeat(LARGE / ws.length) + after);
        growth.push(`${JSON.stringify(ws)} ${small.toFixed(0)}→${large.toFixed(0)} ms`);
        // Linear is 8×, quadratic 64× (seconds at this size); the floor and slack keep a busy
        // machine's noise on runs of a few milliseconds from counting.
        expect(large).toBeLessThan(Math.max(small, 5) * 32 + 100);
      }),
      { numRuns: WHITESPACE.length * 2, examples: WHITESPACE.map((ws) => [ws, '研发平台312个', '投资约20.8亿元。'] as [string, string, string]) },
    );
    console.log(`[whitespace] growth from ${SMALL} to ${LARGE}: ${growth.slice(0, WHITESPACE.length).join(', ')}`);
  });
});
