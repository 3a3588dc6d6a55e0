import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, open, reportOf, waitFor, writeFile } from './helpers.js';

suite('status bar', () => {
  test('shows the figure count of the active report', async () => {
    const editor = await open('report.txt');
    const report = await reportOf(editor.document);
    const status = (await api()).statusBar();
    assert.equal(status.visible, true);
    assert.equal(status.text, `$(symbol-number) ${report.figures.length} figures`);
  });

  test('opens the summary view when clicked', async () => {
    const status = (await api()).statusBar();
    assert.equal(status.command, 'gaoxin.summary.focus');
    await vscode.commands.executeCommand(status.command);
  });

  test('hides for a document that is not a report', async () => {
    await open(await writeFile('data.json', '{ "a": 1 }\n'));
    await waitFor(async () => !(await api()).statusBar().visible, 'the status bar item to hide');
    await open('report.txt');
    await waitFor(async () => (await api()).statusBar().visible, 'the status bar item to come back');
  });

  test('says when the reference date was guessed, and offers to set it', async () => {
    const gaoxin = await api();
    await open('report.txt');
    assert.equal(gaoxin.referenceStatusBar().visible, false, 'report.txt has a dateline');
    const undated = await open(await writeFile('undated.txt', '今年园区新增企业36家。\n'));
    assert.equal((await reportOf(undated.document)).referenceDateSource, 'today');
    const item = gaoxin.referenceStatusBar();
    assert.equal(item.visible, true);
    assert.match(item.text, /guessed/);
    assert.equal(item.command, 'gaoxin.setReferenceDate');
    await open('report.txt');
  });
});
