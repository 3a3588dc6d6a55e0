import type { Region } from '../models/enums.js';

// Pairs of characters that differ between the two scripts and are common in reports.
const TRADITIONAL_ONLY = new Set('這們國學區灣園發經濟業資產與為對會來時開關點萬億兩個際術機構產務專員統計億貨幣據營應環設備實現進導體電網線連結標準類規劃衛醫藥療護長場優勢質創價額總處場');
const SIMPLIFIED_ONLY = new Set('这们国学区湾园发经济业资产与为对会来时开关点万亿两个际术机构务专员统计货币据营应环设备实现进导体电网线连结标准类规划卫医药疗护长场优势质创价额总处');
const TRADITIONAL = 1;
const SIMPLIFIED = 2;
// One byte per UTF-16 code unit: the per-character lookup is the whole cost of detection. All the
// characters above are in the BMP, so a surrogate half is neither.
const SCRIPT_OF = new Uint8Array(0x10000);
for (const ch of SIMPLIFIED_ONLY) SCRIPT_OF[ch.charCodeAt(0)] = SIMPLIFIED;
for (const ch of TRADITIONAL_ONLY) SCRIPT_OF[ch.charCodeAt(0)] = TRADITIONAL;
const TAIWAN_SIGNALS = /新臺幣|新台幣|新台币|臺灣|台灣|中華民國|民國|行政院|立法院|經濟部|國科會|國發會|科學園區|科學工業園區|竹科|中科|南科|臺北|台北|新竹|臺中|台中|臺南|台南|高雄|桃園/g;
// With Hong Kong's own government and innovation words: its bureaus and departments (創新科技署,
// 政府新聞處), its head (行政長官, 特首), its budget's 財政年度 and 創科 (innovation and technology),
// which only it writes in Traditional script, and 科技園 (the spec names it and 財政年度 as signals).
const HONGKONG_SIGNALS = /香港|港元|港幣|港府|特區政府|立法會|數碼港|科學園|九龍|新界|科技園|財政年度|財政預算|政府新聞處|創新科技署|創新科技及工業局|創科|行政長官|特首|財政司司長|投資推廣署|生產力促進局/g;
// What only a Taiwan story writes, in either script: a Simplified reprint of a Taiwan wire story
// (中央社记者…台北20日电, 新台币, 民国101年度, 国科会, 竹科) is still a Taiwan page.
const TAIWAN_STORY = /新[台臺][币幣]|民[国國][0-9０-９一二三四五六七八九十百]{1,4}年|中央社|[国國]科[会會]|竹科|南科|行政院|科[学學]工[业業][园園][区區]/g;
// Enough of those that a mainland page quoting one of them (新台币 in a cross-strait story) stays mainland.
const MIN_TAIWAN_STORY = 3;

/**
 * Decides once, for the whole page, which region it is from: a Traditional page with
 * Taiwan signals is `taiwan`, one with Hong Kong signals `hongkong`; a Simplified page is
 * `taiwan` where several marks of a Taiwan story (新台币, 民国101年, 中央社, 国科会, 竹科) show it
 * is a reprint of one; anything else is `mainland`. Reads the text as written, before folding.
 * The region sets the currency of a bare 元.
 *
 * @example
 * detectRegion('竹科營業額達1.5兆元，新臺幣計價'); // 'taiwan'
 */
export function detectRegion(text: string): Region {
  let traditional = 0;
  let simplified = 0;
  // A sample is enough to tell the script; the whole text would only cost time.
  const sample = text.length > 50_000 ? text.slice(0, 50_000) : text;
  for (let i = 0; i < sample.length; i++) {
    const script = SCRIPT_OF[sample.charCodeAt(i)];
    if (script === TRADITIONAL) traditional++;
    else if (script === SIMPLIFIED) simplified++;
  }
  if (traditional <= simplified) {
    return countMatches(sample, TAIWAN_STORY) >= MIN_TAIWAN_STORY && countMatches(sample, HONGKONG_SIGNALS) === 0 ? 'taiwan' : 'mainland';
  }
  const taiwan = countMatches(sample, TAIWAN_SIGNALS);
  const hongkong = countMatches(sample, HONGKONG_SIGNALS);
  if (hongkong > taiwan) return 'hongkong';
  return taiwan > 0 ? 'taiwan' : 'mainland';
}

function countMatches(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** The currency a bare 元 stands for in a region. */
export function localCurrency(region: Region): string {
  if (region === 'taiwan') return 'TWD';
  if (region === 'hongkong') return 'HKD';
  return 'CNY';
}
