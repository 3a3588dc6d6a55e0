import type { Approx, Figure } from '@gaoxin/core';

// Built once: Intl formatters are costly to construct and hovers format many numbers.
const western = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * A number in Western grouping, at most two decimals.
 *
 * @example
 * formatWestern(2080000000); // '2,080,000,000'
 */
export function formatWestern(value: number): string {
  return western.format(value);
}

// Chinese groups by 万 (1e4) and 亿 (1e8), largest first; 万亿 is how reports write 1e12.
const CHINESE_MAGNITUDES: ReadonlyArray<readonly [number, string]> = [
  [1e12, '万亿'],
  [1e8, '亿'],
  [1e4, '万'],
];

/**
 * A number in Chinese grouping (万, 亿, 万亿), up to four decimals of the group.
 *
 * @example
 * formatChinese(2080000000); // '20.8亿'
 * formatChinese(1373); // '1373'
 */
export function formatChinese(value: number): string {
  const abs = Math.abs(value);
  for (const [size, word] of CHINESE_MAGNITUDES) {
    if (abs >= size) return `${trimDecimals(value / size, 4)}${word}`;
  }
  return trimDecimals(value, 4);
}

function trimDecimals(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

/** What each approximation means, as a hover says it. */
export const APPROX_MEANING: Readonly<Record<Approx, string>> = {
  exact: 'exact',
  about: 'about',
  over: 'more than',
  under: 'less than',
};

/**
 * The qualifier's meaning for a figure, or undefined for an exact one.
 *
 * @example
 * qualifierMeaning({ approx: 'over', qualifiers: ['余'] }); // 'more than'
 */
export function qualifierMeaning(figure: Pick<Figure, 'approx'>): string | undefined {
  return figure.approx === 'exact' ? undefined : APPROX_MEANING[figure.approx];
}

/**
 * The normalised unit as a reader expects it after a number: `CNY`, `m²`, `%`, `percentage points`.
 *
 * @example
 * unitLabel({ kind: 'area', unit: 'm2' }); // 'm²'
 */
export function unitLabel(figure: Pick<Figure, 'kind' | 'unit'>): string {
  switch (figure.kind) {
    case 'percent':
      return '%';
    case 'percentagePoint':
      return 'percentage points';
    case 'multiple':
      return 'times';
    case 'area':
      return figure.unit === 'm2' || figure.unit === undefined ? 'm²' : figure.unit;
    default:
      return figure.unit ?? '';
  }
}

function withUnit(number: string, unit: string): string {
  if (unit === '') return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}

/** The numbers a figure states: a range's bounds, else its value (a range's value is null). */
function valueNumbers(figure: Pick<Figure, 'value' | 'min' | 'max'>): number[] {
  if (figure.min !== undefined && figure.max !== undefined) return [figure.min, figure.max];
  return figure.value === null ? [] : [figure.value];
}

/**
 * The normalised value in Western grouping with its unit and, where it reads differently, in
 * Chinese grouping too; ranges as `min–max`. The qualifier's meaning leads.
 *
 * @example
 * formatFigureValue({ kind: 'money', value: 2080000000, unit: 'CNY', approx: 'about' });
 * // 'about 2,080,000,000 CNY (20.8亿)'
 */
export function formatFigureValue(figure: Pick<Figure, 'kind' | 'value' | 'unit' | 'approx' | 'min' | 'max'>): string {
  const numbers = valueNumbers(figure);
  const westernText = numbers.map(formatWestern).join('–');
  const chineseText = numbers.map(formatChinese).join('–');
  const unit = unitLabel(figure);
  const meaning = qualifierMeaning(figure);
  const main = `${meaning ? `${meaning} ` : ''}${withUnit(westernText, unit)}`;
  // Chinese grouping only adds something once a number reaches 万.
  return chineseText === numbers.map((n) => trimDecimals(n, 4)).join('–') ? main : `${main} (${chineseText})`;
}

/**
 * The value to copy for a figure: the plain normalised number (a range as `min-max`), so it pastes
 * into a spreadsheet as a number.
 *
 * @example
 * plainValue({ value: 2080000000 }); // '2080000000'
 */
export function plainValue(figure: Pick<Figure, 'value' | 'min' | 'max'>): string {
  if (figure.min !== undefined && figure.max !== undefined) return `${figure.min}-${figure.max}`;
  return figure.value === null ? '' : String(figure.value);
}

/**
 * A count with its noun, singular or plural.
 *
 * @example
 * plural(1, 'figure'); // '1 figure'
 */
export function plural(count: number, noun: string, plural = `${noun}s`): string {
  return `${formatWestern(count)} ${count === 1 ? noun : plural}`;
}

const APPROX_SIGN: Readonly<Record<Approx, string>> = { exact: '', about: '≈', over: '>', under: '<' };

function compactNumber(value: number, kind: Figure['kind']): string {
  // Shares, multiples and rates read as they are; amounts and counts in 万 and 亿, as reports
  // write them, with at most two decimals of the group (the hover has every digit).
  if (kind === 'percent' || kind === 'percentagePoint' || kind === 'multiple') return trimDecimals(value, 2);
  const abs = Math.abs(value);
  for (const [size, word] of CHINESE_MAGNITUDES) if (abs >= size) return `${trimDecimals(value / size, 2)}${word}`;
  return trimDecimals(value, 2);
}

/**
 * A figure's value as short as a narrow column allows: Chinese grouping, the unit as a reader
 * writes it, the qualifier as a sign (≈ about, > more than, < less than). The full number is the
 * hover's and the tooltip's.
 *
 * @example
 * compactValue({ kind: 'money', value: 185630000000, unit: 'CNY', approx: 'exact' }); // '1856.3亿元'
 * compactValue({ kind: 'percent', value: 7.2, unit: '%', approx: 'over' }); // '>7.2%'
 */
export function compactValue(figure: Pick<Figure, 'kind' | 'value' | 'unit' | 'unitText' | 'approx' | 'min' | 'max'>): string {
  const numbers = valueNumbers(figure);
  let unit: string;
  let scale = 1;
  switch (figure.kind) {
    case 'money':
      unit = figure.unit === 'CNY' || figure.unit === undefined ? '元' : ` ${figure.unit}`;
      break;
    case 'area':
      // A zone's area reads in km², a building's in m².
      if (Math.abs(numbers[0] ?? 0) >= 1e6) {
        unit = ' km²';
        scale = 1e6;
      } else unit = ' m²';
      break;
    case 'percent':
      unit = '%';
      break;
    case 'percentagePoint':
      unit = ' pp';
      break;
    case 'multiple':
      unit = '×';
      break;
    default:
      unit = figure.unitText ?? figure.unit ?? '';
  }
  const body = numbers.map((n) => (scale === 1 ? compactNumber(n, figure.kind) : trimDecimals(n / scale, 2))).join('–');
  return `${APPROX_SIGN[figure.approx]}${body}${unit}`;
}
