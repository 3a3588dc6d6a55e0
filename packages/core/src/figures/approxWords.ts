/**
 * Words before a figure that bound it without being part of it, as the spec keeps verbs
 * outside the span: 最高/最多 with what they grant (最高给予20万元: at most, under), 约占/约为
 * (about a share or a sum), and 突破 (broke through: over), which bounds only a bare magnitude
 * (突破万亿元, a figure only with a bound): a number after 突破 is exact, as the gold reads
 * 突破 5.54 億港元. Only an exact figure takes the bound, so a qualifier written inside the
 * span always wins.
 */
import type { Approx, Figure } from '../models/figure.js';
import type { ExtractionContext } from '../engine/context.js';
import { toNormalizedOffset } from '../engine/spans.js';
import { wordEndCheck } from './wordEnds.js';

// Each bound is its words, then at most one space before the figure. 最高 and 最多 may take 可/将
// and a verb of granting (最高可获得, 最多补贴); 约为, 约占 not after a character that makes 约 a
// noun (签约, 合约).
const SPACE_THEN_END = '[ \\t\\u3000]?$';
const OVER_WORDS = ['突破', '突破了'];
const UNDER_WORDS = ['最高', '最多'];
const UNDER_AUX = ['可', '将'];
const UNDER_GRANTS = ['获', '获得', '给予', '补贴', '奖励', '资助', '支持', '补助', '达', '达到', '为'];
const ABOUT_WORDS = ['约为', '约占', '约合', '约计'];
const NOT_BEFORE_ABOUT = '签合预公条节制契违履特邀相婉誓';
const BOUNDS: ReadonlyArray<[RegExp, Approx]> = [
  [new RegExp(`(?:${OVER_WORDS.join('|')})${SPACE_THEN_END}`), 'over'],
  [new RegExp(`(?:${UNDER_WORDS.join('|')})(?:${UNDER_AUX.join('|')})?(?:${UNDER_GRANTS.join('|')})?${SPACE_THEN_END}`), 'under'],
  [new RegExp(`(?<![${NOT_BEFORE_ABOUT}])(?:${ABOUT_WORDS.join('|')})${SPACE_THEN_END}`), 'about'],
];
// Every pattern ends in one of those words and at most one space: a figure after any other
// character (most stand after a noun, 达 or 为 aside) is asked no regex. Asked for every figure.
const mayEndBound = wordEndCheck([...OVER_WORDS, ...UNDER_WORDS, ...UNDER_AUX, ...UNDER_GRANTS, ...ABOUT_WORDS], 1);

/**
 * The bound a word ending at `pos` (突破, 最高, 约占) gives, if any; `floor` is the end of the
 * figure before, which the word may not reach into.
 *
 * @example
 * boundBefore('营收突破万亿元', 4); // 'over'
 */
export function boundBefore(text: string, pos: number, floor = 0): Approx | undefined {
  const lower = Math.max(floor, pos - 8);
  if (!mayEndBound(text, pos, lower)) return undefined;
  const before = text.slice(lower, pos);
  for (const [re, approx] of BOUNDS) if (re.test(before)) return approx;
  return undefined;
}

/**
 * The figures with the bound a word just before them gives.
 *
 * @example
 * // '最高给予20万元的奖励' → 20万元, under; '累计集资金额突破5.54亿港元' → 5.54亿港元, exact
 */
export function withBoundWords(ctx: ExtractionContext, figures: readonly Figure[]): Figure[] {
  let floor = 0;
  return figures.map((f) => {
    const start = toNormalizedOffset(ctx.normalized, f.start);
    const prev = floor;
    floor = toNormalizedOffset(ctx.normalized, f.end);
    if (f.approx !== 'exact') return f;
    const approx = boundBefore(ctx.text, start, prev);
    // 突破 is a verb of reaching, no qualifier of a number (see above).
    return approx && approx !== 'over' ? { ...f, approx } : f;
  });
}
