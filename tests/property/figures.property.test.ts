import { performance } from 'node:perf_hooks';
import { extractFigures, extractNumbers, parseReport, type Figure, type NumberMention } from '@gaoxin/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const REF = { referenceDate: '2023-06-30' } as const;

// The figure grammar's own pieces: numerals in every script, magnitudes, units and classifiers,
// qualifiers, range separators, date words, brackets and quotes, line breaks, full-width forms, emoji.
const NUMERALS = [
  '0', '1', '3', '7', '12', '300', '2022', '1,373', '1，373', '20.8', '0.5', '.5', '１２３', '１２．５', '３，４５６',
  '一', '两', '兩', '二', '三', '七', '九', '十', '十四', '百', '千', '一千二百', '零', '〇', '二〇一九', '一九一六', '六萬三四九二',
  '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖', '拾', '佰', '仟', '点', '點', '半', '负', '-', '－',
];
const MAGNITUDES = ['万', '萬', '亿', '億', '兆', '万亿', '千', '百万'];
const UNITS = [
  '元', '万元', '亿元', '美元', '欧元', '港元', '日元', '新台币', '新臺幣', '人民币', '块', '角', '分',
  '平方米', '平方公里', '亩', '公顷', '%', '％', '‰', '百分之', '个百分点', '個百分點', '成', '折', '倍',
  '个', '個', '家', '项', '名', '人', '人次', '所', '户', '栋', '件', '台', '条', '批', '篇', '次', '大',
  '年', '个月', '天', '周', '小时', '吨', '千瓦时', '兆瓦', '公里', '微克/立方米', '/', 'GWh', 'k', 'M',
];
const QUALIFIERS = ['约', '大约', '近', '接近', '将近', '超', '超过', '逾', '余', '多', '来', '许', '以上', '以下', '左右', '上下', '不足', '不到', '至少', '不少于', '不超过', '之多', '以内', '第', '每'];
const JOINERS = ['至', '到', '—', '——', '–', '~', '～', '、', '又', '分之', ' ', '\u3000', '\t', '\u00A0'];
const WORDS = [
  '今年', '去年', '2022年', '6月', '1至9月', '2023—2027年', '“十四五”', '截至', '以来', '上半年', '一季度', '近日',
  '高新区', '科學園區', '新竹', '有限公司', '研究院', '本报记者', '营业收入', '同比增长', '达', '突破', '实现', '累计',
  '一对一', '一次性', '一批', '一条', '新路子', '5G', 'G60', 'PM2.5', '06082.HK', '零部件', '成千上万', '几十',
];
const PUNCTUATION = ['，', '。', '；', '：', '、', '《', '》', '“', '”', '「', '」', '（', '）', '(', ')', '【', '】', '"', "'"];
const BREAKS = ['\n', '\n\n', '\r\n', ' \n\n ', '&nbsp;', '<b>', '</b>', '\u200B', '\uFEFF'];
const ODD = ['🚀', '𠀋', '👨‍👩‍👧', '\uD800', '\uDC00', 'https://x.cn/30%25', 'a@b.cn', 'ＡＢＣ', 'ﾊﾝｶｸ'];
// A running line long enough that a break after it is a layout break the normaliser joins.
const RUNNING = '园区围绕新一代信息技术产业链持续推进重大项目建设并累计引进配套企业约';

const PIECES = [...NUMERALS, ...MAGNITUDES, ...UNITS, ...QUALIFIERS, ...JOINERS, ...WORDS, ...PUNCTUATION, ...BREAKS, ...ODD, RUNNING];

const grammarText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));
// Any UTF-16 code units, lone surrogates included.
const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), { maxLength: 120 }).map((a) => a.join(''));
// fast-check 4's full-Unicode strings (fullUnicodeString in v3): any code point, astral ones as pairs.
const fullUnicode = fc.string({ unit: 'binary', maxLength: 120 });
const graphemes = fc.string({ unit: 'grapheme', maxLength: 80 });
const region = fc.constantFrom<'mainland' | 'taiwan' | 'hongkong' | undefined>('mainland', 'taiwan', 'hongkong', undefined);
const includeOrdinals = fc.boolean();

interface Spanned {
  text: string;
  start: number;
  end: number;
}

// Plain checks gathered into one assertion, so a failing run prints the text and every problem at once.
function spanProblems(source: string, list: readonly Spanned[]): string[] {
  const problems: string[] = [];
  let previousEnd = 0;
  for (const m of list) {
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end)) problems.push(`non-integer span ${m.start}-${m.end}`);
    if (m.start < previousEnd) problems.push(`${JSON.stringify(m.text)} at ${m.start} overlaps or precedes the one ending at ${previousEnd}`);
    if (m.end <= m.start || m.start < 0 || m.end > source.length) problems.push(`bad span ${m.start}-${m.end}`);
    if (m.text !== source.slice(m.start, m.end)) problems.push(`text ${JSON.stringify(m.text)} is not the slice ${JSON.stringify(source.slice(m.start, m.end))}`);
    previousEnd = Math.max(previousEnd, m.end);
    if (problems.length > 5) break;
  }
  return problems;
}

