import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, exec, open, reportOf, setSetting, settle, sleep } from './helpers.js';

suite('decorations', () => {
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    editor = await open('report.txt');
  });

  // Back to the calm defaults for the suites after this one.
  suiteTeardown(async () => {
    for (const kind of ['figures', 'dates', 'entities']) await setSetting(`highlight.${kind}`, undefined);
  });

  test('every figure is highlighted over its own text', async () => {
    const report = await reportOf(editor.document);
    const ranges = (await api()).decorationsOf(editor).figures;
    assert.ok(report.figures.length > 10, `only ${report.figures.length} figures`);
    assert.equal(ranges.length, report.figures.length);
    ranges.forEach((range, i) => assert.equal(editor.document.getText(range), report.figures[i]?.text));
  });

  test('by default only figures are highlighted; dates and entities are off but still have hovers', async () => {
    const applied = (await api()).decorationsOf(editor);
    assert.equal(applied.dates.length, 0);
    assert.equal(applied.entities.length, 0);
  });

  test('dates and entities, once turned on, are underlined as the core reports them', async () => {
    await exec('gaoxin.toggleDateHighlights');
    await exec('gaoxin.toggleEntityHighlights');
    await settle();
    const report = await reportOf(editor.document);
    const applied = (await api()).decorationsOf(editor);
    assert.equal(applied.dates.length, report.dates.length);
    assert.equal(applied.entities.length, report.entities.length);
    applied.dates.forEach((range, i) => assert.equal(editor.document.getText(range), report.dates[i]?.text));
  });

  test('toggling figures hides only figures, and toggling again brings them back', async () => {
    const gaoxin = await api();
    const before = gaoxin.decorationsOf(editor);
    const generation = gaoxin.decorationGeneration();
    assert.equal(await exec('gaoxin.toggleFigureHighlights'), false);
    await settle();
    assert.ok(gaoxin.decorationGeneration() > generation, 'a settings change should rebuild the decoration types');
    assert.equal(gaoxin.decorationsOf(editor).figures.length, 0);
    assert.equal(gaoxin.decorationsOf(editor).dates.length, before.dates.length);
    assert.equal(vscode.workspace.getConfiguration('gaoxin').get('highlight.figures'), false);
    assert.equal(await exec('gaoxin.toggleFigureHighlights'), true);
    await settle();
    assert.equal(gaoxin.decorationsOf(editor).figures.length, before.figures.length);
  });

  test('dates and entities toggle on their own', async () => {
    const gaoxin = await api();
    const figures = gaoxin.decorationsOf(editor).figures.length;
    for (const [command, kind] of [
      ['gaoxin.toggleDateHighlights', 'dates'],
      ['gaoxin.toggleEntityHighlights', 'entities'],
    ] as const) {
      assert.equal(await exec(command), false);
      await settle();
      assert.equal(gaoxin.decorationsOf(editor)[kind].length, 0, `${kind} still shown`);
      assert.equal(gaoxin.decorationsOf(editor).figures.length, figures);
    }
  });

  test('toggle all turns every kind off, then on', async () => {
    const gaoxin = await api();
    assert.deepEqual(await exec('gaoxin.toggleHighlights'), { figures: false, dates: false, entities: false });
    await settle();
    const off = gaoxin.decorationsOf(editor);
    assert.equal(off.figures.length + off.dates.length + off.entities.length, 0);
    assert.deepEqual(await exec('gaoxin.toggleHighlights'), { figures: true, dates: true, entities: true });
    await settle();
    assert.ok(gaoxin.decorationsOf(editor).figures.length > 0);
  });

  test('settings changes rebuild the decoration types; edits do not, and are debounced', async () => {
    const gaoxin = await api();
    const generation = gaoxin.decorationGeneration();
    const parses = gaoxin.parseCount();
    const figures = gaoxin.decorationsOf(editor).figures.length;
    // Seven quick keystrokes, each within the debounce delay of the last.
    for (const [i, ch] of [...'新增投资3亿元'].entries()) {
      await editor.edit((e) => e.insert(new vscode.Position(0, i), ch));
      await sleep(20);
    }
    await settle();
    assert.equal(gaoxin.decorationGeneration(), generation, 'decoration types were rebuilt by an edit');
    assert.equal(gaoxin.parseCount(), parses + 1, 'a burst of edits should be analysed once');
    assert.equal(gaoxin.decorationsOf(editor).figures.length, figures + 1, 'the typed figure is not highlighted');
    const report = await reportOf(editor.document);
    assert.equal(report.figures[0]?.text, '3亿元');
    await editor.edit((e) => e.delete(new vscode.Range(0, 0, 0, 7)));
    // Saved, so closing editors later raises no save prompt.
    await editor.document.save();
    await settle();
    assert.equal(editor.document.getText().startsWith('科技日报'), true);
    assert.equal(gaoxin.decorationsOf(editor).figures.length, figures);
  });
});
