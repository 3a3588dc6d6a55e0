/**
 * Words before a figure that bound it without being part of it, as the spec keeps verbs
 * outside the span: 突破 (broke through: over), 最高/最多 with what they grant (最高给予20万元:
 * at most, under), 约占/约为 (about a share or a sum). Only an exact figure takes the bound,
 * so a qualifier written inside the span always wins.
 */
import type { Approx, Figure } from '../models/figure.js';
import type { ExtractionContext } from '../engine/context.js';
import { toNormalizedOffset } from '../engine/spans.js';

const BOUNDS: ReadonlyArray<[RegExp, Approx]> = [
  [/突破(?:了)?[ \t\u3000]?$/, 'over'],
  [/(?:最高|最多)(?:可|将)?(?:获得?|给予|补贴|奖励|资助|支持|补助|达到?|为)?[ \t\u3000]?$/, 'under'],
  [/(?<![签合预公条节制契违履特邀相婉誓])约(?:为|占|合|计)[ \t\u3000]?$/, 'about'],
];

/**
 * The bound a word ending at `pos` (突破, 最高, 约占) gives, if any; `floor` is the end of the
 * figure before, which the word may not reach into.
 *
 * @example
 * boundBefore('营收突破万亿元', 4); // 'over'
 */
export function boundBefore(text: string, pos: number, floor = 0): Approx | undefined {
  const before = text.slice(Math.max(floor, pos - 8), pos);
  for (const [re, approx] of BOUNDS) if (re.test(before)) return approx;
  return undefined;
}

/**
 * The figures with the bound a word just before them gives.
 *
 * @example
 * // '累计集资金额突破5.54亿港元' → 5.54亿港元, over
 */
export function withBoundWords(ctx: ExtractionContext, figures: readonly Figure[]): Figure[] {
  let floor = 0;
  return figures.map((f) => {
    const start = toNormalizedOffset(ctx.normalized, f.start);
    const prev = floor;
    floor = toNormalizedOffset(ctx.normalized, f.end);
    if (f.approx !== 'exact') return f;
    const approx = boundBefore(ctx.text, start, prev);
    return approx ? { ...f, approx } : f;
  });
}
