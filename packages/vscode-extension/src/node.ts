import * as path from 'node:path';
import type * as vscode from 'vscode';
import { nodePorts } from './analysis/nodePort.js';
import { activateWith, type GaoxinApi } from './extension.js';

export type { GaoxinApi, GaoxinTestHooks } from './extension.js';

/**
 * The desktop and remote (Node) extension host's entry: parsing runs on worker_threads.
 *
 * @example
 * const api = vscode.extensions.getExtension<GaoxinApi>('gaoxin.gaoxin-vscode')?.exports;
 */
export function activate(context: vscode.ExtensionContext): GaoxinApi {
  const script = path.join(context.extensionPath, 'dist', 'node', 'worker.js');
  return activateWith(context, { whole: nodePorts(script, 'background'), windows: nodePorts(script, 'interactive') });
}

/** Nothing to do: every resource, the workers included, is in `context.subscriptions`. */
export function deactivate(): void {}
