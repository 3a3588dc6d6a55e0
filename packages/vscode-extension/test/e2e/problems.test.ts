import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { offsetOf, open, reportOf, setSetting, waitFor, writeFile } from './helpers.js';

suite('problems', () => {
  test('lists a conflicting indicator in the Problems panel, with the other value as related', async () => {
    const uri = await writeFile('conflict.txt', '2023年，合肥高新区实现营业收入1200亿元。\n2023年，合肥高新区实现营业收入1300亿元。\n');
    const editor = await open(uri);
    await reportOf(editor.document);
    const diagnostics = await waitFor(() => {
      const found = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Gaoxin');
      return found.length > 0 && found;
    }, 'a Gaoxin diagnostic');
    assert.equal(diagnostics.length, 1);
    const [d] = diagnostics;
    assert.match(d!.message, /营业收入 .*1200亿元, 1300亿元/);
    assert.equal(d!.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(editor.document.offsetAt(d!.range.start), offsetOf(editor.document, '1200亿元'));
    assert.equal(d!.relatedInformation?.length, 1);
    assert.equal(editor.document.offsetAt(d!.relatedInformation![0]!.location.range.start), offsetOf(editor.document, '1300亿元'));
  });

  test('clears the finding once the text agrees', async () => {
    const uri = await writeFile('agree.txt', '2023年，合肥高新区实现营业收入1200亿元。\n2023年，合肥高新区实现营业收入1300亿元。\n');
    const editor = await open(uri);
    await waitFor(() => vscode.languages.getDiagnostics(uri).some((d) => d.source === 'Gaoxin'), 'a Gaoxin diagnostic');
    const at = offsetOf(editor.document, '1300');
    await editor.edit((e) => e.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 4)), '1200'));
    await waitFor(() => !vscode.languages.getDiagnostics(uri).some((d) => d.source === 'Gaoxin'), 'the diagnostic to clear', 15000);
  });

  test('clears the findings of a document that is no longer a report', async () => {
    const uri = await writeFile('unserved.txt', '2023年，合肥高新区实现营业收入1200亿元。\n2023年，合肥高新区实现营业收入1300亿元。\n');
    await open(uri);
    await waitFor(() => vscode.languages.getDiagnostics(uri).some((d) => d.source === 'Gaoxin'), 'a Gaoxin diagnostic');
    try {
      await setSetting('languages', ['markdown']);
      await waitFor(() => !vscode.languages.getDiagnostics(uri).some((d) => d.source === 'Gaoxin'), 'the diagnostic to clear');
    } finally {
      await setSetting('languages', undefined);
    }
  });
});
