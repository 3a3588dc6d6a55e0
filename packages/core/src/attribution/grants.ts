/**
 * The grants of a policy text: 给予落户奖励，最高不超过500万元. A cap or an amount granted is of
 * the award the granting clause names, and the words that say how far a cap reaches (单个企业每年,
 * 每家企业) name no indicator. Read by metric.ts.
 */
import { Trie } from '../entities/trie.js';
import { isSpaceCode } from './chars.js';

// Verbs that grant the figure after them, both scripts.
const GRANTING: ReadonlySet<string> = new Set(['给予', '給予', '予以', '发放', '發放', '拨付', '撥付', '批出', '兑现', '兌現', '提供']);

/** Whether `word` grants what follows it (给予100万元安家补贴: the amount is of 安家补贴). */
export function isGrantingWord(word: string): boolean {
  return GRANTING.has(word);
}

// What a granting clause grants, by its last word, both scripts.
const AWARDS = new Trie<true>('backward');
for (const w of '奖励 獎勵 补贴 補貼 补助 補助 资助 資助 支持 扶持 奖补 獎補 贴息 貼息 奖金 獎金 补偿 補償 配套'.split(' ')) AWARDS.set(w, true);
// The longest award phrase after its verb: 一次性落户奖励.
const MAX_AWARD = 10;

/**
 * The award a clause ending at `end` (its break, exclusive) grants, where the clause closes on a
 * granting verb and an award noun: 给予落户奖励 → 落户奖励, 给予补贴 → 补贴. Undefined otherwise.
 *
 * | clause before the break | award |
 * | --- | --- |
 * | 按注册资本的10%给予落户奖励 | 落户奖励 |
 * | 按实际支出的30%给予补贴 | 补贴 |
 * | 按流片费用的40%給予支持 | 支持 |
 * | 给予一次性奖励 | 一次性奖励 |
 * | 对首次流片的企业 | — (grants nothing) |
 * | 给予企业发展 | — (no award noun) |
 * | 每家给予20万元奖励 | — (an amount granted: its figure has the award) |
 */
export function awardBefore(text: string, end: number): { start: number; end: number } | undefined {
  let e = end;
  while (e > 0 && isSpaceCode(text.charCodeAt(e - 1))) e--;
  const award = AWARDS.longestEndingAt(text, e, Math.max(0, e - MAX_AWARD));
  if (!award) return undefined;
  for (let s = award.start; s >= Math.max(0, e - MAX_AWARD - 2); s--) {
    if (GRANTING.has(text.slice(s - 2, s))) return { start: s, end: e };
    const c = text.charAt(s - 1);
    // 给予20万元奖励: an amount granted is a figure of its own, whose metric the next takes.
    if ((c >= '0' && c <= '9') || c === '，' || c === ',' || c === '；' || c === ';' || c === '。' || c === '\n') return undefined;
  }
  return undefined;
}

// How far a cap reaches: per one (单个企业, 每家企业), per period (每年), or both. No indicator.
const SCOPE_NOUNS = '企业|企業|项目|項目|机构|機構|单位|單位|团队|團隊|人才|平台';
const SCOPE = new RegExp(`^(?:单个|單個|单家|單家|单项|單項|单笔|單筆|每个|每個|每家|每项|每項|每笔|每筆|每人|每户|每戶)?(?:${SCOPE_NOUNS})?(?:每年|每月|每季度|每次|每年度|当年|當年)?$`);
// A bare noun (企业) is a population that may hold an indicator of its own, not a scope.
const BARE_NOUN = new RegExp(`^(?:${SCOPE_NOUNS})$`);

/**
 * Whether text[from, to) only says how far a cap reaches (单个企业每年最高200万元: 单个企业每年),
 * not what it is of.
 *
 * | phrase | scope |
 * | --- | --- |
 * | 单个企业每年 | yes |
 * | 企业每年 | yes |
 * | 单个项目 | yes |
 * | 每家企业 | yes |
 * | 企业 | no (a population) |
 * | 研发投入每年 | no |
 */
export function isScopePhrase(text: string, from: number, to: number): boolean {
  const phrase = text.slice(from, to);
  return phrase.length > 0 && SCOPE.test(phrase) && !BARE_NOUN.test(phrase);
}
