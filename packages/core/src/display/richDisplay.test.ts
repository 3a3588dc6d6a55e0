import { describe, expect, it } from 'vitest';
import { parseReport } from '../api/parseReport.js';
import { toHTML, toMarkdown } from '../output/render.js';
import { summarize } from '../report/summarize.js';
import { JUPYTER_DISPLAY, richDisplay } from './richDisplay.js';

const report = parseReport('2023年10月26日，合肥高新区实现技术合同成交额约386.5亿元，集聚研发机构近400个。', { referenceDate: '2023-10-30' });

describe('richDisplay shows a report or a summary as its tables in a notebook', () => {
  it('is found by Deno’s kernel under Symbol.for("Jupyter.display")', () => {
    expect(JUPYTER_DISPLAY).toBe(Symbol.for('Jupyter.display'));
    const shown = richDisplay(report);
    expect(typeof shown[JUPYTER_DISPLAY]).toBe('function');
  });

  it.each([
    { name: 'a report', value: report, text: /^Report: 2 figures, \d+ dates, \d+ entities; reference date 2023-10-30 \(option\)$/ },
    { name: 'a summary', value: summarize(report), text: /^Summary: 2 figures in \d+ articles$/ },
  ])('gives $name as HTML and Markdown tables and one line of text', ({ value, text }) => {
    const bundle = richDisplay(value)[JUPYTER_DISPLAY]();
    expect(bundle['text/html']).toBe(toHTML(value));
    expect(bundle['text/markdown']).toBe(toMarkdown(value));
    expect(bundle['text/plain']).toMatch(text);
  });

  it('hands tslab the same HTML', () => {
    const shown = richDisplay(report);
    expect(shown.html).toBe(shown.bundle['text/html']);
    expect(shown.html).toContain('约386.5亿元');
  });
});
