import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport, summarize, toHTML, toMarkdown } from '@gaoxin/core';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const built = existsSync(join(root, 'packages/core/dist/index.js'));
const node = (args: string[], cwd = here) => execFileSync(process.execPath, args, { cwd, encoding: 'utf8' });
const sample = readFileSync(join(here, 'sample-report.txt'), 'utf8');
const report = parseReport(sample);
const valueOf = (text: string) => report.figures.find((f) => f.text === text)?.value ?? Number.NaN;

describe.skipIf(!built)('figures-table.mjs (skipped until `pnpm build` has run)', () => {
  const out = node(['figures-table.mjs']);

  it('resolves dates against the page’s own date unless given one', () => {
    expect(out.split('\n')[0]).toBe(`Reference date ${report.referenceDate} (dateline), region mainland`);
    expect(report.referenceDate).toBe('2023-10-30');
    expect(node(['figures-table.mjs', 'sample-report.txt', '2023-10-26']).split('\n')[0]).toBe('Reference date 2023-10-26 (option), region mainland');
  });

  it('prints every figure of the report', () => {
    for (const f of report.figures) expect(out).toContain(`'${f.text}'`);
  });

  it('adds up a zone’s actual amounts in one currency, leaving out ranges and bounds', () => {
    // 单户授信额度最高1000万元 is a ceiling (最高: at most), not an amount.
    const amounts = ['约386.5亿元', '26.7亿元', '50亿元', '9.3亿元'];
    const total = amounts.reduce((sum, text) => sum + valueOf(text), 0);
    expect(out).toContain(`Money stated as actuals, 合肥高新技术产业开发区: ${total.toLocaleString('en-US')} CNY in ${amounts.length} amounts`);
    // 位于合肥高新区的量子信息未来产业园…总投资约45亿元: the park's own amount, added up apart.
    expect(out).toContain(`Money stated as actuals, 量子信息未来产业园: ${valueOf('约45亿元').toLocaleString('en-US')} CNY in 1 amounts`);
    // 预计到2025年实现年产值超100亿元: attribution marks it a forecast.
    expect(out).toContain('Not added up: 超100亿元 (a forecast, not an actual)');
    expect(out).toContain('Not added up: 1000万元 (a bound (超/不足), not an amount)');
    expect(out).toContain('Not added up: 300万至2000万元 (a range, not one amount)');
  });

  it('labels a Taiwan page’s money TWD, never CNY', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gaoxin-examples-'));
    try {
      const page = join(dir, 'taiwan.txt');
      writeFileSync(page, '新竹科學園區2023年營業額達新臺幣1.5兆元，較去年成長3%。');
      const taiwan = node(['figures-table.mjs', page, '2023-12-31']);
      expect(taiwan).toContain('1,500,000,000,000 TWD in 1 amounts');
      expect(taiwan).not.toContain('CNY');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!built)('compare-reports.ts, run from the repository root as its usage line says', () => {
  const out = execFileSync('npx', ['tsx', 'examples/compare-reports.ts'], { cwd: root, encoding: 'utf8' });
  const row = (older: string, newer: string) => out.split('\n').find((l) => l.includes(`'${older}'`) && l.includes(`'${newer}'`)) ?? '';

  it('dates each report by its own dateline', () => {
    expect(out).toContain('Older report: 2022-10-31 (dateline)');
    expect(out).toContain('Newer report: 2023-10-30 (dateline)');
  });
  it('compares a growth rate in percentage points', () => {
    expect(row('9.8%', '12.6%')).toContain("'+2.8 percentage points'");
  });
  it('compares a level by its relative change', () => {
    expect(row('约297.3亿元', '约386.5亿元')).toContain("'+30.0%'");
  });
  it('pairs a figure only with the same indicator', () => {
    const pairs = out.split('\n').filter((l) => /^│ \d+/.test(l));
    expect(pairs.length).toBeGreaterThan(0);
    for (const line of pairs) {
      const [older, newer] = [...line.matchAll(/'([^']*)'/g)].map((m) => m[1]).slice(-3, -1);
      const a = parseReport(readFileSync(join(here, 'sample-report-2022.txt'), 'utf8')).figures.find((f) => f.text === older);
      const b = report.figures.find((f) => f.text === newer);
      expect([b?.subject, b?.metric, b?.kind, b?.unit]).toEqual([a?.subject, a?.metric, a?.kind, a?.unit]);
    }
  });
});

// The notebook runs in Deno's Jupyter kernel under nbclient. Where no kernel can be had the
// test skips, except in CI, whose .ci/run installs one: there a missing kernel fails the test.
const runner = join(root, 'tests/support/runNotebook.mjs');
const notebook = join(here, 'gaoxin.ipynb');
const kernelCheck = spawnSync(process.execPath, [runner, notebook, '--check'], { encoding: 'utf8' });
const noKernel = kernelCheck.status === 0 ? undefined : kernelCheck.stderr.trim();
if (noKernel && !process.env.CI) console.warn(`skipped: the notebook tests need a Jupyter kernel: ${noKernel}`);

interface Output {
  output_type: string;
  text?: string | string[];
  data?: Record<string, string | string[]>;
}
interface Cell {
  cell_type: string;
  source: string | string[];
  outputs?: Output[];
}
const joined = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join('') : (v ?? ''));
const codeCells = (nb: { cells: Cell[] }) => nb.cells.filter((c) => c.cell_type === 'code');
const data = (cell: Cell | undefined, mime: string) => joined(cell?.outputs?.find((o) => o.data?.[mime] !== undefined)?.data?.[mime]);

describe.skipIf(!built || (noKernel !== undefined && !process.env.CI))('examples/gaoxin.ipynb in a real Jupyter kernel (Deno)', () => {
  const run = spawnSync(process.execPath, [runner, notebook], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const cells = run.status === 0 ? codeCells(JSON.parse(run.stdout) as { cells: Cell[] }) : [];

  it('runs every cell without an error', () => {
    expect(run.stderr.trim()).toBe('');
    expect(run.status).toBe(0);
    expect(cells.flatMap((c) => c.outputs ?? []).filter((o) => o.output_type === 'error')).toEqual([]);
  });
  it('parses the sample report against its own date', () => {
    const stdout = joined(cells[0]?.outputs?.find((o) => o.output_type === 'stream')?.text);
    expect(stdout).toBe(`${report.figures.length} figures, reference date ${report.referenceDate} (dateline)\n`);
  });
  it('shows the report as its tables, in HTML and Markdown', () => {
    expect(data(cells[1], 'text/html')).toBe(toHTML(report));
    expect(data(cells[1], 'text/markdown')).toBe(toMarkdown(report));
    expect(data(cells[1], 'text/html')).toContain('<table class="gaoxin-table">');
  });
  it('shows the summary by article, subject and metric', () => {
    expect(data(cells[2], 'text/html')).toBe(toHTML(summarize(report)));
  });
  it('draws the money by metric as an SVG chart with values and an axis', () => {
    const svg = data(cells[3], 'image/svg+xml');
    const money = report.figures.filter((f) => f.kind === 'money' && f.metric !== undefined);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<rect /g)).toHaveLength(money.length);
    for (const f of money) expect(svg).toContain(`>${f.text}${f.status && f.status !== 'actual' ? ` (${f.status})` : ''}</text>`);
    expect(svg).toMatch(/class="tick"[^>]*>\d+亿</);
    expect(svg).toMatch(/class="axis-title"[^>]*>CNY</);
  });
  it('compares the two reports, growth in percentage points', () => {
    const md = data(cells[4], 'text/markdown');
    expect(md.split('\n')[0]).toBe('| subject | indicator | earlier | later | change |');
    expect(md).toContain('| 9.8% | 12.6% | +2.8 percentage points |');
    expect(md).toContain('| 约297.3亿元 | 约386.5亿元 | +30.0% |');
  });

  it('stops at the first cell that fails, naming it', () => {
    const dir = mkdtempSync(join(here, '.notebook-test-'));
    try {
      const bad = join(dir, 'bad.ipynb');
      const cell = (source: string) => ({ cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source });
      const nb = { cells: [cell('const a = 1;'), cell("throw new Error('cell two broke');"), cell("console.log('never');")], metadata: { kernelspec: { name: 'deno', display_name: 'Deno', language: 'typescript' } }, nbformat: 4, nbformat_minor: 5 };
      writeFileSync(bad, JSON.stringify(nb));
      const failed = spawnSync(process.execPath, [runner, bad], { encoding: 'utf8' });
      expect(failed.status).toBe(1);
      expect(failed.stderr).toBe(`${bad}: cell 2 failed: Error: cell two broke\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the committed notebook', () => {
  const saved = codeCells(JSON.parse(readFileSync(notebook, 'utf8')) as { cells: Cell[] });
  it('is saved with its outputs: tables, a chart and the comparison', () => {
    expect(saved.every((c) => (c.outputs ?? []).length > 0)).toBe(true);
    expect(saved.flatMap((c) => c.outputs ?? []).filter((o) => o.output_type === 'error')).toEqual([]);
    expect(data(saved[1], 'text/html')).toContain('<table class="gaoxin-table">');
    expect(data(saved[3], 'image/svg+xml')).toContain('class="axis"');
    expect(data(saved[4], 'text/markdown')).toContain('percentage points');
  });
  it('names Deno’s kernel, the one the tests run it in', () => {
    const nb = JSON.parse(readFileSync(notebook, 'utf8')) as { metadata: { kernelspec: { name: string } } };
    expect(nb.metadata.kernelspec.name).toBe('deno');
  });
});
