import * as vscode from 'vscode';
import type { Analysis } from '../analysis/analysis.js';
import { mainStatus, referenceStatus, type StatusBarState } from './statusText.js';

/** The extension's two status bar items: the figure count, and the guessed reference date. */
export class StatusItems implements vscode.Disposable {
  private readonly main = vscode.window.createStatusBarItem('gaoxin.status', vscode.StatusBarAlignment.Right, 100);
  private readonly date = vscode.window.createStatusBarItem('gaoxin.referenceDate', vscode.StatusBarAlignment.Right, 99);
  private mainState: StatusBarState = mainStatus(undefined, undefined, false);
  private dateState: StatusBarState = referenceStatus(undefined);

  constructor() {
    this.main.name = 'Gaoxin figures';
    this.date.name = 'Gaoxin reference date';
  }

  /**
   * Shows the active document's analysis (`name` undefined: no report is active); `pending`
   * says a newer analysis is running.
   */
  show(name: string | undefined, analysis: Analysis | undefined, pending: boolean): void {
    this.mainState = mainStatus(name, analysis, pending);
    this.dateState = referenceStatus(name === undefined ? undefined : analysis);
    apply(this.main, this.mainState);
    apply(this.date, this.dateState);
  }

  /** The figure-count item as shown (VS Code cannot read an item back). */
  get figures(): StatusBarState {
    return { ...this.mainState };
  }

  /** The reference-date item as shown. */
  get referenceDate(): StatusBarState {
    return { ...this.dateState };
  }

  dispose(): void {
    this.main.dispose();
    this.date.dispose();
  }
}

function apply(item: vscode.StatusBarItem, state: StatusBarState): void {
  item.text = state.text;
  item.tooltip = state.tooltip;
  item.command = state.command;
  if (state.visible) item.show();
  else item.hide();
}
