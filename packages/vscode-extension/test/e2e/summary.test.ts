import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { summaryFigures, type SummaryNode } from '../../src/summary/model.js';
import { api, exec, open, reportOf, screenshot, settle, sleep, waitFor, writeFile } from './helpers.js';

function figureNodes(roots: readonly SummaryNode[]) {
  return summaryFigures(roots);
}

suite('summary view', () => {
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    await writeFile('other.txt', '园区已建成研发平台5个。\n');
    editor = await open('report.txt');
  });

  test('lists every figure of the active report', async () => {
    const report = await reportOf(editor.document);
    const nodes = figureNodes((await api()).summary.rootNodes);
    assert.equal(nodes.length, report.figures.length);
    assert.deepEqual(
      nodes.map((n) => n.figure.start).sort((a, b) => a - b),
      report.figures.map((f) => f.start),
    );
  });

  test('groups by article, subject and metric where the core attributes figures', async function () {
    const report = await reportOf(editor.document);
    const attributed = report.figures.some((f) => f.article !== undefined || f.subject !== undefined || f.metric !== undefined);
    const roots = (await api()).summary.rootNodes;
    // Without attribution the tree is a flat list of figures; with it, groups come first.
    if (!attributed) {
      assert.ok(roots.every((n) => n.kind === 'figure'));
      this.skip();
    }
    assert.ok(roots.some((n) => n.kind !== 'figure'));
  });

  test('a figure item reveals the figure when clicked', async () => {
    const gaoxin = await api();
    const node = figureNodes(gaoxin.summary.rootNodes).find((n) => n.figure.text === '约20.8亿元');
    assert.ok(node, 'no item for 约20.8亿元');
    const item = gaoxin.summary.getTreeItem(node);
    // A compact value, never repeated in the description; the full number is in the tooltip.
    assert.equal(item.label, '≈20.8亿元');
    assert.notEqual(item.description, item.label);
    const tooltip = gaoxin.summary.resolveTreeItem(item, node).tooltip;
    assert.match(typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? ''), /2,080,000,000/);
    assert.equal(item.contextValue, 'gaoxin.figure');
    assert.ok(item.command);
    assert.equal(item.command.command, 'gaoxin.revealFigure');
    // Move away first, so the reveal is seen to move the selection.
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await exec(item.command.command, ...(item.command.arguments ?? []));
    const active = vscode.window.activeTextEditor;
    assert.equal(active?.document.getText(active.selection), '约20.8亿元');
  });

  test('follows the active editor', async () => {
    const gaoxin = await api();
    await open('other.txt');
    await waitFor(() => figureNodes(gaoxin.summary.rootNodes).length === 1, 'the summary of other.txt');
    assert.equal(figureNodes(gaoxin.summary.rootNodes)[0]?.figure.text, '5个');
    await open('report.txt');
    await waitFor(() => figureNodes(gaoxin.summary.rootNodes).length > 10, 'the summary of report.txt');
  });

  test('follows edits', async () => {
    const gaoxin = await api();
    const other = await open('other.txt');
    await other.edit((e) => e.insert(other.document.positionAt(other.document.getText().length), '总投资约3.5亿元。\n'));
    await settle();
    await waitFor(() => figureNodes(gaoxin.summary.rootNodes).length === 2, 'the edited summary');
    assert.ok(figureNodes(gaoxin.summary.rootNodes).some((n) => n.figure.text === '约3.5亿元'));
    await other.document.save();
    await open('report.txt');
  });

  test('shows compact values with their periods, beside the calm editor (README screenshot)', async () => {
    const gaoxin = await api();
    const report = await reportOf(editor.document);
    const dated = report.figures.find((f) => f.asOf !== undefined);
    const nodes = figureNodes(gaoxin.summary.rootNodes);
    if (dated) assert.ok(nodes.some((n) => n.figure === dated && n.description.includes(dated.asOf?.text ?? '')), 'a period is missing');
    // One article: no root for it.
    assert.ok(gaoxin.summary.rootNodes.every((n) => n.kind !== 'article'));
    await vscode.commands.executeCommand('gaoxin.summary.focus');
    await vscode.window.showTextDocument(editor.document, { preserveFocus: true });
    await sleep(1200);
    await vscode.commands.executeCommand('notifications.clearAll');
    const taken = await screenshot('summary');
    assert.ok(taken || !process.env.GAOXIN_E2E_SCREENSHOT_URL, 'the runner did not take the screenshot');
  });
});
