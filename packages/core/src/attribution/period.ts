/**
 * The period a figure holds for (`asOf`): the time phrase governing its clause. A date frames
 * what follows it through its paragraph until another date (or a vague 目前/近日) replaces it;
 * a date of an event (同年5月实施启动) governs only its own clause; a stock after 截至 is at
 * that day. Comparison bases (比上年, 较去年同期, 是2005年的, 与2024年1—11月相比) are never the
 * period: they become `comparedTo`, except for the figure that is the base's own value
 * (比去年1千5百多億元).
 */
import type { Article } from '../models/article.js';
import type { AsOf, Figure } from '../models/figure.js';
import type { DateMention } from '../models/dateMention.js';
import type { ExtractionContext } from '../engine/context.js';
import { pageScopes, pageSpans, type PageScopes, type PageSpans } from './scopes.js';
import { clauseEnd, clauseStartIn, segmentStart } from './segments.js';
import { mergeByStart, sortByStart } from './sorted.js';

const TITLE = /《[^《》\n]{0,200}》/g;
// Just before a base date: 比上年, 较去年同期, 與2005年, 同2019年, 是2005年的, 由2008年的.
const BASE_BEFORE = /(?:比|较|較|与|與|同|相比|对比|對比)$/;
// 与2024年1—11月相比: the base closes with 相比 after the date.
const BASE_AFTER = /^(?:相比|比较|比較|同期|的水平)/;
// A stock at a day: 截至2019年底, 截止到9月末.
const AS_AT_BEFORE = /(?:截至|截止|截止到|截至到)\s*$/;
// 去年同期为8亿元, 上年同期为盈利0.98亿元: a 同期 that a link verb follows states the period of its
// clause's figure, where it is no base compared with.
const SAME_TIME_STATED = /^\s*(?:为|為|是|达|達|仅为|僅為|只有)/;
// A date followed by one of these is when something happened, not the span a figure covers.
// 经 as in 经国务院批准, not the 经 of 经济, 经营 or 经费.
const EVENT_AFTER = /^\s*(?:(?:经|經)(?!济|濟|营|營|费|費|贸|貿|验|驗|历|歷|典|常)|实施|實施|启动|啟動|成立|设立|設立|批准|获批|獲批|开工|開工|投产|投產|建成|签约|簽約|举行|舉行|召开|召開|发布|發布|发表|發表|印发|印發|公布|宣布|揭牌|开园|開園|升级|升級|投用|竣工|落成)/;
// 五年来, 近年来, 多年来 opening a clause: a span the text does not date, which ends the frame before it.
// Spaces only after the break: `\s*` would also run over newlines, and a run of them is then read once per newline in it (quadratic).
const SPAN_RESET = /(?:^|[，,；;。！？!?\n])[ \t\u3000\r]*((?:[一二三四五六七八九十两\d]+|多|近几|几|近)年(?:来|以来))/y;
// What stands between the break and 年 in a match: it is read back from each 年来 to where a match can start.
const SPAN_RUN = new Set([...'一二三四五六七八九十两0123456789多近几 \t\u3000\r'].map((c) => c.charCodeAt(0)));
const SPAN_BREAKS = '，,；;。！？!?\n';

/**
 * The undated spans of a text (五年来, 近年来 opening a clause): each one's offset and words.
 * Every match ends in 年来 or 年以来, so the expression is tried once before each of those (at
 * the break opening its run of numerals), not at every offset of the page.
 *
 * | text | spans |
 * | --- | --- |
 * | 五年来，园区… | 五年来 at 0 |
 * | 园区发展迅速。近年来，… | 近年来 at 7 |
 * | 十年来园区 / 园区十年来 | 十年来 at 0 / — |
 */
