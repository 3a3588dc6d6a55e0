import type { Approx } from '../models/figure.js';

/** Words written before a number that bound it (约, 超过, 不足 …); verbs such as 达 stay outside. */
const PREFIXES: ReadonlyArray<[string, Approx]> = [
  ['大约', 'about'], ['约', 'about'], ['約', 'about'], ['接近', 'about'], ['将近', 'about'], ['將近', 'about'], ['近', 'about'],
  ['超过', 'over'], ['超過', 'over'], ['超', 'over'], ['逾', 'over'], ['至少', 'over'], ['不少于', 'over'], ['不少於', 'over'], ['不低于', 'over'], ['不低於', 'over'],
  ['不足', 'under'], ['不到', 'under'], ['不超过', 'under'], ['不超過', 'under'], ['不高于', 'under'], ['不高於', 'under'],
];

/** Words written after the unit (以上, 左右 …), with the characters that show they start another word. */
const SUFFIXES: ReadonlyArray<[string, Approx, string]> = [
  ['以上', 'over', ''], ['之多', 'over', ''], ['有余', 'over', ''], ['有餘', 'over', ''],
  ['以下', 'under', '简簡称稱'], ['以内', 'under', ''], ['以內', 'under', ''],
  ['左右', 'about', '逢手'], ['上下', 'about', '游级級班文两兩楼樓联聯功半层層贯貫'],
];

/** Words between the number and its unit (1500余名, 2000多人, 10来个). */
export const INNER: ReadonlyMap<string, Approx> = new Map([
  ['余', 'over'], ['餘', 'over'], ['多', 'over'], ['来', 'over'], ['來', 'over'], ['许', 'about'], ['許', 'about'],
]);

// 最近, 附近 … are not qualifiers: the 近 belongs to the word before it.
const NOT_BEFORE_JIN = '最附临臨靠邻鄰亲親贴貼远遠就将將接';
const NOT_BEFORE_CHAO = '赶趕';
// 签约3000万元 is a signing, not an estimate: 约 ends 签约, 合约, 节约 ….
const NOT_BEFORE_YUE = '签簽合预預公条條节節制契违違履特邀相婉誓';

const PREFIX_RE = new RegExp(`(?:${PREFIXES.map(([w]) => w).sort((a, b) => b.length - a.length).join('|')})$`);
const PREFIX_MAP = new Map(PREFIXES);
const SUFFIX_RE = new RegExp(`(?:${SUFFIXES.map(([w]) => w).join('|')})`, 'y');
const SUFFIX_MAP = new Map(SUFFIXES.map(([w, a, not]) => [w, { approx: a, notBefore: not }]));

/** The qualifier that ends right at `pos`, if any, starting no earlier than `floor` (the end of the figure before). */
export function qualifierBefore(text: string, pos: number, floor = 0): { word: string; approx: Approx } | undefined {
  const m = PREFIX_RE.exec(text.slice(Math.max(0, floor, pos - 3), pos));
  if (!m) return undefined;
  const word = m[0];
  const before = text[pos - word.length - 1] ?? '';
  if (before !== '') {
    if (word === '近' && NOT_BEFORE_JIN.includes(before)) return undefined;
    if (word === '超' && NOT_BEFORE_CHAO.includes(before)) return undefined;
    if ((word === '约' || word === '約') && NOT_BEFORE_YUE.includes(before)) return undefined;
  }
  const approx = PREFIX_MAP.get(word);
  return approx ? { word, approx } : undefined;
}

/** The qualifier that starts right at `pos`, if any. */
export function qualifierAfter(text: string, pos: number): { word: string; approx: Approx } | undefined {
  SUFFIX_RE.lastIndex = pos;
  const m = SUFFIX_RE.exec(text);
  if (!m) return undefined;
  const entry = SUFFIX_MAP.get(m[0]);
  if (!entry) return undefined;
  const next = text[pos + m[0].length] ?? '';
  if (next && entry.notBefore.includes(next)) return undefined;
  return { word: m[0], approx: entry.approx };
}
