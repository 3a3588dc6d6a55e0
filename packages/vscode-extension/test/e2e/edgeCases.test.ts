import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { api, exec, file, hoverAt, open, reportOf, setSetting, settle, waitFor, writeFile } from './helpers.js';

suite('edge cases', () => {
  test('an empty file: no figures, no crash', async () => {
    const editor = await open(await writeFile('empty.txt', ''));
    const gaoxin = await api();
    assert.equal((await reportOf(editor.document)).figures.length, 0);
    assert.equal(gaoxin.statusBar().text, '$(symbol-number) 0 figures');
    assert.equal(gaoxin.summary.rootNodes.length, 0);
    assert.equal(await hoverAt(editor.document, 0), '');
    const summary = await exec<{ markdown: string }>('gaoxin.showSummary');
    assert.match(summary.markdown, /No figures found/);
  });

  test('a 1 MB report is analysed', async () => {
    const page = new TextDecoder().decode(await vscode.workspace.fs.readFile(file('report.txt')));
    let big = '';
    while (new TextEncoder().encode(big).length < 1_000_000) big += `${page}\n`;
    const gaoxin = await api();
    const parses = gaoxin.parseCount();
    const editor = await open(await writeFile('big.txt', big));
    const report = await reportOf(editor.document);
    const analysis = gaoxin.analysisFor(editor.document);
    console.log(`      (${editor.document.getText().length} characters: ${report.figures.length} figures, ${report.dates.length} dates, ${report.entities.length} entities in ${analysis?.status === 'ok' ? analysis.millis : '?'} ms)`);
    assert.equal(gaoxin.parseCount(), parses + 1, 'the 1 MB document was parsed more than once');
    assert.ok(report.figures.length > 1000, `${report.figures.length} figures`);
    // Past DECORATE_ALL_LIMIT figures only those around the visible part are decorated.
    const ranges = gaoxin.decorationsOf(editor).figures;
    assert.ok(ranges.length > 0 && ranges.length <= report.figures.length, `${ranges.length} of ${report.figures.length} figures decorated`);
    for (const range of ranges.slice(0, 50)) assert.match(editor.document.getText(range), /\d|[一二三四五六七八九十百千万亿两]/);
    assert.equal(gaoxin.statusBar().text, `$(symbol-number) ${report.figures.length.toLocaleString('en-US')} figures`);
  });

  test('above gaoxin.maxDocumentSize: a clear message, no highlights, no crash', async () => {
    const gaoxin = await api();
    await setSetting('maxDocumentSize', 100000);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.path.endsWith('/big.txt'));
    const analysis = gaoxin.analysisFor(editor.document);
    assert.equal(analysis?.status, 'tooLarge');
    await waitFor(() => gaoxin.messages().some((m) => /big\.txt has [\d,]+ characters, more than the limit of 100,000 \(setting gaoxin\.maxDocumentSize\)/.test(m)), 'the size message');
    assert.equal(gaoxin.decorationsOf(editor).figures.length, 0);
    assert.equal(gaoxin.statusBar().text, '$(warning) Gaoxin: too large');
    assert.equal(await hoverAt(editor.document, 10), '');
    await setSetting('maxDocumentSize', undefined);
    assert.equal(gaoxin.analysisFor(editor.document)?.status, 'ok');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('a binary file: a clear message, no crash', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]);
    const uri = await writeFile('logo.png', png);
    const gaoxin = await api();
    const result = await exec<{ status: string; message?: string }>('gaoxin.analyze', uri);
    assert.equal(result.status, 'binary');
    assert.equal(result.message, 'Gaoxin: logo.png looks like a binary file; only text reports can be analysed.');
    assert.ok(gaoxin.messages().includes(result.message));
  });

  test('a binary file open in the editor area: gaoxin.analyze explains instead of failing', async () => {
    const uri = await writeFile('blob.bin', new Uint8Array([0, 1, 2, 3, 0, 255, 254, 0, 7, 8]));
    await vscode.commands.executeCommand('vscode.open', uri);
    await settle();
    const result = await exec<{ status: string; message?: string }>('gaoxin.analyze');
    assert.equal(result.status, 'binary');
    assert.match(result.message ?? '', /blob\.bin looks like a binary file/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('text with NUL characters is refused as binary', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'PK\u0003\u0004\u0000\u0000研发平台312个' });
    await vscode.window.showTextDocument(document);
    await settle();
    const gaoxin = await api();
    assert.equal(gaoxin.analysisFor(document)?.status, 'binary');
    await waitFor(() => gaoxin.messages().some((m) => m.includes('looks like a binary file')), 'the binary message');
    assert.equal(gaoxin.statusBar().text, '$(warning) Gaoxin: binary file');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  // A real page of the shared corpus, read from beside the checkout when present (never copied into the repo).
  test('a page of the shared corpus (when present) is analysed', async function () {
    const page = process.env.GAOXIN_E2E_CORPUS_PAGE;
    if (!page) this.skip();
    const editor = await open(await writeFile('corpus-page.txt', readFileSync(page, 'utf8')));
    const report = await reportOf(editor.document);
    assert.ok(report.figures.length >= 10, `${report.figures.length} figures`);
    assert.ok((await api()).decorationsOf(editor).figures.length > 0);
    const text = await hoverAt(editor.document, editor.document.getText().indexOf('约20.8亿元') + 2);
    assert.match(text, /about 2,080,000,000 CNY \(20\.8亿\)/);
  });
});