export function undatedSpans(text: string): Array<{ at: number; text: string }> {
  const out: Array<{ at: number; text: string }> = [];
  for (let y = text.indexOf('年'); y >= 0; y = text.indexOf('年', y + 1)) {
    if (!text.startsWith('来', y + 1) && !text.startsWith('以来', y + 1)) continue;
    let q = y;
    while (q > 0 && SPAN_RUN.has(text.charCodeAt(q - 1))) q--;
    if (q > 0 && !SPAN_BREAKS.includes(text.charAt(q - 1))) continue;
    SPAN_RESET.lastIndex = q > 0 ? q - 1 : 0;
    const m = SPAN_RESET.exec(text);
    if (m) out.push({ at: m.index + m[0].length - m[1]!.length, text: m[1]! });
  }
  return out;
}
// 年均增长: an average over years.
const AVERAGE = /年均|年平均|平均每年/;
const VAGUE_RESET = /^(?:目前|当前|當前|如今|眼下|近日|日前|现在|現在)$/;

interface DateRole {
  date: DateMention;
  start: number;
  end: number;
  role: 'frame' | 'event' | 'base' | 'reset' | 'none';
  /** 截至: the figures it frames hold at its last day. */
  asAt: boolean;
  /** Whether a figure stands in the date's own sentence after it. */
  framesFigures?: boolean;
}

function toAsOf(d: DateMention, asAt: boolean): AsOf {
  if (asAt && d.to) return { text: d.text, from: d.to, to: d.to };
  // Filled field by field: the same keys in the same order as spreads would give, without their objects.
  const asOf: AsOf = { text: d.text };
  if (d.from) asOf.from = d.from;
  if (d.to) asOf.to = d.to;
  return asOf;
}

function titleSpans(source: string): Array<[number, number]> {
  if (!source.includes('《')) return [];
  const out: Array<[number, number]> = [];
  const re = new RegExp(TITLE.source, 'g');
  for (let m = re.exec(source); m; m = re.exec(source)) out.push([m.index, m.index + m[0].length]);
  return out;
}

// Every role is built whole, with the same fields in the same order: one object shape for the walk after.
function dateRole(d: DateMention, start: number, end: number, role: DateRole['role'], asAt = false): DateRole {
  return { date: d, start, end, role, asAt, framesFigures: false };
}

/**
 * The role a date plays for the figures after it.
 *
 * | text | role |
 * | --- | --- |
 * | 2012年，园区实现… | frame |
 * | 截至2019年底，… | frame, at the day |
 * | 比上年增长 / 较去年同期 / 是2005年的 / 与2024年1—11月相比 | base |
 * | 去年同期为8亿元 | event (the period of its clause) |
 * | 同年5月实施启动 | event |
 * | 目前，… | reset |
 * | 《2022年…名单》 | none |
 */
function roleOf(text: string, d: DateMention, start: number, end: number, inTitle: boolean): DateRole {
  if (inTitle) return dateRole(d, start, end, 'none');
  const before = text.slice(Math.max(0, start - 3), start);
  const after = text.slice(end, end + 4);
  if (d.grain === 'vague' || (d.from === undefined && d.to === undefined)) {
    return dateRole(d, start, end, VAGUE_RESET.test(d.text) ? 'reset' : 'none');
  }
  if (d.text.endsWith('同期') && SAME_TIME_STATED.test(after) && !BASE_BEFORE.test(before)) return dateRole(d, start, end, 'event');
  if (d.text.endsWith('同期') || BASE_BEFORE.test(before) || BASE_AFTER.test(after) || (after.startsWith('的') && /(?:是|由|从|從)$/.test(before))) {
    return dateRole(d, start, end, 'base');
  }
  if (EVENT_AFTER.test(after)) return dateRole(d, start, end, 'event');
  return dateRole(d, start, end, 'frame', AS_AT_BEFORE.test(text.slice(Math.max(0, start - 5), start)));
}

/**
 * Returns copies of the figures (never the given objects), each with `asOf` set from the date governing it (figures that already
 * have one keep it) and `comparedTo` from a comparison base in its clause. Figures and dates
 * are sorted by `start`; one merged walk, so linear. `scopes` and `spans` are the page's
 * (scopes.ts), where the caller has them.
 *
 * @example
 * attachAsOf(ctx, figures, dates).find((f) => f.text === '344户')?.asOf;
 * // { text: '今年9月', from: '2022-09-30', to: '2022-09-30' }  (截至今年9月: at its last day)
 */
