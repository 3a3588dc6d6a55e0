import * as vscode from 'vscode';
import { webPorts } from './analysis/webPort.js';
import { activateWith, type GaoxinApi } from './extension.js';

export type { GaoxinApi, GaoxinTestHooks } from './extension.js';

/**
 * VS Code for the Web's entry: parsing runs on Web Workers (on the host's thread where none can start).
 *
 * @example
 * const api = vscode.extensions.getExtension<GaoxinApi>('gaoxin.gaoxin-vscode')?.exports;
 */
export function activate(context: vscode.ExtensionContext): GaoxinApi {
  const ports = webPorts(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'worker.js').toString(true));
  return activateWith(context, { whole: ports, windows: ports });
}

/** Nothing to do: every resource, the workers included, is in `context.subscriptions`. */
export function deactivate(): void {}
