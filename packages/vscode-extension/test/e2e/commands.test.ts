import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { summaryFigures } from '../../src/summary/model.js';
import { api, exec, file, offsetOf, open, reportOf, screenshot, settle, sleep, waitFor, writeFile } from './helpers.js';

suite('commands', () => {
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    editor = await open('report.txt');
  });

  test('gaoxin.showSummary opens the summary as a Markdown table', async () => {
    const result = await exec<{ uri: string; markdown: string } | undefined>('gaoxin.showSummary');
    assert.ok(result, 'no summary');
    const report = await reportOf(editor.document);
    assert.match(result.markdown, /^# Gaoxin summary: report\\\.txt/);
    assert.match(result.markdown, /\| Line \| Value \| Metric \|( Subject \|)? Period \|/);
    assert.ok(result.markdown.replace(/\u2060/g, '').includes('| ≈20\\.8亿元 |'), 'no row for ≈20.8亿元');
    assert.equal(result.markdown.split('\n').filter((l) => /^\| \d+ \|/.test(l)).length, report.figures.length);
    // The preview (or, without the Markdown extension, the document) opens in a tab.
    const tab = await waitFor(
      () =>
        vscode.window.tabGroups.all
          .flatMap((g) => g.tabs)
          .find((t) => /summary/.test(t.label) || (t.input instanceof vscode.TabInputText && t.input.uri.toString() === result.uri)),
      'a summary tab',
    );
    // For looking at: the preview beside the report (out/e2e/screenshots/markdown-summary.png).
    await sleep(1500);
    await screenshot('markdown-summary');
    await vscode.window.tabGroups.close(tab);
    editor = await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
  });

  test('gaoxin.exportCsv writes one row per figure', async () => {
    const target = file('report.figures.csv');
    assert.equal(await exec('gaoxin.exportCsv', target), target.toString());
    // ignoreBOM keeps the byte order mark, which the test checks is there.
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(target));
    const report = await reportOf(editor.document);
    const rows = csv.split('\r\n').filter((l) => l !== '');
    assert.equal(rows.length, report.figures.length + 1);
    assert.match(rows[0] ?? '', /^\uFEFFsource,article,subject,metric,measure,direction,status,text,kind,value,min,max,unit,approx,/);
    assert.ok(rows.some((r) => r.includes(',约20.8亿元,money,2080000000,,,CNY,about,约,')));
  });

  test('gaoxin.exportXlsx writes an Excel workbook', async () => {
    const target = file('report.figures.xlsx');
    assert.equal(await exec('gaoxin.exportXlsx', target), target.toString());
    const bytes = await vscode.workspace.fs.readFile(target);
    // An .xlsx file is a zip archive holding the workbook parts.
    assert.deepEqual([...bytes.slice(0, 4)], [0x50, 0x4b, 0x03, 0x04]);
    assert.ok(new TextDecoder('latin1').decode(bytes).includes('xl/worksheets/sheet1.xml'));
  });

  test('gaoxin.exportJson writes the figures with their source', async () => {
    const target = file('report.figures.json');
    assert.equal(await exec('gaoxin.exportJson', target.toString()), target.toString());
    const data = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target))) as { source: string; figures: unknown[] };
    assert.equal(data.source, editor.document.uri.toString());
    assert.equal(data.figures.length, (await reportOf(editor.document)).figures.length);
  });

  test('gaoxin.copyFigureValue copies the value of a summary item', async () => {
    const node = summaryFigures((await api()).summary.rootNodes).find((n) => n.figure.text === '约20.8亿元');
    assert.ok(node);
    assert.equal(await exec('gaoxin.copyFigureValue', node), '2080000000');
    assert.equal(await vscode.env.clipboard.readText(), '2080000000');
  });

  test('gaoxin.copyFigureValue copies the figure at the cursor', async () => {
    editor = await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    const end = editor.document.positionAt(offsetOf(editor.document, '1500余名') + '1500余名'.length);
    editor.selection = new vscode.Selection(end, end);
    assert.equal(await exec('gaoxin.copyFigureValue'), '1500');
    assert.equal(await vscode.env.clipboard.readText(), '1500');
  });

  test('gaoxin.setReferenceDate re-resolves the document against the date given', async () => {
    assert.equal(await exec('gaoxin.setReferenceDate', '2021-06-30'), '2021-06-30');
    await settle();
    const report = await reportOf(editor.document);
    assert.equal(report.referenceDate, '2021-06-30');
    assert.equal(report.referenceDateSource, 'option');
  });

  test('gaoxin.setReferenceDate refuses a day that does not exist', async () => {
    assert.equal(await exec('gaoxin.setReferenceDate', '2021-02-30'), undefined);
    assert.match((await api()).messages().at(-1) ?? '', /YYYY-MM-DD/);
    assert.equal((await reportOf(editor.document)).referenceDate, '2021-06-30');
  });

  test('gaoxin.setReferenceDate with an empty date goes back to the default', async () => {
    await exec('gaoxin.setReferenceDate', '');
    await settle();
    assert.notEqual((await reportOf(editor.document)).referenceDateSource, 'option');
  });

  test('gaoxin.analyze serves a file of another language', async () => {
    const uri = await writeFile('notes.log', '园区新增发明专利授权2100余件，总投资约20.8亿元。\n');
    const log = await open(uri);
    const gaoxin = await api();
    assert.notEqual(log.document.languageId, 'plaintext');
    assert.equal(gaoxin.analysisFor(log.document), undefined, 'served before gaoxin.analyze');
    assert.equal(gaoxin.decorationsOf(log).figures.length, 0);
    const result = await exec<{ status: string; figures?: number }>('gaoxin.analyze');
    assert.deepEqual({ status: result.status, figures: result.figures }, { status: 'ok', figures: 2 });
    await settle();
    assert.equal(gaoxin.decorationsOf(log).figures.length, 2);
    assert.equal(gaoxin.statusBar().text, '$(symbol-number) 2 figures');
    await open('report.txt');
  });
});
