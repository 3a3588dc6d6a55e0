/**
 * Checks a report against itself: the same metric of the same subject stated with different
 * values (a headline's 17家 against the body's 25家), and shares over 100%.
 */
import type { Figure } from '../models/figure.js';
import type { Report } from '../models/report.js';

/** Something in a report that does not add up. */
export type ConsistencyIssue =
  | {
      kind: 'conflictingValues';
      subject: string;
      metric: string;
      /** The figures that disagree, in text order. */
      figures: Figure[];
      message: string;
    }
  | { kind: 'shareOver100'; figure: Figure; message: string };

// A percentage of these is a part of a whole and cannot pass 100%; growth (增长150%) can.
const SHARE = /占比|比重|份额|占有率|覆盖率|使用率|合格率|达标率|纯度|^占|率$/;
const GROWTH = /增长|增速|增幅|提高|提升|同比|环比|上涨|下降/;

// 比 (较, 較) and the words after it up to a figure, with no word of change among them: the figure
// is what is compared with (比原预估2千5百亿元还高), not the change (比上年增长10%). 比重, 比例,
// 比率 and 比赛 are words of their own.
const COMPARED_WITH = /(?:比|较|較)(?![重例率赛賽])([^，,。；;！？!?\n]{0,12})$/;
const CHANGE_WORD = /[增减減降升多少高低]/;

/** Whether the figure at `start` is the base a comparison names (see COMPARED_WITH). */
function isComparisonBase(text: string, start: number): boolean {
  const m = COMPARED_WITH.exec(text.slice(Math.max(0, start - 14), start));
  return m !== null && !CHANGE_WORD.test(m[1]!);
}

function valueKey(f: Figure): string {
  return f.min !== undefined && f.max !== undefined ? `${f.min}-${f.max}` : String(f.value);
}

// Figures for different periods do not contradict each other; undated figures form their own period.
function asOfKey(f: Figure): string {
  return f.asOf ? `${f.asOf.from ?? ''}/${f.asOf.to ?? ''}/${f.asOf.from || f.asOf.to ? '' : f.asOf.text}` : '';
}

// Two values of one metric in one sentence are a breakdown (分别, a list, a parenthesis: 兰州高新区
// 292亿元、白银高新区128亿元), not a contradiction: only figures of different sentences are compared.
function conflicts(group: readonly Figure[], sentenceOf: (f: Figure) => number): Figure[] | undefined {
  // The first figure of each value is enough to find a pair: linear in the group.
  const firsts = new Map<string, Figure>();
  for (const f of group) {
    const v = valueKey(f);
    for (const [value, a] of firsts) if (value !== v && sentenceOf(a) !== sentenceOf(f)) return [a, f];
    if (!firsts.has(v)) firsts.set(v, f);
  }
  return undefined;
}

const SENTENCE_END = /[。！？!?\n]/g;

/** Sorted offsets just after each sentence end of the text. */
function sentenceStarts(text: string): number[] {
  const out = [0];
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) out.push(m.index + 1);
  SENTENCE_END.lastIndex = 0;
  return out;
}

function indexAt(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The issues of a report: figures of the same subject, metric, measure, period and status
 * (and kind and unit) with different values; and shares (占比, 覆盖率 …) above 100%. One
 * pass over the figures.
 *
 * @example
 * checkConsistency(parseReport('玉溪高新区：新增17家科技型中小企业\n玉溪高新区累计获批科技型中小企业25家。'));
 * // [{ kind: 'conflictingValues', subject: '玉溪高新技术产业开发区', metric: '科技型中小企业', figures: [17家, 25家], … }]
 */
export function checkConsistency(report: Report): ConsistencyIssue[] {
  const issues: ConsistencyIssue[] = [];
  const groups = new Map<string, Figure[]>();
  const starts = sentenceStarts(report.text);
  const sentenceOf = (f: Figure) => indexAt(starts, f.start);
  for (const f of report.figures) {
    if (f.subject === undefined || f.metric === undefined) continue;
    // 总投资2亿元的美国恩力…项目: an amount used attributively describes the thing after it, not the subject.
    if (report.text.charAt(f.end) === '的' && f.kind !== 'percent' && f.kind !== 'percentagePoint') continue;
    // 比原預估2千5百億元還高: the base of a comparison is what was said before, no statement of the metric.
    if (isComparisonBase(report.text, f.start)) continue;
    // Only like with like: the same subject, metric, measure, period and status (a target is no
    // contradiction of an actual, nor a growth rate of a level), in the same kind and unit.
    const key = [f.subject, f.metric, f.measure ?? 'level', asOfKey(f), f.status ?? 'actual', f.kind, f.unit ?? ''].join('\u0000');
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  for (const group of groups.values()) {
    const pair = conflicts(group, sentenceOf);
    if (!pair) continue;
    const [a, b] = pair as [Figure, Figure];
    issues.push({
      kind: 'conflictingValues',
      subject: a.subject!,
      metric: a.metric!,
      figures: group,
      message: `${a.subject} ${a.metric}: ${a.text} (offset ${a.start}) but ${b.text} (offset ${b.start})`,
    });
  }
  for (const f of report.figures) {
    if (f.kind !== 'percent' || (f.max ?? f.value ?? 0) <= 100) continue;
    const metric = f.metric ?? '';
    if (f.measure === 'growth' || f.measure === 'change' || (f.measure !== 'share' && (!SHARE.test(metric) || GROWTH.test(metric)))) continue;
    issues.push({ kind: 'shareOver100', figure: f, message: `${metric} ${f.text} is a share over 100% (offset ${f.start})` });
  }
  return issues.sort((x, y) => firstStart(x) - firstStart(y));
}

function firstStart(issue: ConsistencyIssue): number {
  return issue.kind === 'shareOver100' ? issue.figure.start : (issue.figures[0]?.start ?? 0);
}
