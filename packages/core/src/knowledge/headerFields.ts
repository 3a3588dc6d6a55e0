/**
 * The labels of the fields a web page or a newspaper prints around its text (`发布时间：…`,
 * `来源：人民网`, `作者：…`), in Simplified script: a page's header line holds them, a sentence
 * does not.
 */
export const HEADER_FIELD_LABELS: readonly string[] = [
  '发布时间', '发布日期', '发表时间', '发表日期', '更新时间', '发稿时间', '时间', '日期', '来源', '信息来源', '稿源',
  '作者', '编辑', '责任编辑', '字体', '浏览', '浏览次数', '点击', '点击数', '阅读', '发布对象', '发布单位',
  // A statistics table's line of units (单位：亿元、%).
  '单位', '计量单位',
];

// Longest first, so 信息来源 is read whole rather than as its tail.
const LABELS = [...HEADER_FIELD_LABELS].sort((a, b) => b.length - a.length).join('|');

/** A header field label, its colon optional (labels Simplified). */
export const HEADER_FIELD = new RegExp(`(?:${LABELS})[ \\t\\u3000]*[:：]?`);

// A field with its colon opening a line or standing after a space or a bracket (【字体：大 中 小】).
const FIELD_WITH_COLON = new RegExp(`(?:^|[ \\t\\u3000【\\[（(])(?:${LABELS})[ \\t\\u3000]*[:：]`);
// Fields are words and dates, not sentences.
const SENTENCE_MARK = /[。，；！？]/;
/** The longest line read as a line of fields. */
export const MAX_FIELDS_LINE = 100;

/**
 * Whether a line (Simplified script) may be a page's header line: at most `MAX_FIELDS_LINE` long,
 * no sentence mark, a field label in it, its colon optional (`来源 人民网 2023年10月20日`). The
 * dateline reader asks it of a line that states a full date.
 *
 * @example
 * holdsHeaderFields('2023-10-20 10:32 来源：科技日报'); // true
 * holdsHeaderFields('该区新增企业186家，来源广泛'); // false
 */
export function holdsHeaderFields(line: string): boolean {
  return line.length <= MAX_FIELDS_LINE && !SENTENCE_MARK.test(line) && HEADER_FIELD.test(line);
}

/**
 * Whether a line (Simplified script) is a line of a page's fields (`来源：安徽日报 2024-07-18
 * 记者 陈晓明`, `时间:2011-04-02 11:43:44来源:作者:夏丹`): a label with its colon at its start or
 * after a space, no sentence mark, at most `MAX_FIELDS_LINE` long. Neither running text nor a title.
 *
 * @example
 * isFieldsLine('来源：安徽日报 2024-07-18 记者 陈晓明'); // true
 * isFieldsLine('项目来源：省科技厅，共计12项。'); // false
 */
export function isFieldsLine(line: string): boolean {
  // Every line is asked: most are too long or have no colon, and are answered before a pattern runs.
  return line.length <= MAX_FIELDS_LINE && (line.includes('：') || line.includes(':')) && !SENTENCE_MARK.test(line) && FIELD_WITH_COLON.test(line);
}

// An issuing body's abbreviation, its year in 〔〕 (or [] or （）) and the serial: 宁高新管发〔2024〕18号.
const DOCUMENT_NUMBER = /^[\u4e00-\u9fff]{1,16}[〔[［（(](?:19|20)\d{2}[〕\]］）)]第?\d{1,4}号$/;

/**
 * Whether a line (Simplified script) is an official document's number, printed alone under its
 * title (GB/T 9704's 发文字号): a field of the document, neither its title nor running text.
 *
 * | line | number |
 * | --- | --- |
 * | 宁高新管发〔2024〕18号 | yes |
 * | 国函〔2022〕141号 | yes |
 * | 虹发改规[2021]5号 | yes |
 * | 关于印发若干措施的通知 | no |
 * | 根据国函〔2022〕141号文件精神 | no |
 */
export function isDocumentNumberLine(line: string): boolean {
  return line.length <= 30 && line.endsWith('号') && DOCUMENT_NUMBER.test(line);
}
