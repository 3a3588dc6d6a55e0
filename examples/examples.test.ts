import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReport } from '@gaoxin/core';

const here = dirname(fileURLToPath(import.meta.url));
const built = existsSync(join(here, '../packages/core/dist/index.js'));
const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: here, encoding: 'utf8' });
const sample = readFileSync(join(here, 'sample-report.txt'), 'utf8');
const moneyCount = parseReport(sample).figures.filter((f) => f.kind === 'money').length;

interface CellOutput {
  cell: number;
  outputs: Array<{ type: string; data: string }>;
}

describe.skipIf(!built)('examples run (skipped until `pnpm build` has run)', () => {
  it('figures-table.mjs prints the sample report’s figures', () => {
    const out = run(['figures-table.mjs']);
    expect(out).toContain('约386.5亿元');
    expect(out).toMatch(/\d+ figures; money mentioned in all: [\d,]+ CNY/);
  });

  it('compare-reports.ts lines up indicators of two reports', () => {
    const out = run([join(here, 'node_modules/tsx/dist/cli.mjs'), 'compare-reports.ts']);
    expect(out).toMatch(/Older report: \d{4}-\d{2}-\d{2}/);
    expect(out).toContain('约297.3亿元');
    expect(out).toContain('约386.5亿元');
  });

  describe('the notebook’s code cells, run in order without Jupyter', () => {
    const cells = JSON.parse(run([join(here, '../tests/support/runNotebook.mjs'), 'gaoxin.ipynb'])) as CellOutput[];
    const outputsOf = (type: string) => cells.flatMap((c) => c.outputs.filter((o) => o.type === type).map((o) => o.data));

    it('parses the sample report and says how many figures it holds', () => {
      expect(outputsOf('stdout')[0]).toMatch(/^\d+ figures, reference date \d{4}-\d{2}-\d{2}/);
    });
    it('shows the figures as an HTML table', () => {
      const html = outputsOf('html')[0] ?? '';
      expect(html).toContain('<table class="gaoxin-table">');
      expect(html).toContain('<td>约386.5亿元</td>');
    });
    it('shows the summary by article, subject and metric', () => {
      const html = outputsOf('html')[1] ?? '';
      expect(html).toContain('<h3>Summary · ');
      expect(html).toContain('<th>subject</th><th>metric</th>');
    });
    it('draws one bar per sum of money', () => {
      const svg = outputsOf('html')[2] ?? '';
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg.match(/<rect /g)).toHaveLength(moneyCount);
    });
    it('compares the two reports in a Markdown table', () => {
      const md = outputsOf('markdown')[0] ?? '';
      expect(md.split('\n')[0]).toBe('| indicator | earlier | later |');
      expect(md).toContain('约297.3亿元 | 约386.5亿元');
    });
  });
});
