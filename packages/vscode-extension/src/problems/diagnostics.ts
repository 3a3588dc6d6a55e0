import * as vscode from 'vscode';
import type { Analysis } from '../analysis/analysis.js';
import type { SpanConverter } from '../shared/toVscode.js';

/**
 * The Problems panel's view of the core's consistency check: one warning per finding, on the
 * figure it is about, with the other values of a conflict as related places.
 */
export class ConsistencyDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('gaoxin');

  constructor(private readonly converter: SpanConverter) {}

  /** Shows a document's findings from its finished analysis; a failed or refused one clears them. */
  update(document: vscode.TextDocument, analysis: Analysis): void {
    if (analysis.status !== 'ok' || !analysis.problems || analysis.problems.length === 0) {
      this.collection.delete(document.uri);
      return;
    }
    this.collection.set(
      document.uri,
      analysis.problems.map((p) => {
        const d = new vscode.Diagnostic(this.converter.toRange(document, p), p.message, vscode.DiagnosticSeverity.Warning);
        d.source = 'Gaoxin';
        d.code = p.related.length > 0 ? 'conflicting-values' : 'share-over-100';
        d.relatedInformation = p.related.map(
          (r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(document.uri, this.converter.toRange(document, r)), `also stated as ${r.text}`),
        );
        return d;
      }),
    );
  }

  /** Forgets a closed document's findings. */
  delete(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  dispose(): void {
    this.collection.dispose();
  }
}
