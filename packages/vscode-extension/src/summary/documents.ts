import * as vscode from 'vscode';
import { fileName } from '../shared/names.js';

/** The scheme of the read-only summary documents `gaoxin.showSummary` opens. */
export const SUMMARY_SCHEME = 'gaoxin-summary';

/**
 * Read-only Markdown documents for summaries: no untitled buffer to save or discard, and the
 * preview updates when the summary is shown again.
 */
export class SummaryDocuments implements vscode.TextDocumentContentProvider {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fired when a summary's content is replaced. */
  readonly onDidChange = this.changed.event;

  /** Stores a summary and returns its URI (one per source document). */
  put(source: vscode.Uri, markdown: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: SUMMARY_SCHEME, path: `/${fileName(source)} · summary.md`, query: source.toString() });
    this.contents.set(uri.toString(), markdown);
    this.changed.fire(uri);
    return uri;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  dispose(): void {
    this.changed.dispose();
  }
}

