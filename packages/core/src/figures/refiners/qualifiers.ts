import { INNER, qualifierAfter, qualifierBefore } from '../qualifiers.js';
import type { Draft } from '../types.js';

/**
 * Widens the draft over its qualifiers: one before (约, 超过), one after (以上, 左右), 内 after a
 * duration, 多 after 成 or 倍. The one before may not reach into the figure ending at `floor` (三大约5倍).
 */
export function addQualifiers(text: string, d: Draft, floor: number): void {
  const before = qualifierBefore(text, d.start, floor);
  if (before) {
    d.start -= before.word.length;
    d.qualifiers.unshift(before);
  }
  const after = qualifierAfter(text, d.end);
  if (after) {
    d.end += after.word.length;
    d.qualifiers.push(after);
  } else if (d.kind === 'duration' && (text[d.end] === '内' || text[d.end] === '內')) {
    d.qualifiers.push({ word: text[d.end]!, approx: 'under' });
    d.end += 1;
  } else if (isRateOrFactor(d) && INNER.get(text[d.end] ?? '') === 'over' && !opensWord(text[d.end + 1] ?? '')) {
    // 两成多, 一倍多, 三成余: a 多 after 成 or 倍 (which take no 多 before them) marks more.
    d.qualifiers.push({ word: text[d.end]!, approx: 'over' });
    d.end += 1;
  }
}

function isRateOrFactor(d: Draft): boolean {
  return (d.unitText === '成' && d.kind === 'percent') || (d.unitText === '倍' && d.kind === 'multiple');
}

/** A CJK character after 多 makes it the start of another word (两成多家, 一倍多元); 的 does not. */
function opensWord(ch: string): boolean {
  return ch !== '的' && /[\u3400-\u9fff]/.test(ch);
}
