/**
 * Figures written with a magnitude and no digits: a bound with a bare magnitude (`超亿元`
 * (项目) = 1 × 10⁸ CNY over, `近千亩` about, `超万家` over, `千万元以上` over, `万余家` over) and
 * vague amounts (`数百家`, `几十亿元` about; `上百个`, `上千家` over). A bare magnitude before a
 * unit with no bound (`万家灯火`, `百亿元级`) is no figure. Reads the folded text.
 */
import type { Approx, Figure } from '../models/figure.js';
import type { ExtractionContext } from '../engine/context.js';
import { toNormalizedOffset } from '../engine/spans.js';
import { toOriginalSpan } from '../text/normalize.js';
import { localCurrency } from '../text/region.js';
import { boundBefore } from './approxWords.js';
import { qualifierAfter, qualifierBefore } from './qualifiers.js';
import { matchUnit } from './units.js';

const MAGNITUDE: ReadonlyMap<string, number> = new Map([
  ['万亿', 1e12], ['千亿', 1e11], ['百亿', 1e10], ['十亿', 1e9], ['亿', 1e8], ['千万', 1e7], ['百万', 1e6], ['十万', 1e5],
  ['万', 1e4], ['千', 1e3], ['百', 1e2], ['十', 10],
]);
// A magnitude word that opens the figure, longest first; 数/几 (several) and 上 (up to) before it,
// 余/多 after it. Read by hand at each candidate: a regex with named groups would make a match
// object at every 十, 百 and 上 of the page, and most have no unit after them.
const MAGNITUDE_WORDS = [...MAGNITUDE.keys()];
const VAGUE_WORDS = ['数', '几', '上'];
const VAGUE_FIRST = new Uint8Array(0x10000);
for (const w of VAGUE_WORDS) VAGUE_FIRST[w.charCodeAt(0)] = 1;
const INNER_WORDS = new Set(['余', '多']);
// By code unit, so the scan over every character allocates no one-character string.
const FIRST = new Uint8Array(0x10000);
for (const ch of '数几上十百千万亿') FIRST[ch.charCodeAt(0)] = 1;
// A magnitude right after a numeral is part of that number (3万家), which the numeral reader has.
const NUMERAL_BEFORE = new Uint8Array(0x10000);
for (const ch of '0123456789０１２３４５６７８９〇零一二三四五六七八九十百千万亿两.') NUMERAL_BEFORE[ch.charCodeAt(0)] = 1;

// The first characters of the magnitude words: most candidates (上海, 数据) fail on this one look-up.
const MAGNITUDE_FIRST = new Uint8Array(0x10000);
for (const w of MAGNITUDE_WORDS) MAGNITUDE_FIRST[w.charCodeAt(0)] = 1;

/** The magnitude opening at `i` with its vague word before and 余/多 after, as the pattern above reads it. */
function magnitudeAt(text: string, i: number): { vague?: string; mag: string; inner?: string; length: number } | undefined {
  const vagueFirst = VAGUE_FIRST[text.charCodeAt(i)] === 1;
  const at = vagueFirst ? i + 1 : i;
  if (MAGNITUDE_FIRST[text.charCodeAt(at)] !== 1) return undefined;
  const vague = vagueFirst ? text[i] : undefined;
  const mag = MAGNITUDE_WORDS.find((w) => text.startsWith(w, at));
  if (mag === undefined) return undefined;
  const after = text[at + mag.length];
  const inner = after !== undefined && INNER_WORDS.has(after) ? after : undefined;
  return { vague, mag, inner, length: at - i + mag.length + (inner === undefined ? 0 : 1) };
}
// 十 alone opens too many words (十分, 十足) and vague 十 is not written (数十 is): it needs 数/几/上.
const NEEDS_VAGUE = new Set(['十']);

/**
 * Figures of bare magnitudes in `ctx.text`, with spans into the original text.
 *
 * @example
 * // '全国孵化载体达万余家' → 万余家: count, 10000 家, over
 */
