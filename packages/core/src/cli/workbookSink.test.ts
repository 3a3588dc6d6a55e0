import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { parseReport } from '../api/parseReport.js';
import { formatWriter } from './formats.js';
import { workbookSink } from './workbookSink.js';

const work = mkdtempSync(join(tmpdir(), 'gaoxin-xlsx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function sheetNames(path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((w) => w.name);
}

describe('workbookSink', () => {
  const file = { source: 'a.txt', encoding: 'utf-8' as const, ...parseReport('研发平台312个。', { referenceDate: '2022-11-15' }) };

  it('replaces the target whole, through a temporary file it does not leave behind', async () => {
    const dir = mkdtempSync(join(work, 'sink-'));
    const target = join(dir, 'out.xlsx');
    writeFileSync(target, 'earlier results');
    const sink = workbookSink(target);
    await sink.write(formatWriter('xlsx', true).file(file));
    expect(readFileSync(target, 'utf8')).toBe('earlier results');
    await sink.commit();
    expect(await sheetNames(target)).toEqual(['Figures', 'Dates', 'Entities']);
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
  });
  it('leaves an existing target alone when no file was read', async () => {
    const target = join(work, 'kept.xlsx');
    writeFileSync(target, 'earlier results');
    await workbookSink(target).commit();
    expect(readFileSync(target, 'utf8')).toBe('earlier results');
  });
});

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const sample = fileURLToPath(new URL('../../../../examples/sample-report.txt', import.meta.url));

describe.skipIf(!existsSync(cli) || !existsSync(sample))('gaoxin extract --format xlsx, the real command (skipped until `pnpm build`)', () => {
  it('writes a workbook whose value cells are numbers', async () => {
    const out = join(work, 'x.xlsx');
    const run = spawnSync(process.execPath, [cli, 'extract', sample, '--format', 'xlsx', '--out', out], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const figures = workbook.getWorksheet('Figures');
    const valueColumn = (figures?.getRow(1).values as unknown[]).indexOf('value');
    const values = (figures?.getColumn(valueColumn).values ?? []).slice(2).filter((v) => v !== null && v !== undefined);
    expect(values.length).toBeGreaterThan(10);
    expect(values.every((v) => typeof v === 'number')).toBe(true);
  });
  it('refuses xlsx without --out in one line, exit code 2', () => {
    const run = spawnSync(process.execPath, [cli, 'extract', sample, '--format', 'xlsx'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('gaoxin: --format xlsx writes a workbook, which needs --out FILE.xlsx\n');
  });
});
