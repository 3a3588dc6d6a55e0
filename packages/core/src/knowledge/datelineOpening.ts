/**
 * The dateline a paragraph of a news page opens with: 本报讯, 【香港商报讯】, 深圳商报讯（记者 陈思）,
 * 新华社北京9月12日电, 〔记者洪友芳／新竹报导〕. Read on folded text (【大紀元11月12日訊】 reads
 * 【大纪元11月12日讯】). The page structure reads it to open an article; the normaliser to keep the
 * line break before it (a dateline starts a paragraph, it never continues one).
 */

// Read on the folded line: 【大紀元11月12日訊】 reads 【大纪元11月12日讯】.
// Sticky, read at 0 only: a pattern anchored by ^ alone was tried at every position of a long paragraph.
// 〔记者洪友芳／新竹报导〕 and 【记者林怡君／新竹报导】, as Taiwan's papers open a report: the
// reporter's credit and the place it was filed from, in brackets, are its dateline.
const REPORTED_FROM = '[【〔][^【】〔〕\\n]{2,30}?报[导道][】〕]';
const DATELINE = new RegExp(`(?:【[^【】\\n]{2,30}?(?:讯|电)】|${REPORTED_FROM}|本报讯|本报[^\\s，。,]{1,12}讯|新华社[^\\s，。,]{1,12}电|[^\\s，。,]{2,8}消息|[\\u4e00-\\u9fff][\\u4e00-\\u9fff0-9]{1,15}(?:讯|电)(?=[\\s(（]))`, 'y');
const WHOLE_REPORTED_FROM = new RegExp(`^${REPORTED_FROM}$`);

/** Whether a (folded) dateline is a reporter's credit and filing place in brackets (〔记者洪友芳／新竹报导〕): its credit is inside it. */
export function isReportedFrom(dateline: string): boolean {
  return WHOLE_REPORTED_FROM.test(dateline);
}

/** The dateline a folded line opens with, if any. */
function datelineAt0(folded: string): RegExpExecArray | null {
  DATELINE.lastIndex = 0;
  return DATELINE.exec(folded);
}
// Every dateline the pattern reads holds, within its first characters, 讯, 消息, or a 电 that closes a
// wire's dateline (北京20日电, 新华社…电 followed by a space or a bracket), not the 电 of 电子 or 电池.
const DATELINE_REACH = 34;

/** Whether a folded line may open with a dateline: false where no dateline word is near its start. */
function mayOpenWithDateline(folded: string): boolean {
  const n = Math.min(folded.length, DATELINE_REACH);
  const first = folded.charCodeAt(0);
  if (first === 0x3010 || first === 0x3014) return true; // 【 〔: a bracketed dateline, read by the pattern
  for (let i = 0; i < n; i++) {
    const c = folded.charCodeAt(i);
    if (c === 0x8baf) return true; // 讯
    if (c === 0x606f && i > 0 && folded.charCodeAt(i - 1) === 0x6d88) return true; // 消息
    if (c === 0x7535) {
      // 电, where a wire's dateline ends: before a space, a bracket or the line's end, or after 日 or 社.
      const next = folded.charCodeAt(i + 1);
      const prev = folded.charCodeAt(i - 1);
      if (Number.isNaN(next) || next === 0x20 || next === 0x3000 || next === 0x28 || next === 0xff08 || next === 0x3011 || prev === 0x65e5 || prev === 0x793e) return true;
    }
  }
  return false;
}

/**
 * How long the dateline a folded line opens with is, or 0 where it opens with none.
 *
 * | line | length |
 * | --- | --- |
 * | 本报讯 7月18日，记者获悉 | 3 |
 * | 深圳商报讯（记者 陈思）9月12日 | 5 |
 * | 〔记者洪友芳／新竹报导〕竹科今年 | 12 |
 * | 电子信息产业营收增长 | 0 |
 */
export function datelineLength(folded: string): number {
  return mayOpenWithDateline(folded) ? (datelineAt0(folded)?.[0].length ?? 0) : 0;
}