export function magnitudeOnlyFigures(ctx: ExtractionContext): Figure[] {
  const text = ctx.text;
  const out: Figure[] = [];
  let floor = 0;
  for (let i = 0; i < text.length; i++) {
    if (FIRST[text.charCodeAt(i)] === 0) continue;
    if (i > 0 && NUMERAL_BEFORE[text.charCodeAt(i - 1)] === 1) continue;
    const m = magnitudeAt(text, i);
    if (!m) continue;
    const { vague, mag, inner } = m;
    const unitAt = i + m.length;
    const magAt = i + (vague?.length ?? 0);
    const unit = matchUnit(text, unitAt);
    if (!unit || unit.kind === 'percent' || unit.kind === 'percentagePoint' || unit.kind === 'multiple') continue;
    if (vague === undefined && NEEDS_VAGUE.has(mag)) continue;
    // 上 opens 上千家 only when it does not end a word before it (市场上, 线上).
    if (vague === '上' && i > 0 && /[场線线网網面会會上以之]/.test(text[i - 1]!)) continue;
    let start = i;
    let end = unitAt + unit.text.length;
    let approx: Approx | undefined = vague === '上' ? 'over' : vague ? 'about' : inner ? 'over' : undefined;
    const qualifiers: string[] = [];
    if (vague) qualifiers.push(vague);
    if (inner) qualifiers.push(inner);
    const before = vague ? undefined : qualifierBefore(text, i, floor);
    if (before) {
      start -= before.word.length;
      approx = before.approx;
      qualifiers.unshift(before.word);
    }
    // 突破万亿元, 最高千万元: a bounding verb stays outside the span but bounds the amount.
    approx ??= boundBefore(text, start, floor);
    const after = qualifierAfter(text, end);
    if (after) {
      end += after.word.length;
      approx ??= after.approx;
      qualifiers.push(after.word);
    }
    if (approx === undefined) continue;
    const magnitude = MAGNITUDE.get(mag)!;
    const span = toOriginalSpan(ctx.normalized, start, end);
    const figure: Figure = {
      text: ctx.source.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      kind: unit.kind,
      value: magnitude * unit.factor,
      approx,
      // As written: the text is folded to Simplified (億 → 亿), the figure shows the page's script.
      numberText: ctx.normalized.unfolded.slice(magAt, magAt + mag.length),
      unitText: ctx.normalized.unfolded.slice(unitAt, unitAt + unit.text.length),
      multiplier: magnitude,
      qualifiers,
    };
    figure.unit = unit.unit === 'local' ? localCurrency(ctx.region) : unit.unit;
    out.push(figure);
    floor = end;
    i = end - 1;
  }
  return out;
}

// A numeral that is magnitude words alone (千, 百亿; 十 is a plain ten): with no bound it is an
// idiom (千家万户) or an order of size (百亿元级), not a quantity.
const BARE_MAGNITUDE = /^[百千万亿]+$/;
const BARE_MAGNITUDE_CHAR = new Uint8Array(0x10000);
for (const ch of '百千万亿') BARE_MAGNITUDE_CHAR[ch.charCodeAt(0)] = 1;

function isUnboundMagnitude(f: Figure): boolean {
  // 十大工程 counts ten (the N大 form); only a magnitude standing for an amount is dropped.
  // 十成 and 百分之百 are whole shares, not orders of size.
  if (f.kind === 'percent' || f.kind === 'percentagePoint' || f.kind === 'multiple') return false;
  // The first character before the regex: asked of every figure, and most open with a digit.
  if (BARE_MAGNITUDE_CHAR[f.numberText.charCodeAt(0)] !== 1) return false;
  return f.approx === 'exact' && f.qualifiers.length === 0 && f.unitText !== '大' && BARE_MAGNITUDE.test(f.numberText);
}

/**
 * The figures with the bare-magnitude ones merged in where nothing else was read, and read
 * ones that are a magnitude with no bound dropped; sorted.
 */
export function withMagnitudeOnly(ctx: ExtractionContext, figures: Figure[]): Figure[] {
  const extra = magnitudeOnlyFigures(ctx);
  const read = figures.filter((f) => !isUnboundMagnitude(f) || boundBefore(ctx.text, toNormalizedOffset(ctx.normalized, f.start)) !== undefined);
  if (extra.length === 0) return read;
  const kept: Figure[] = [];
  let i = 0;
  for (const e of extra) {
    while (i < read.length && read[i]!.end <= e.start) i++;
    const f = read[i];
    if (f && f.start < e.end) continue;
    kept.push(e);
  }
  return [...read, ...kept].sort((a, b) => a.start - b.start);
}
