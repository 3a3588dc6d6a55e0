import type { Report } from '@gaoxin/core';
import type * as vscode from 'vscode';
import type { Analysis } from './analysis/analysis.js';
import type { PortFactory } from './analysis/parserPort.js';
import type { WindowReport } from './analysis/service.js';
import type { AppliedDecorations } from './decorations/decorations.js';
import type { StatusBarState } from './status/statusText.js';
import type { SummaryView } from './summary/view.js';

/** What `activate` returns: the analyses, for other extensions and scripts. */
export interface GaoxinApi {
  /**
   * The report of a document (analysing it if needed), or undefined when the extension does not
   * serve it or could not analyse it (too large, binary).
   */
  report(document: vscode.TextDocument): Promise<Report | undefined>;
  /** Fires with a document's URI whenever an analysis of it finishes. */
  onDidAnalyze: vscode.Event<vscode.Uri>;
  /** Only when VS Code runs the extension's tests: read access to what VS Code cannot report back. */
  testing?: GaoxinTestHooks;
}

/** Test instrumentation, present only in `ExtensionMode.Test`. */
export interface GaoxinTestHooks {
  /** The finished analysis of the document's current version, if any (nothing is started). */
  analysisFor(document: vscode.TextDocument): Analysis | undefined;
  /** The windows of a large document analysed while its whole analysis runs. */
  windowsOf(document: vscode.TextDocument): readonly WindowReport[];
  /** The ranges highlighted in an editor, per kind. */
  decorationsOf(editor: vscode.TextEditor): AppliedDecorations;
  /** How many times decoration types were built (1 + rebuilds on settings or theme change). */
  decorationGeneration(): number;
  /** The summary tree view's provider. */
  summary: SummaryView;
  /** The figure-count item as shown. */
  statusBar(): StatusBarState;
  /** The reference-date item as shown. */
  referenceStatusBar(): StatusBarState;
  /** The last messages shown to the user, oldest first. */
  messages(): readonly string[];
  /** How many whole-document parses were started. */
  parseCount(): number;
  /** Resolves once no debounced edit, analysis or window is pending and what they update is shown. */
  idle(): Promise<void>;
}

/** Where the parse workers run: one port factory for whole documents, one for windows. */
export interface ParserPorts {
  whole: PortFactory;
  windows: PortFactory;
}

