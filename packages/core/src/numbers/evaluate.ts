/** Evaluation: the value of a token list, Chinese place-value rules, digit-by-digit runs and vague pairs. */
import { NOT_DIGIT_BY_DIGIT } from '../knowledge/numerals.js';
import type { NumeralApprox } from '../models/enums.js';
import type { Token } from './numeralRead.js';

interface Evaluated {
  value: number;
  multiplier: number;
  approx: NumeralApprox;
  digitByDigit: boolean;
  max?: number;
}

// Pairs read as "two or three": 两三, 三四, 五六 … and the common 三五.
function isVaguePair(a: number, b: number): boolean {
  return a > 0 && (b === a + 1 || (a === 3 && b === 5));
}

/** Evaluates tokens as one numeral, or undefined when they do not form one. */
export function evaluate(tokens: Token[]): Evaluated | undefined {
  const t0 = tokens[0];
  const t1 = tokens[1];
  if (t0?.k === 'digit' && t1?.k === 'digit' && isVaguePair(t0.v, t1.v) && (tokens.length === 2 || tokens[2]?.k !== 'digit')) {
    const rest = tokens.slice(2);
    if (rest.every((t) => t.k === 'small' || t.k === 'big')) {
      const low = evaluate([t0, ...rest]);
      const high = evaluate([t1, ...rest]);
      if (low && high) return { ...low, approx: 'about', max: high.value };
    }
  }
  let total = 0;
  let section = 0;
  let pending: number | undefined;
  let pendingSingle = false;
  let lastUnit = 0;
  let zeroSinceUnit = false;
  let maxBig = 0;
  let lastBig = 0;
  let frac = 0;
  let approx: Evaluated['approx'] = 'exact';
  let digitByDigit = false;
  let sawNumber = false;
  let trailingMultiplier = 1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    switch (t.k) {
      case 'digit': {
        let j = i;
        let run = '';
        let hasNoRun = false;
        while (j < tokens.length && tokens[j]!.k === 'digit') {
          const d = tokens[j] as Extract<Token, { k: 'digit' }>;
          if (NOT_DIGIT_BY_DIGIT.has(d.ch)) hasNoRun = true;
          run += String(d.v);
          j++;
        }
        if (pending !== undefined) return undefined;
        // After a unit, 零 only marks a gap: 一百零一万 is 101万, not 一百 and 01.
        if (run.length > 1 && run[0] === '0' && lastUnit > 0) {
          zeroSinceUnit = true;
          run = run.replace(/^0+/, '');
          if (run.length === 0) {
            i = j - 1;
            break;
          }
          if (run.length === 1) {
            pending = Number(run);
            pendingSingle = true;
            sawNumber = true;
            trailingMultiplier = 1;
            i = j - 1;
            break;
          }
        }
        if (run.length === 1) {
          if (t.v === 0) zeroSinceUnit = true;
          else {
            pending = t.v;
            pendingSingle = true;
          }
        } else {
          // A digit-by-digit run may not follow a small unit (十四五 is 14 and 5) nor hold 两.
          if (hasNoRun || (lastUnit > 0 && lastUnit < 1e4)) return undefined;
          if (tokens.slice(j).some((x) => x.k === 'small' || x.k === 'big')) return undefined;
          pending = Number(run);
          pendingSingle = false;
          digitByDigit = true;
          i = j - 1;
        }
        sawNumber = true;
        trailingMultiplier = 1;
        break;
      }
      case 'arabic':
        if (pending !== undefined) return undefined;
        pending = t.v;
        pendingSingle = false;
        sawNumber = true;
        trailingMultiplier = 1;
        break;
      case 'small': {
        if (pending === undefined) {
          const canImplyOne = (section === 0 && total === 0) || zeroSinceUnit || lastUnit >= 1e4;
          if (!canImplyOne) return undefined;
          pending = 1;
        }
        if (lastUnit > 0 && lastUnit < 1e4 && t.v >= lastUnit) return undefined;
        section += pending * t.v;
        pending = undefined;
        pendingSingle = false;
        lastUnit = t.v;
        zeroSinceUnit = false;
        sawNumber = true;
        trailingMultiplier = 1;
        break;
      }
      case 'big': {
        section += pending ?? 0;
        pending = undefined;
        pendingSingle = false;
        if (section === 0 && total === 0) return undefined;
        // 五兆六十二亿四万: magnitudes with a section of their own fall; 2万 3万 are two numbers.
        if (section !== 0 && t.v <= maxBig && t.v >= lastBig) return undefined;
        lastBig = t.v;
        if (t.v > maxBig) {
          total = (total + section) * t.v;
          maxBig = t.v;
        } else if (section === 0) {
          total *= t.v;
        } else {
          total += section * t.v;
        }
        section = 0;
        lastUnit = t.v;
        zeroSinceUnit = false;
        trailingMultiplier *= t.v;
        break;
      }
      case 'point': {
        if (pending !== undefined) {
          if (pendingSingle && lastUnit > 10 && !zeroSinceUnit) pending *= lastUnit / 10;
          pending = Number(`${pending}.${t.frac}`);
          pendingSingle = false;
        } else {
          frac = Number(`0.${t.frac}`);
        }
        trailingMultiplier = 1;
        break;
      }
      case 'fill': {
        approx = t.approx;
        break;
      }
    }
  }
  if (!sawNumber) return undefined;
  if (tokens[tokens.length - 1]?.k === 'fill') return undefined;
  if (pending !== undefined) {
    // 一万三 is 13000 and 两千四百五 is 2450: a last digit takes the next unit down.
    if (pendingSingle && lastUnit > 10 && !zeroSinceUnit) pending *= lastUnit / 10;
    section += pending;
  }
  const value = total + section + frac;
  if (!Number.isFinite(value)) return undefined;
  return { value, multiplier: trailingMultiplier, approx, digitByDigit };
}
