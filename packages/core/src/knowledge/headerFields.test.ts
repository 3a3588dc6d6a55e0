import { describe, expect, it } from 'vitest';
import { HEADER_FIELD, holdsHeaderFields, isDocumentNumberLine, isFieldsLine } from './headerFields.js';

describe('a line of header fields is told from a sentence', () => {
  it.each([
    { line: '来源：安徽日报 2024-07-18 记者 陈晓明', fields: true },
    { line: '发布时间：2023-10-20 10:32 来源：西安高新区管委会', fields: true },
    { line: '2023-10-20 10:32 作者: 李明', fields: true },
    { line: '信息来源：市科技局', fields: true },
    { line: '时间:2011-04-02 11:43:44来源:作者:夏丹', fields: true },
    { line: '【字体：大 中 小】', fields: true },
    { line: '该区新增高新技术企业186家，来源广泛', fields: false },
    { line: '今年的时间节点已经明确，项目来源于省里', fields: false },
    { line: '项目来源：省科技厅，共计12项。', fields: false },
    { line: '全年引进项目86个 来源：区统计局', fields: true },
    { line: `来源：人民网 ${'详'.repeat(100)}`, fields: false },
  ])('$line → $fields', ({ line, fields }) => {
    expect(isFieldsLine(line)).toBe(fields);
  });

  it.each([
    { line: '来源 人民网 2023年10月20日', field: true },
    { line: '研发平台312个', field: false },
  ])('a label without its colon still counts for a header: $line → $field', ({ line, field }) => {
    expect(HEADER_FIELD.test(line)).toBe(field);
  });
});

describe('holdsHeaderFields: a short line of fields, a label with or without its colon', () => {
  it.each([
    { line: '2023-10-20 10:32 来源：科技日报', holds: true },
    { line: '来源 人民网 2023年10月20日', holds: true },
    { line: '该区新增企业186家，来源广泛', holds: false },
    { line: `发布时间：2023-10-20 ${'详'.repeat(100)}`, holds: false },
    { line: '人民日报 2022年11月15日 第10版', holds: false },
  ])('$line → $holds', ({ line, holds }) => {
    expect(holdsHeaderFields(line)).toBe(holds);
  });
});

describe('isDocumentNumberLine', () => {
  it.each([
    ['宁高新管发〔2024〕18号', true],
    ['国函〔2022〕141号', true],
    ['虹发改规[2021]5号', true],
    ['浙政办发（2023）第12号', true],
    ['关于印发若干措施的通知', false],
    ['根据国函〔2022〕141号文件精神', false],
    ['园区新增企业18号', false],
  ])('%j → %s', (line, number) => expect(isDocumentNumberLine(line)).toBe(number));
});
