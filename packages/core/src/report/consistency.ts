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

function valueKey(f: Figure): string {
  return f.min !== undefined && f.max !== undefined ? `${f.min}-${f.max}` : String(f.value);
}

// Figures as of different dates do not contradict each other; an undated figure is compared with all.
function asOfKey(f: Figure): string | undefined {
  return f.asOf ? `${f.asOf.from ?? ''}/${f.asOf.to ?? ''}/${f.asOf.from || f.asOf.to ? '' : f.asOf.text}` : undefined;
}

function conflicts(group: readonly Figure[]): Figure[] | undefined {
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      const a = group[i]!;
      const b = group[j]!;
      if (valueKey(a) === valueKey(b)) continue;
      const ka = asOfKey(a);
      const kb = asOfKey(b);
      if (ka !== undefined && kb !== undefined && ka !== kb) continue;
      return [a, b];
    }
  }
  return undefined;
}

/**
 * The issues of a report: for each subject and metric (and kind and unit), figures with
 * different values unless their dates say they hold at different times; and shares (占比,
 * 覆盖率 …) above 100%. Pairwise within a group; groups are small.
 *
 * @example
 * checkConsistency(parseReport('玉溪高新区：新增17家科技型中小企业\n玉溪高新区累计获批科技型中小企业25家。'));
 * // [{ kind: 'conflictingValues', subject: '玉溪高新技术产业开发区', metric: '科技型中小企业', figures: [17家, 25家], … }]
 */
export function checkConsistency(report: Report): ConsistencyIssue[] {
  const issues: ConsistencyIssue[] = [];
  const groups = new Map<string, Figure[]>();
  for (const f of report.figures) {
    if (f.subject === undefined || f.metric === undefined) continue;
    const key = `${f.subject}\u0000${f.metric}\u0000${f.kind}\u0000${f.unit ?? ''}`;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  for (const group of groups.values()) {
    const pair = conflicts(group);
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
    if (f.kind !== 'percent' || f.value <= 100) continue;
    const metric = f.metric ?? '';
    if (f.measure === 'growth' || f.measure === 'change' || (f.measure !== 'share' && (!SHARE.test(metric) || GROWTH.test(metric)))) continue;
    issues.push({ kind: 'shareOver100', figure: f, message: `${metric} ${f.text} is a share over 100% (offset ${f.start})` });
  }
  return issues.sort((x, y) => firstStart(x) - firstStart(y));
}

function firstStart(issue: ConsistencyIssue): number {
  return issue.kind === 'shareOver100' ? issue.figure.start : (issue.figures[0]?.start ?? 0);
}
