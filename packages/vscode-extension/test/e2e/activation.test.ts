import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import * as vscode from 'vscode';
import { EXTENSION_ID, manifest, open } from './helpers.js';

suite('activation', () => {
  test('activates when a plain-text report opens', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'extension not loaded');
    await open('report.txt');
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'plaintext');
    assert.ok(extension.isActive, 'not active after a plain-text document opened');
  });

  test('registers every command the manifest declares', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = manifest().contributes.commands.map((c) => c.command).filter((c) => !registered.has(c));
    assert.deepEqual(missing, []);
  });

  test('ships a Node and a web bundle', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    for (const entry of [manifest().main, manifest().browser]) {
      assert.ok(existsSync(path.join(extension.extensionPath, entry)), `${entry} missing`);
    }
  });

  // The web extension host cannot be started here (VS Code for the Web's build is not reachable), so
  // the browser bundle is loaded the way a web worker would: no Node globals, and `vscode` the only module.
  test('the web bundle loads with nothing but the vscode module and web globals', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const source = readFileSync(path.join(extension.extensionPath, manifest().browser), 'utf8');
    const required: string[] = [];
    const module = { exports: {} as Record<string, unknown> };
    const sandbox = {
      module,
      exports: module.exports,
      require: (id: string) => {
        required.push(id);
        if (id === 'vscode') return vscode;
        throw new Error(`the web bundle requires ${id}`);
      },
      console,
      setTimeout,
      clearTimeout,
      TextEncoder,
      TextDecoder,
      URL,
      globalThis: undefined as unknown,
    };
    sandbox.globalThis = sandbox;
    vm.runInNewContext(source, sandbox, { filename: 'dist/web/extension.js' });
    assert.equal(typeof module.exports.activate, 'function');
    assert.deepEqual([...new Set(required)], ['vscode']);
  });

  // Likewise the web parse worker: a classic script that talks through postMessage and message events.
  test('the web worker script parses a report where only worker globals exist', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const source = readFileSync(path.join(extension.extensionPath, 'dist/web/worker.js'), 'utf8');
    const listeners: Array<(event: { data: unknown }) => void> = [];
    const received: Array<{ type: string; chunks?: number; head?: { referenceDate: string } }> = [];
    const scope = {
      postMessage: (m: (typeof received)[number]) => received.push(m),
      addEventListener: (_type: string, listener: (event: { data: unknown }) => void) => listeners.push(listener),
      console,
      globalThis: undefined as unknown,
    };
    scope.globalThis = scope;
    vm.runInNewContext(source, scope, { filename: 'dist/web/worker.js' });
    assert.equal(listeners.length, 1);
    listeners[0]?.({ data: { type: 'parse', id: 1, text: '2024年10月28日\n园区已建成研发平台312个。', referenceDate: undefined } });
    assert.equal(received[0]?.type, 'parsed');
    assert.equal(received[0]?.head?.referenceDate, '2024-10-28');
    assert.ok((received[0]?.chunks ?? 0) > 0);
  });
});
