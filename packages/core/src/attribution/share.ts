/**
 * Share phrases: "part 占 whole" (技术收入占总收入), the indicator of a figure that is a part of
 * a whole (26.8%); read by metric.ts.
 */
const isShareChar = (c: number): boolean => c === 0x5360 || c === 0x4f54; // 占 佔
// 占地 (covers land), 占用 (takes up), 占有/佔有 and 占据/佔據 (holds): 占 there is no part of a
// whole. 占地区生产总值 is 占 + 地区, the region's GDP.
const NOT_SHARE_AFTER = '地用有据據';
const REGION = '区區';
// The shortest part and whole a share phrase names: 产值占全市 has both, 占地 has none.
const MIN_SHARE_SIDE = 2;

/**
 * Where text[from, to) is a share phrase, "part 占 whole" with two or more characters on each
 * side, the offset of its 占; else -1.
 *
 * | phrase | 占 at |
 * | --- | --- |
 * | 技术收入占总收入 | 4 |
 * | 研发投入佔銷售收入 | 4 |
 * | 占全市 | -1 (no part) |
 * | 项目占地面积 | -1 (占地) |
 * | 研发投入占地区生产总值 | 4 (占 + 地区) |
 * | 产值占全 | -1 (whole too short) |
 */
export function shareVerbIn(text: string, from: number, to: number): number {
  for (let p = from + MIN_SHARE_SIDE; p <= to - 1 - MIN_SHARE_SIDE; p++) {
    if (isShareChar(text.charCodeAt(p))) return opensWithShareVerb(text, p) ? p : -1;
  }
  return -1;
}

/**
 * Whether text[from, to) is a share phrase: "part 占 whole" (shareVerbIn), or "占 whole" where
 * the part was named before it (高新技术企业1862家，占全市总量).
 *
 * | phrase | share |
 * | --- | --- |
 * | 技术收入占总收入 | yes |
 * | 占全市总量 | yes |
 * | 占全 | no (whole too short) |
 * | 占地面积 | no |
 */
export function isSharePhrase(text: string, from: number, to: number): boolean {
  return (to - from - 1 >= MIN_SHARE_SIDE && opensWithShareVerb(text, from)) || shareVerbIn(text, from, to) >= 0;
}

/**
 * Whether a share verb (占, 佔) opens text at `at`, as in a share of a whole named before it
 * (…436家，占全省35.48%); 占地 and the like are no share.
 *
 * | text at | share |
 * | --- | --- |
 * | 占全省 | yes |
 * | 占地面积 | no |
 */
export function opensWithShareVerb(text: string, at: number): boolean {
  const next = text.charAt(at + 1);
  return isShareChar(text.charCodeAt(at)) && (!NOT_SHARE_AFTER.includes(next) || (next === '地' && REGION.includes(text.charAt(at + 2))));
}
