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
});
