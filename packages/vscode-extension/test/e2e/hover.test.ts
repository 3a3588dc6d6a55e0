import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, exec, hoverAt, offsetOf, open, reportOf, screenshot, settle, sleep } from './helpers.js';

suite('hovers', () => {
  let document: vscode.TextDocument;

  suiteSetup(async () => {
    document = (await open('report.txt')).document;
  });

  test('a figure shows its value in Western and Chinese grouping', async () => {
    const text = await hoverAt(document, offsetOf(document, '约20.8亿元') + 2);
    assert.match(text, /约20\.8亿元/);
    assert.match(text, /about 2,080,000,000 CNY \(20\.8亿\)/);
  });

  test('a figure explains its qualifier and unit', async () => {
    const text = await hoverAt(document, offsetOf(document, '约20.8亿元') + 2);
    assert.match(text, /Qualifier:\** 约 → about/);
    assert.match(text, /Unit:\** 元 → CNY/);
  });

  for (const [written, meaning] of [
    ['1500余名', 'more than'],
    ['超12%', 'more than'],
    ['不足200人', 'less than'],
  ] as const) {
    test(`${written} reads as ${meaning}`, async () => {
      const text = await hoverAt(document, offsetOf(document, written) + 1);
      assert.match(text, new RegExp(`→ ${meaning}`));
    });
  }

  test('a figure hover offers copy and reveal as command links that carry a URI and offsets only', async () => {
    const start = offsetOf(document, '约20.8亿元');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(start + 2));
    const markdown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    const links = [...markdown.matchAll(/\]\(command:([\w.]+)\?([^ )]+)/g)].map((m) => ({ command: m[1] ?? '', args: JSON.parse(decodeURIComponent(m[2] ?? '')) as unknown[] }));
    assert.deepEqual(
      links.map((l) => l.command),
      ['gaoxin.copyFigureValue', 'gaoxin.revealInSummary'],
    );
    const ref = { uri: document.uri.toString(), start, end: start + '约20.8亿元'.length };
    for (const link of links) assert.deepEqual(link.args, [ref]);
    assert.equal(await exec(links[0]?.command ?? '', ...(links[0]?.args ?? [])), '2080000000');
    assert.equal(await exec(links[1]?.command ?? '', ...(links[1]?.args ?? [])), true);
    const selected = (await api()).summary;
    assert.ok(selected.rootNodes.length > 0);
    await vscode.window.showTextDocument(document);
  });

  test('there is no hover between mentions', async () => {
    assert.equal(await hoverAt(document, offsetOf(document, '记者从')), '');
  });

  // Dates are the core's to find; the assertion waits for them rather than failing without them.
  test('a date shows the resolved year and that it came from the reference date (once the core finds dates)', async function () {
    assert.equal(await exec('gaoxin.setReferenceDate', '2024-10-28', document.uri.toString()), '2024-10-28');
    await settle();
    const report = await reportOf(document);
    const date = report.dates.find((d) => d.text.startsWith('今年9月'));
    if (!date) this.skip();
    const text = await hoverAt(document, date.start + 1);
    assert.match(text, /2024-09/);
    assert.match(text, /year taken from the reference date 2024-10-28/);
  });

  // Entities likewise: checked as soon as the core returns them.
  test('an entity shows its type (once the core finds entities)', async function () {
    const report = await reportOf(document);
    const entity = report.entities[0];
    if (!entity) this.skip();
    const text = await hoverAt(document, entity.start);
    assert.match(text, /Entity · /);
    assert.match(text, /Type:\** (high-tech zone|organisation|person|place|work|event)/);
  });

  test('the workbench shows highlights and an open hover (README screenshot)', async () => {
    await vscode.commands.executeCommand('gaoxin.summary.focus');
    const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
    const at = document.positionAt(offsetOf(document, '约20.8亿元') + 3);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    await vscode.commands.executeCommand('editor.action.showHover');
    await sleep(1500);
    await vscode.commands.executeCommand('notifications.clearAll');
    const taken = await screenshot('hover');
    assert.ok(taken || !process.env.GAOXIN_E2E_SCREENSHOT_URL, 'the runner did not take the screenshot');
    await vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);
    assert.ok((await api()).decorationsOf(editor).figures.length > 0);
  });
});
