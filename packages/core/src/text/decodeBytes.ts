import { GaoxinOptionsError } from '../models/errors.js';
import { TextEncodingSchema, type TextEncodingName } from '../models/enums.js';

export type { TextEncodingName } from '../models/enums.js';

/** Bytes that are not text in any encoding Gaoxin reads. */
export class NotTextError extends Error {
  override readonly name = 'NotTextError';
}

/** Decoded text and the encoding that was used (or detected). */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether the encoding came from the bytes (a BOM or detection) rather than the caller. */
  detected: boolean;
  /** How many invalid byte sequences were replaced by U+FFFD (0 for clean text). */
  replacements: number;
}

/** The encodings Gaoxin reads, in the order a caller lists them. */
export const TEXT_ENCODINGS: readonly TextEncodingName[] = TextEncodingSchema.options;

// Common characters of Chinese prose in both scripts: a right decoding is full of them,
// a wrong one (Big5 bytes read as GB18030 or the reverse) gives rare characters instead.
const COMMON = new Set(
  '的一是在不了有和人这這中大为為上个個国國我以要他时時来來用们們生到作地于於出就分对對成会會可主发發年动動同工也能下过過子说說产產种種面而方后後多定行学學法所民得经經十三之进進着著等部度家电電力里裡如水化高自二理起小物现現实實加量都两兩体體制机機当當使点點从從业業本去把性好应應开開它合还還因由其些然前外天政四日那社义義事平形相全表间間样樣与與关關各重新线線内內数數正心反你明看原又么利比或但质質气氣第向道命此变變条條只没沒结結解问問意建月公无無系军軍很情者最立代想已通并提直题題党黨程展五果料象员員革位入常文总總次品式活设設及管特件长長求老头頭基资資边邊流路级級少图圖山统統接知较較将將组組见見计計别別她手角期根论論运運农農指几幾九区區强強放决決西被干做必战戰先回则則任取据據处處队隊南给給色光门門即保治北造百规規热熱领領七海口东東导導器压壓志世金增争爭济濟阶階油思术術极極交受联聯什认認六共权權收证證改清己美再采转轉更单單风風切打白教速花带帶安场場身车車例真务務具万萬每目至达達走积積示议議声聲报報斗完类類八离離华華名确確才科张張信马馬节節话話米整空元况況今集温溫传傳土许許步群广廣石记記需段研界拉林律叫且究观觀越织織装裝影算低持音众眾书書布复復容儿兒须須际際商非验驗连連断斷深难難近矿礦千周委素技备備半办辦青省列习習响響约約支般史感劳勞便团團往酸历歷市克何除消构構府称稱太准精值号號率族维維划劃选選标標写寫存候毛亲親快效斯院查江型眼王按格养養易置派层層片始却专專状狀育厂廠京识識适適属屬圆圓包火住调調满滿县縣局照参參红紅细細引听聽该該铁鐵价價严嚴龙龍飞飛亿億园園企創新科技区區',
);

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const NUL_MESSAGE = 'not a text file (it contains NUL bytes)';

/**
 * Decodes report bytes to text. With `encoding`, that encoding is used (a BOM is still
 * honoured). Without it: a BOM decides (UTF-8, UTF-16 and UTF-32, LE/BE); else valid UTF-8
 * is UTF-8; else UTF-16 without a BOM is recognised by its code units; else UTF-8 with a few
 * stray bytes is still UTF-8; else GB18030 (GBK) and Big5 are both tried and the one that
 * reads as more common Chinese wins. Invalid sequences become U+FFFD, counted in
 * `replacements`. Throws `NotTextError` for bytes that are not text (NUL bytes outside
 * UTF-16/32), `GaoxinOptionsError` for bytes that are not a `Uint8Array`/`ArrayBuffer` or an
 * encoding not in `TEXT_ENCODINGS`. Works wherever `TextDecoder` knows these encodings.
 *
 * @example
 * decodeBytes(new Uint8Array([0xd1, 0xd0, 0xb7, 0xa2])).encoding; // 'gb18030' (研发)
 */