function valueProblems(list: ReadonlyArray<Figure | NumberMention>): string[] {
  const problems: string[] = [];
  for (const f of list) {
    // A figure's range has no one value (null); every other value is a finite number.
    if (f.value === null ? f.min === undefined : !Number.isFinite(f.value)) problems.push(`${JSON.stringify(f.text)}: value ${f.value}`);
    if ((f.min === undefined) !== (f.max === undefined)) problems.push(`${JSON.stringify(f.text)}: only one bound`);
    if (f.min !== undefined && f.max !== undefined) {
      if (!Number.isFinite(f.min) || !Number.isFinite(f.max)) problems.push(`${JSON.stringify(f.text)}: bounds ${f.min}-${f.max}`);
      if (!(f.min < f.max)) problems.push(`${JSON.stringify(f.text)}: min ${f.min} not below max ${f.max}`);
    }
    if (!Number.isFinite(f.multiplier) || f.multiplier <= 0) problems.push(`${JSON.stringify(f.text)}: multiplier ${f.multiplier}`);
  }
  return problems;
}

function figureProblems(source: string, figures: readonly Figure[]): string[] {
  const problems = [...spanProblems(source, figures), ...valueProblems(figures)];
  for (const f of figures) {
    if (f.min !== undefined && f.value !== null) problems.push(`${JSON.stringify(f.text)}: a range with the value ${f.value}`);
    if (f.kind === 'money' && (f.unit === undefined || !/^[A-Z]{3}$/.test(f.unit))) problems.push(`${JSON.stringify(f.text)}: money unit ${f.unit}`);
    if (f.kind === 'area' && f.unit !== 'm2' && !f.unit?.startsWith('m2/')) problems.push(`${JSON.stringify(f.text)}: area unit ${f.unit}`);
  }
  return problems;
}

function expectNoProblems(source: string, problems: string[]): void {
  expect(problems, `text: ${JSON.stringify(source)}`).toEqual([]);
}

const anyText = fc.oneof(codeUnits, fullUnicode, graphemes, grammarText);

describe('extractFigures on any text', () => {
  it('never throws on arbitrary UTF-16, lone surrogates included', () => {
    fc.assert(fc.property(codeUnits, (text) => expectNoProblems(text, figureProblems(text, extractFigures(text, REF)))), { numRuns: 500 });
  });
  it('never throws on full-Unicode strings and grapheme clusters', () => {
    fc.assert(fc.property(fc.oneof(fullUnicode, graphemes), (text) => expectNoProblems(text, figureProblems(text, extractFigures(text, REF)))), { numRuns: 500 });
  });
  it('on text built from the grammar: spans are slices, sorted, disjoint; values finite; ranges hold', () => {
    fc.assert(
      fc.property(grammarText, region, includeOrdinals, (text, r, ordinals) => {
        const figures = extractFigures(text, { ...REF, region: r, includeOrdinals: ordinals });
        expectNoProblems(text, figureProblems(text, figures));
      }),
      { numRuns: 1500 },
    );
  });
  // On a Taiwan page a bare 35年 to 130年 is an ROC year, a date (knowledge/rocYear.ts): the one
  // figure the mainland reading has that the Taiwan reading must not.
  const isBareRocYear = (f: Figure) => f.kind === 'duration' && f.value !== null && f.value >= 30 && f.value <= 130 && /^[0-9０-９]+[ ]?年$/.test(f.text);
  it('finds the same figures whatever the caller passes as region, except for the currency and ROC years', () => {
    fc.assert(
      fc.property(grammarText, (text) => {
        const strip = (fs: Figure[]) => fs.map((f) => [f.start, f.end, f.kind, f.value]);
        const mainland = extractFigures(text, { ...REF, region: 'mainland' }).filter((f) => !isBareRocYear(f));
        expect(strip(extractFigures(text, { ...REF, region: 'taiwan' }))).toEqual(strip(mainland));
      }),
      { numRuns: 300 },
    );
  });
});