export function attachAsOf(
  ctx: ExtractionContext,
  figures: readonly Figure[],
  dates: readonly DateMention[],
  scopes: PageScopes = pageScopes(ctx.text),
  spans: Pick<PageSpans, 'figures' | 'dates'> = pageSpans(ctx, figures, dates, []),
  articles: readonly Article[] = [],
): Figure[] {
  // Always fresh copies: the attribution stage fills them in place (attributeOwnFigures).
  if (dates.length === 0) return figures.map((f) => ({ ...f }));
  const text = ctx.text;
  const titles = titleSpans(ctx.source);
  let ti = 0;
  const roles: DateRole[] = dates.map((d, i) => {
    while (ti < titles.length && titles[ti]![1] <= d.start) ti++;
    const inTitle = ti < titles.length && titles[ti]![0] < d.start && d.end <= titles[ti]![1];
    const { start, end } = spans.dates[i]!;
    return roleOf(text, d, start, end, inTitle);
  });
  const sentenceIndex = scopes.sentences;
  const statusOf = scopes.status;
  const sentenceStart = (_text: string, pos: number) => segmentStart(sentenceIndex, pos);
  // Mark the dates whose own sentence holds a figure after them.
  let fi = 0;
  const figureSpans = spans.figures;
  for (const r of roles) {
    while (fi < figureSpans.length && figureSpans[fi]!.start < r.end) fi++;
    const next = figureSpans[fi]?.start;
    r.framesFigures = next !== undefined && sentenceStart(text, next) <= r.start;
  }
  // 是去年全年的: dates run together (去年 + 全年) share one role, a base where the run is one.
  for (let i = 0; i < roles.length; ) {
    let j = i;
    while (j + 1 < roles.length && roles[j + 1]!.start === roles[j]!.end) j++;
    const first = roles[i]!;
    const last = roles[j]!;
    let isBase = false;
    for (let k = i; k <= j && !isBase; k++) isBase = roles[k]!.role === 'base';
    isBase ||= (/(?:是|由|从|從)$/.test(text.slice(Math.max(0, first.start - 1), first.start)) && text.charAt(last.end) === '的');
    if (isBase) for (let k = i; k <= j; k++) if (roles[k]!.role !== 'none') roles[k]!.role = 'base';
    i = j + 1;
  }
  // Undated spans (五年来) reset like 目前; they are no DateMention, so they are found here.
  const resets: DateRole[] = undatedSpans(text).map(({ at, text: words }) => ({
    date: { text: words, start: 0, end: 0, grain: 'vague', stated: {}, implied: {}, impliedFrom: 'none' },
    start: at,
    end: at + words.length,
    role: 'reset',
    asAt: false,
    framesFigures: false,
  }));
  // Both lists come in order: merged, ties to the dates, as a stable sort of both would give.
  const ordered = resets.length === 0 ? sortByStart(roles) : mergeByStart(roles, resets);
  let di = 0;
  let frame: DateRole | undefined;
  let frameUntil = 0;
  let lastBase: DateRole | undefined;
  let lastReset = -1;
  const paragraphEnd = paragraphEnds(text);
  const headings = headingPeriods(articles, roles);
  let hi = 0;
  return figures.map((f, i) => {
    const start = figureSpans[i]!.start;
    let previous: DateRole | undefined;
    while (di < ordered.length && ordered[di]!.end <= start) {
      const r = ordered[di++]!;
      previous = r;
      if (r.role === 'base') lastBase = r;
      else if (r.role === 'reset') {
        frame = undefined;
        lastReset = r.start;
      } else if (r.role === 'frame' || r.role === 'event') {
        frame = r;
        // A frame holds to the end of its paragraph; an event's date to the end of its clause.
        frameUntil = r.role === 'frame' ? paragraphEnd(r.end) : clauseEnd(text, r.end);
      }
    }
    if (frame && start >= frameUntil) frame = undefined;
    const out: Figure = { ...f };
    const clause = clauseStartIn(scopes.breaks, start);
    if (lastBase && lastBase.start >= clause) out.comparedTo = toAsOf(lastBase.date, false);
    if (f.asOf) return out;
    // 比去年1千5百多億元: the figure right after a base is the base's own value.
    if (previous && previous.role === 'base' && start === previous.end) {
      out.asOf = toAsOf(previous.date, false);
      delete out.comparedTo;
      return out;
    }
    if (!frame) {
      // The period a title states (…2024年前三季度经济运行情况) holds for its article's figures no
      // date of their own paragraph governs, unless 目前 or 五年来 opened that paragraph's frame.
      while (hi < headings.length && headings[hi]!.end <= f.start) hi++;
      const heading = headings[hi];
      if (!heading || f.start < heading.from || text.charAt(figureSpans[i]!.end) === '的') return out;
      if (lastReset >= segmentStart(scopes.breaks.paragraphs, start) || statusOf(start, sentenceStart(text, start)) !== 'actual') return out;
      out.asOf = toAsOf(heading.role.date, false);
      return out;
    }
    // 总投资6.3亿元的中核钛白…项目: an amount describing the thing after it holds for no period.
    // A plan or forecast states its own period. Both take only a date of their own sentence.
    // 总投资2亿元的美国恩力…项目: an amount describing the thing after it takes only a date of its clause.
    if (frame.start < clause && f.kind !== 'percent' && f.kind !== 'percentagePoint' && text.charAt(figureSpans[i]!.end) === '的') return out;
    if (frame.start < sentenceStart(text, start)) {
      if (statusOf(start, sentenceStart(text, start)) !== 'actual') return out;
      // A date carries past its sentence only where that sentence states figures (1-7月，…完成40950万元。…);
      // the date of an event (在15日，…宣布开园。) stays with it.
      if (!frame.framesFigures) return out;
    }
    out.asOf = toAsOf(frame.date, frame.asAt);
    // 2010年…是2005年的5.2倍，年均增长38%: an average over the years from the base to the frame.
    if (lastBase && lastBase.start >= sentenceStart(text, start) && lastBase.date.from && frame.date.to && lastBase.date.from < frame.date.to && AVERAGE.test(text.slice(clause, start))) {
      out.asOf = { text: `${lastBase.date.text}—${frame.date.text}`, from: lastBase.date.from, to: frame.date.to };
    }
    return out;
  });
}