export function decodeBytes(input: Uint8Array | ArrayBuffer, options: { encoding?: TextEncodingName } = {}): DecodedText {
  const bytes = asBytes(input);
  const forced = options?.encoding;
  if (forced !== undefined && !TEXT_ENCODINGS.includes(forced)) {
    throw new GaoxinOptionsError(`Invalid encoding: ${JSON.stringify(forced)} is not one of ${TEXT_ENCODINGS.join(', ')}`);
  }
  const bom = bomOf(bytes);
  if (bom) return decodeAs(bom.encoding, bytes.subarray(bom.length), true);
  if (forced) {
    const decoded = decodeAs(forced, bytes, false);
    if (forced.startsWith('utf-16') || forced.startsWith('utf-32') || !decoded.text.includes('\u0000')) return decoded;
    throw new NotTextError(NUL_MESSAGE);
  }
  if (bytes.includes(0)) {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) return decodeAs(utf16, bytes, true);
    throw new NotTextError(NUL_MESSAGE);
  }
  try {
    return { text: UTF8.decode(bytes), encoding: 'utf-8', detected: true, replacements: 0 };
  } catch {
    // Not clean UTF-8: UTF-16 without NUL bytes (all Chinese), UTF-8 with a few bad bytes, or a legacy encoding.
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return decodeAs(utf16, bytes, true);
  const utf8 = decodeAs('utf-8', bytes, true);
  if (utf8.replacements * 10 <= nonAscii(utf8.text) - utf8.replacements) return utf8;
  const gb = decodeAs('gb18030', bytes, true);
  const big5 = decodeAs('big5', bytes, true);
  const pick = score(big5.text) > score(gb.text) ? big5 : gb;
  if (replacementShare(pick.text) > 0.05 || !readsAsChinese(pick.text)) throw new NotTextError('not text in UTF-8, UTF-16, GB18030 or Big5');
  return pick;
}

function asBytes(input: unknown): Uint8Array {
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const what = input === null ? 'null' : typeof input;
  throw new GaoxinOptionsError(`Invalid bytes: decodeBytes needs a Uint8Array or an ArrayBuffer, got ${what}`);
}

function decodeAs(encoding: TextEncodingName, bytes: Uint8Array, detected: boolean): DecodedText {
  const { text, replacements } = encoding.startsWith('utf-32') ? decodeUtf32(bytes, encoding === 'utf-32le') : decodeWithTextDecoder(encoding, bytes);
  return { text, encoding, detected, replacements };
}

function decodeWithTextDecoder(encoding: TextEncodingName, bytes: Uint8Array): { text: string; replacements: number } {
  const text = new TextDecoder(encoding).decode(bytes);
  return { text, replacements: text.includes('\uFFFD') ? countReplacements(text) : 0 };
}

// TextDecoder has no UTF-32: read code points four bytes at a time, in slices so no call gets huge arguments.
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): { text: string; replacements: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let replacements = 0;
  let codes: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i += 4) {
    const c = view.getUint32(i, littleEndian);
    if (c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) {
      codes.push(0xfffd);
      replacements++;
    } else codes.push(c);
    if (codes.length === 8192) {
      parts.push(String.fromCodePoint(...codes));
      codes = [];
    }
  }
  if (bytes.length % 4 !== 0) {
    codes.push(0xfffd);
    replacements++;
  }
  parts.push(String.fromCodePoint(...codes));
  return { text: parts.join(''), replacements };
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

function nonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n++;
  return n;
}

function bomOf(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) return { encoding: 'utf-32le', length: 4 };
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * UTF-16 without a BOM: read as each byte order, the right one gives code units that are
 * almost all ASCII, CJK and CJK punctuation, with common Chinese among the CJK; the wrong
 * one (and UTF-8 or GBK bytes read as UTF-16) gives rare characters, Hangul and controls.
 */
function utf16WithoutBom(bytes: Uint8Array): TextEncodingName | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 65536);
  if (n < 4) return undefined;
  const le = plausibleUtf16(bytes, n, true);
  const be = plausibleUtf16(bytes, n, false);
  if (le >= 0.9 && le >= be) return 'utf-16le';
  if (be >= 0.9) return 'utf-16be';
  return undefined;
}

// The share of code units that belong in Chinese or English prose, 0 when its CJK is not common Chinese.
function plausibleUtf16(bytes: Uint8Array, n: number, littleEndian: boolean): number {
  let good = 0;
  let cjk = 0;
  let common = 0;
  for (let i = 0; i < n; i += 2) {
    const c = littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
    if ((c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09) good++;
    else if (c >= 0x3400 && c <= 0x9fff) {
      good++;
      cjk++;
      if (COMMON.has(String.fromCharCode(c))) common++;
    } else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f) || (c >= 0xa0 && c <= 0xff)) good++;
  }
  if (cjk >= 20 && common / cjk < 0.25) return 0;
  return good / (n / 2);
}

function score(text: string): number {
  let common = 0;
  let bad = 0;
  const sample = text.length > 100_000 ? text.slice(0, 100_000) : text;
  for (const ch of sample) {
    if (COMMON.has(ch)) common++;
    else if (ch === '\uFFFD') bad += 5;
  }
  return common - bad;
}

// Arbitrary bytes decode to rare characters: real Chinese prose is mostly common ones.
function readsAsChinese(text: string): boolean {
  let cjk = 0;
  let common = 0;
  const sample = text.length > 100_000 ? text.slice(0, 100_000) : text;
  for (const ch of sample) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0x3400 && c <= 0x9fff) {
      cjk++;
      if (COMMON.has(ch)) common++;
    }
  }
  return cjk < 20 || common / cjk >= 0.1;
}

function replacementShare(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  const sample = text.length > 100_000 ? text.slice(0, 100_000) : text;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0xfffd) bad++;
  return bad / sample.length;
}
