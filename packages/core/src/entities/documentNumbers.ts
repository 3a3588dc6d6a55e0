/**
 * Official documents' numbers (发文字号): the issuing body's abbreviation, the year in 〔〕 and
 * the serial, 国发〔2020〕7号, 宁高新管发〔2024〕18号. A document named by its number, as
 * reports cite policies (根据国办发〔2023〕12号文件), is a work.
 */
import type { Candidate } from './candidate.js';
import { isHanCode } from '../knowledge/codeUnits.js';

// The year and the serial after the abbreviation: 〔2020〕7号, [2021]5号, 〔2022〕第3号.
// One search through the text: each match's start is a bracket, found by the engine's own scan.
const YEAR_AND_SERIAL = /[〔[［](?:19|20)[0-9]{2}[〕\]］]第?[0-9]{1,4}号/g;
// The abbreviation is the run of Han characters before the year, at most this long …
const MAX_ABBREVIATION = 10;
// … without the words that cite it (根据国发…, 按照…, 印发…).
const CITING = /^(?:根据|依据|按照|依照|参照|对照|落实|贯彻|执行|印发|转发|见|即|的|和|及|与)+/;

/**
 * The document numbers of `text` (normalised), as works.
 *
 * | text | number |
 * | --- | --- |
 * | 《若干意见》（国发〔2020〕7号） | 国发〔2020〕7号 |
 * | 根据国办发〔2023〕12号文件 | 国办发〔2023〕12号 |
 * | 虹发改规[2021]5号 | 虹发改规[2021]5号 |
 * | 〔2020〕7号 | — (no issuer) |
 */
export function findDocumentNumbers(text: string): Candidate[] {
  const out: Candidate[] = [];
  YEAR_AND_SERIAL.lastIndex = 0;
  for (let m = YEAR_AND_SERIAL.exec(text); m; m = YEAR_AND_SERIAL.exec(text)) {
    const at = m.index;
    let start = at;
    while (start > 0 && at - start < MAX_ABBREVIATION && isHanCode(text.charCodeAt(start - 1))) start--;
    const citing = CITING.exec(text.slice(start, at));
    if (citing) start += citing[0].length;
    if (at - start < 1) continue;
    out.push({ start, end: at + m[0].length, type: 'work', source: 'title' });
  }
  return out;
}