/**
 * For each article whose title block (the lines before its first paragraph) states a period
 * (2024年前三季度, 2023年; not a day), that period and the part of the article it governs: from
 * the first paragraph to the article's end. Articles and roles are sorted; one walk.
 */
function headingPeriods(articles: readonly Article[], roles: readonly DateRole[]): Array<{ from: number; end: number; role: DateRole }> {
  const out: Array<{ from: number; end: number; role: DateRole }> = [];
  let ri = 0;
  for (const a of articles) {
    const first = a.paragraphs?.[0];
    if (a.start === undefined || a.end === undefined || !first || first.start === undefined) continue;
    while (ri < roles.length && roles[ri]!.date.start < a.start) ri++;
    for (let k = ri; k < roles.length && roles[k]!.date.start < first.start; k++) {
      const r = roles[k]!;
      if (r.role === 'frame' && r.date.grain !== 'day' && r.date.grain !== 'vague' && r.date.stated.year !== undefined) {
        out.push({ from: first.start, end: a.end, role: r });
        break;
      }
    }
  }
  return out;
}

/**
 * The end of the paragraph holding each position asked, asked in ascending order: the line break
 * found for one serves every position up to it, so a page without line breaks is searched once
 * rather than to its end per date.
 */
function paragraphEnds(text: string): (pos: number) => number {
  let from = -1;
  let end = -1;
  return (pos) => {
    if (pos < from || pos > end) {
      const at = text.indexOf('\n', pos);
      from = pos;
      end = at < 0 ? text.length : at;
    }
    return end;
  };
}
