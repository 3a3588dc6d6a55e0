import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GaoxinApi, GaoxinTestHooks } from '../../src/extension.js';

/** The extension's id: publisher.name from the manifest. */
export const EXTENSION_ID = 'gaoxin.gaoxin-vscode';

/** The running extension's public API (activating it if needed). */
export async function publicApi(): Promise<GaoxinApi> {
  const extension = vscode.extensions.getExtension<GaoxinApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not loaded`);
  return extension.isActive ? extension.exports : extension.activate();
}

/** The extension's test hooks, which it adds to its API only when VS Code runs tests. */
export async function api(): Promise<GaoxinTestHooks> {
  const testing = (await publicApi()).testing;
  assert.ok(testing, 'the extension gave no test hooks: is VS Code running it in test mode?');
  return testing;
}

/** The manifest of the loaded extension. */
export function manifest(): { contributes: { commands: Array<{ command: string }> }; browser: string; main: string } {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  return extension.packageJSON as ReturnType<typeof manifest>;
}

/** A file of the test workspace (a temporary copy of test/e2e/fixtures). */
export function file(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Writes a file into the test workspace. */
export async function writeFile(name: string, content: string | Uint8Array): Promise<vscode.Uri> {
  const uri = file(name);
  await vscode.workspace.fs.writeFile(uri, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  return uri;
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits until pending analyses ran and VS Code delivered the events they caused. */
export async function settle(): Promise<void> {
  await (await api()).idle();
  await sleep(50);
  await (await api()).idle();
}

/** Polls until `check` returns a value other than undefined or false. */
export async function waitFor<T>(check: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 10000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) assert.fail(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** Opens a workspace file in an editor and waits for it to be analysed and shown. */
export async function open(name: string | vscode.Uri): Promise<vscode.TextEditor> {
  const uri = typeof name === 'string' ? file(name) : name;
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await waitFor(() => vscode.window.activeTextEditor?.document === document, `${uri.path} to become active`);
  await settle();
  return editor;
}

/** The report of a served document; fails the test for any other outcome. */
export async function reportOf(document: vscode.TextDocument) {
  const analysis = (await api()).analysisFor(document);
  assert.ok(analysis, `${document.uri.path} is not served`);
  assert.equal(analysis.status, 'ok', analysis.status === 'ok' ? '' : analysis.message);
  if (analysis.status !== 'ok') throw new Error('unreachable');
  return analysis.report;
}

/** The hover texts at an offset, through VS Code's own hover command, Markdown escapes undone. */
export async function hoverAt(document: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
  return hovers
    .flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)))
    .join('\n')
    .replace(/&nbsp;/g, ' ')
    .replace(/\u00a0/g, ' ')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1');
}

/** The offset of the first occurrence of `needle` in a document. */
export function offsetOf(document: vscode.TextDocument, needle: string): number {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" not in ${document.uri.path}`);
  return offset;
}

/** Sets a gaoxin.* user setting and waits for the extension to apply it. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('gaoxin').update(key, value, vscode.ConfigurationTarget.Global);
  await settle();
}

// Shared by every test file (each is its own bundle), so it lives on globalThis.
const RAN = Symbol.for('gaoxin.e2e.commandsRun');

/** Runs a command and records that it ran, for the coverage check at the end. */
export async function exec<T>(command: string, ...args: unknown[]): Promise<T> {
  commandsRun().add(command);
  return vscode.commands.executeCommand<T>(command, ...args);
}

/** The commands `exec` ran so far. */
export function commandsRun(): Set<string> {
  const store = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  store[RAN] ??= new Set<string>();
  return store[RAN];
}

/** Asks the runner for a screenshot of the workbench; false when run without one. */
export async function screenshot(name: string): Promise<boolean> {
  const url = process.env.GAOXIN_E2E_SCREENSHOT_URL;
  if (!url) return false;
  const response = await fetch(`${url}?name=${encodeURIComponent(name)}`);
  return response.ok;
}

/** Closes every editor. */
export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await settle();
}