describe('extractNumbers on any text', () => {
  it('never throws; spans are slices, sorted, disjoint; values finite', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const numbers = extractNumbers(text);
        expectNoProblems(text, [...spanProblems(text, numbers), ...valueProblems(numbers)]);
      }),
      { numRuns: 1500 },
    );
  });
  it('every figure’s number lies inside the figure', () => {
    fc.assert(
      fc.property(grammarText, (text) => {
        const outside = extractFigures(text, REF).filter((f) => f.numberText === '' || !f.text.includes(f.numberText));
        expect(outside.map((f) => [f.text, f.numberText]), `text: ${JSON.stringify(text)}`).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseReport on any text', () => {
  it('never throws; figures, dates and entities are slices, sorted, disjoint', () => {
    fc.assert(
      fc.property(anyText, region, (text, r) => {
        const report = parseReport(text, { ...REF, region: r });
        expect(report.text).toBe(text);
        expectNoProblems(text, [
          ...figureProblems(text, report.figures),
          ...spanProblems(text, report.dates),
          ...spanProblems(text, report.entities),
        ]);
      }),
      { numRuns: 400 },
    );
  });
  it('gives the same figures as extractFigures', () => {
    fc.assert(
      fc.property(grammarText, (text) => {
        const span = (fs: Figure[]) => fs.map((f) => [f.start, f.end, f.kind, f.value, f.unit, f.approx]);
        expect(span(parseReport(text, REF).figures)).toEqual(span(extractFigures(text, REF)));
      }),
      { numRuns: 200 },
    );
  });
});

// Deterministic report-like text: sentences of words, dates and figures in every form, broken lines included.
function reportLike(chars: number, seed = 7): string {
  let s = seed;
  const next = (n: number): number => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s % n;
  };
  const pick = <T>(list: readonly T[]): T => list[next(list.length)]!;
  const subjects = ['高新区', '經開區', '科学城', '园区企业', '竹科廠商', '示范区', '孵化器'];
  const verbs = ['实现营业收入', '引进项目', '新增企业', '完成投资', '研发投入增长', '占地', '吸纳就业', '營業額達'];
  const numbers = ['312', '1,373', '20.8', '１２３', '七', '一千二百', '两', '叁仟伍佰', '13.5万', '1.2万亿', '2兆2300億', '九點五億', '300至500万', '10—20', '两到三万', '15%-20'];
  const units = ['个', '家', '亿元', '万元', '美元', '平方公里', '亩', '%', '个百分点', '倍', '名', '年', '天', '吨', '大'];
  const parts: string[] = [];
  let size = 0;
  while (size < chars) {
    const sentence =
      pick(['截至今年9月，', '2022年6月，', '“十四五”以来，', '近日，', '']) +
      pick(subjects) +
      pick(verbs) +
      pick(['', '约', '超过', '近', '不足']) +
      pick(numbers) +
      pick(['', '余', '多']) +
      pick(units) +
      pick(['', '以上', '左右']) +
      pick(['，同比增长6.8%。', '，形成一批成果。', '。', '；', '，带动上下游一对一服务', '\n\n', '。\n']);
    parts.push(sentence);
    size += sentence.length;
  }
  return parts.join('').slice(0, chars);
}

function bestOf(runs: number, f: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const API: ReadonlyArray<[string, (text: string) => unknown]> = [
  ['extractFigures', (t) => extractFigures(t, REF)],
  ['extractNumbers', (t) => extractNumbers(t)],
  ['parseReport', (t) => parseReport(t, REF)],
];

describe('1 MB runs of one character finish quickly', () => {
  const runs: Array<[string, string]> = [
    ['digits', '7'],
    ['万', '万'],
    ['一', '一'],
  ];
  for (const [apiName, call] of API) {
    it.each(runs)(`${apiName}: 1 MB of %s`, (_name, unit) => {
      const text = unit.repeat(1_000_000);
      const ms = bestOf(1, () => call(text));
      console.log(`[figures.property] ${apiName}: 1 MB of ${_name} in ${ms.toFixed(0)} ms`);
      expect(ms).toBeLessThan(15_000);
    });
  }
  it('gives sound figures on the runs', () => {
    for (const [, unit] of runs) {
      const text = unit.repeat(1_000_000);
      expectNoProblems(unit, figureProblems(text, extractFigures(text, REF)));
    }
  });
});

describe('time grows linearly with report-like text', () => {
  const small = reportLike(100_000);
  const large = reportLike(1_000_000);
  it.each(API)('%s: 1 MB within 20× the time of 100 KB', (apiName, call) => {
    call(small); // warm the JIT
    const tSmall = bestOf(3, () => call(small));
    const tLarge = bestOf(2, () => call(large));
    console.log(`[figures.property] ${apiName}: 100 KB ${tSmall.toFixed(1)} ms, 1 MB ${tLarge.toFixed(1)} ms (×${(tLarge / tSmall).toFixed(1)})`);
    expect(tLarge).toBeLessThan(20 * Math.max(tSmall, 5));
  });
  it('the report-like text is well read: figures are found and sound', () => {
    const figures = extractFigures(small, REF);
    expect(figures.length).toBeGreaterThan(1000);
    expectNoProblems('report-like 100 KB', figureProblems(small, figures));
  });
});
