import { describe, expect, it } from 'vitest';
import { escapeMarkdown, tablesToMarkdown } from './markdown.js';

describe('escapeMarkdown escapes only what Markdown reads as syntax', () => {
  it.each([
    ['增长12.6%', '增长12.6%'],
    ['2023-01-01', '2023-01-01'],
    ['-5%', '-5%'],
    ['12.6%', '12.6%'],
    ['(约)20.8亿元!', '(约)20.8亿元!'],
    ['A+B', 'A+B'],
    ['|注入|', '\\|注入\\|'],
    ['*粗体* _斜体_ `代码`', '\\*粗体\\* \\_斜体\\_ \\`代码\\`'],
    ['[链接](http://x)', '\\[链接\\](http://x)'],
    ['![图](x.png)', '!\\[图\\](x.png)'],
    ['<b>粗</b>', '\\<b\\>粗\\</b\\>'],
    ['~~删~~', '\\~\\~删\\~\\~'],
    ['a\\b', 'a\\\\b'],
    ['&amp; & &#20013;', '\\&amp; & \\&#20013;'],
    ['1. 第一', '1. 第一'],
    ['- 列表', '- 列表'],
  ])('%j → %j', (text, escaped) => expect(escapeMarkdown(text)).toBe(escaped));

  it.each([
    ['# 标题', '\\# 标题'],
    ['#标签', '#标签'],
    ['- 列表', '\\- 列表'],
    ['+ 列表', '\\+ 列表'],
    ['1. 第一', '1\\. 第一'],
    ['2) 第二', '2\\) 第二'],
    ['12.6%', '12.6%'],
    ['-5%', '-5%'],
    ['---', '\\---'],
    ['===', '\\==='],
  ])('at the start of a line also escapes a block marker: %j → %j', (text, escaped) => expect(escapeMarkdown(text, { lineStart: true })).toBe(escaped));

  it.each([
    ['LF', 'a\nb'],
    ['CRLF', 'a\r\nb'],
    ['a lone CR', 'a\rb'],
    ['U+2028', 'a\u2028b'],
    ['U+2029', 'a\u2029b'],
  ])('turns %s into a space, so a table row never breaks', (_, text) => expect(escapeMarkdown(text)).toBe('a b'));
});

describe('tablesToMarkdown', () => {
  const md = tablesToMarkdown('t', [{ caption: 'c', headers: ['a', 'n'], numeric: [1], rows: [['|注入|\r*粗体*', '1,234'], ['', '5']] }]);
  it('keeps every row on one line with its cells escaped', () => {
    expect(md).toContain('| \\|注入\\| \\*粗体\\* | 1,234 |');
    expect(md.split('\n').filter((l) => l.startsWith('|'))).toHaveLength(4);
  });
  it('aligns numeric columns right', () => expect(md).toContain('| --- | ---: |'));
  it('writes an empty cell as a blank', () => expect(md).toContain('|   | 5 |'));
});
