/**
 * What kind of quantity a figure states about its indicator (`measure`), read from the words
 * between the indicator and the number: 营业收入1.2万亿元 (level), 同比增长12.6% (growth),
 * 占比26.8% (share), 提高3.5个百分点 (change), 是2005年的5.2倍 (multiple).
 */
import type { Figure, Measure } from '../models/figure.js';
import { Trie } from '../entities/trie.js';

/** The part a relational word plays: a rise or fall, a part of a whole, or mere glue. */
export type Relation = 'growth' | 'share' | 'filler';

// Words of growth or decline, Simplified and Traditional (reports of both scripts use them), with
// the short forms of Taiwan's business news that fold the period in (年增 year on year, 季減 on the quarter).
const GROWTH = `增长 增長 同比增长 同比增長 增加 下降 下滑 减少 減少 回落 提高 提升 提昇 上升 上涨 上漲 成长 成長 衰退 增幅 降幅 增速 增长率 增長率 收窄 扩大 擴大 倍增 净增 淨增 拉动 拉動 放缓 年增 年減 年减 季增 季減 季减 月增 月減 月减 年增率 成长率 成長率 下跌 上揚 上扬`;
// Words of a part of a whole.
const SHARE = `占 佔 占比 佔比 比重 比例 份额 份額 占有率 最高比重`;
// Glue between an indicator and its number: links, adverbs of comparison and degree, a movement
// to the level the number states (回升至1兆元: the figure is the level, not the change), and where
// a figure usually falls (投资额一般在500万元至5000万元之间), and adverbs of manner before a change
// (营业收入稳步增长12%, 新能源产业逆势增长23.4%).
const FILLER = `达 達 达到 達到 为 為 约 約 约为 約為 是 有 共 共计 共計 合计 合計 总计 總計 累计 累計 同比 环比 環比 年均 平均 略微 略有 大幅 仍 仍然 了 分别 分別 均 继续 繼續 保持 足足 维持在 維持在 保持在 稳定在 穩定在 还 還 也 再 已 已达 已經 已经 最高 最多 实现 實現 完成 突破 增至 增长至 提升至 只 仅 僅 超 近 逾 新增 拥有 擁有 现有 現有 涉及 前 按年 按月 新台幣 新台币 台幣 台币 人民币 人民幣 港币 港幣 预计 預計 预估 預估 估计 估計 将 將 将会 將會 可 可望 有望 可达 可達 上看 力争 力爭 争取 爭取 确保 確保 期望
  回升至 回升到 回落至 回落到 下降至 下降到 降至 降到 升至 升到 上升至 上升到 攀升至 跃升至 躍升至 提高至 提高到 提升到 增加至 增加到 增长到 增長到 擴大至 扩大至 扩大到 减少至 減少至 减至 減至
  一般在 通常在 大多在 普遍在 基本在 均在 多在 集中在
  控制在 同口径 同口徑 首次 首度
  稳步 穩步 快速 持续 持續 逆势 逆勢 显著 顯著 明显 明顯 较快 較快 平稳 平穩 稳定 穩定 小幅 同步 迅速 强劲 強勁 高速`;

function trieOf(groups: ReadonlyArray<[string, Relation]>): Trie<Relation> {
  const t = new Trie<Relation>('backward');
  for (const [words, relation] of groups) for (const w of words.split(/\s+/)) if (w) t.set(w, relation);
  return t;
}

/** Relational words, read backwards from a figure. */
export const RELATIONS: Trie<Relation> = trieOf([
  [GROWTH, 'growth'],
  [SHARE, 'share'],
  [FILLER, 'filler'],
]);

// A percentage whose indicator already names a ratio is a share of something, not a level.
const RATIO_METRIC = /率|比重|占比|佔比|比例|强度|強度|占|佔|份额|份額/;
const GROWTH_METRIC = /增长|增長|增速|增幅|降幅|成长|成長/;

/**
 * The measure of a figure from its kind and the relations read between it and its indicator.
 *
 * | kind | relations | measure |
 * | --- | --- | --- |
 * | percentagePoint | any | change |
 * | multiple | any | multiple |
 * | percent | growth | growth |
 * | percent | share, or a ratio metric (研发投入强度) | share |
 * | money, count … | growth (比去年增加12亿元, 净增800家) | change |
 * | any | none | level |
 */
export function measureOf(kind: Figure['kind'], relations: ReadonlySet<Relation>, metric: string | undefined): Measure {
  if (kind === 'percentagePoint') return 'change';
  if (kind === 'multiple') return 'multiple';
  if (kind === 'percent') {
    if (relations.has('growth') || (metric !== undefined && GROWTH_METRIC.test(metric))) return 'growth';
    if (relations.has('share') || (metric !== undefined && RATIO_METRIC.test(metric))) return 'share';
    return 'level';
  }
  return relations.has('growth') ? 'change' : 'level';
}
