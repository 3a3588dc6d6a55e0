/**
 * Changes of rank in the zone rankings reports retell (在全国178家国家高新区中排名第38位，较上年提升5位):
 * a move of places with no indicator of its own is a move in the ranking its sentence names.
 */

// Units that count places in a ranking.
const PLACE_UNITS: ReadonlySet<string> = new Set(['位', '名']);
// Words of a ranking, both scripts, longest first: the last one before the figure is its indicator.
const RANK_WORDS = /综合排名|綜合排名|排名|排位|位次|名次/g;

/**
 * The ranking a move of places (5位) is in: where the last ranking word in text[from, at) stands,
 * where the figure counts places. Undefined otherwise.
 *
 * | sentence before the figure | unit | ranking |
 * | --- | --- | --- |
 * | 在全国178家国家高新区中排名第38位，较上年提升 | 位 | 排名 |
 * | 综合排名位列第65名，较上年上升 | 位 | 综合排名 |
 * | 全省位次前移 | 位 | 位次 |
 * | 新增院士 | 名 | — (no ranking named) |
 * | 排名第3，新增 | 家 | — (no places counted) |
 */
export function rankingBefore(text: string, from: number, at: number, unit: string | undefined): { start: number; end: number } | undefined {
  if (unit === undefined || !PLACE_UNITS.has(unit)) return undefined;
  RANK_WORDS.lastIndex = from;
  let found: { start: number; end: number } | undefined;
  for (let m = RANK_WORDS.exec(text); m && m.index + m[0].length <= at; m = RANK_WORDS.exec(text)) found = { start: m.index, end: m.index + m[0].length };
  return found;
}
