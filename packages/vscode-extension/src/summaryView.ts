import * as vscode from 'vscode';
import type { Analysis } from './analysisCache.js';
import { plural } from './format.js';
import { figureCard } from './hoverText.js';
import { toMarkdown } from './hover.js';
import { buildSummaryTree, MAX_FLAT_FIGURES, summaryFigures, type SummaryNode } from './summaryModel.js';

/** The id of the summary view (Explorer), as declared in the manifest. */
export const SUMMARY_VIEW_ID = 'gaoxin.summary';
/** The context value of figure items; the manifest's item menus match on it. */
export const FIGURE_CONTEXT = 'gaoxin.figure';
/** The command a figure item runs when clicked. */
export const REVEAL_COMMAND = 'gaoxin.revealFigure';

const ICONS: Readonly<Record<SummaryNode['kind'], string>> = {
  article: 'book',
  subject: 'organization',
  metric: 'graph',
  figure: 'symbol-number',
  chunk: 'list-ordered',
};

/**
 * The summary tree of the active document (article → subject → metric → figure). It follows
 * the active editor and every re-analysis; clicking a figure reveals it in the editor.
 */
export class SummaryView implements vscode.TreeDataProvider<SummaryNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SummaryNode | undefined>();
  /** Fired when the tree is rebuilt. */
  readonly onDidChangeTreeData = this.changed.event;
  private roots: SummaryNode[] = [];
  private document: vscode.TextDocument | undefined;
  private analysis: Analysis | undefined;
  private view: vscode.TreeView<SummaryNode> | undefined;

  /** Creates the tree view; call once from `activate`. */
  register(): vscode.TreeView<SummaryNode> {
    this.view = vscode.window.createTreeView(SUMMARY_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.updateMessage();
    return this.view;
  }

  /**
   * Shows a document's analysis; undefined for none (no editor, or a document not served).
   * Rebuilds only when the analysis object changed, which the cache guarantees per version.
   */
  show(document: vscode.TextDocument | undefined, analysis: Analysis | undefined): void {
    if (document === this.document && analysis === this.analysis) return;
    this.document = document;
    this.analysis = analysis;
    this.roots = analysis?.status === 'ok' ? buildSummaryTree(analysis.report) : [];
    this.updateMessage();
    this.changed.fire(undefined);
  }

  /** The document the tree shows. */
  get shownDocument(): vscode.TextDocument | undefined {
    return this.document;
  }

  /** The top-level nodes, for tests and commands. */
  get rootNodes(): readonly SummaryNode[] {
    return this.roots;
  }

  private updateMessage(): void {
    if (!this.view) return;
    const a = this.analysis;
    const name = this.document ? fileName(this.document.uri) : undefined;
    if (!this.document || !a) this.view.message = 'Open a report (plain text or Markdown) to see its figures.';
    else if (a.status !== 'ok') this.view.message = a.message;
    else if (a.report.figures.length === 0) this.view.message = `No figures in ${name}.`;
    else this.view.message = undefined;
    this.view.description = a?.status === 'ok' ? plural(a.report.figures.length, 'figure') : undefined;
  }

  getChildren(node?: SummaryNode): SummaryNode[] {
    if (!node) return this.roots;
    return node.kind === 'figure' ? [] : node.children;
  }

  getTreeItem(node: SummaryNode): vscode.TreeItem {
    // Groups open, so the figures are in sight at once, unless the report is long: VS Code fetches
    // the children of every expanded node, and a 1 MB report would send its whole tree at once.
    const figures = this.analysis?.status === 'ok' ? this.analysis.report.figures.length : 0;
    const collapsible =
      node.kind === 'figure'
        ? vscode.TreeItemCollapsibleState.None
        : node.kind === 'chunk' || figures > MAX_FLAT_FIGURES
          ? vscode.TreeItemCollapsibleState.Collapsed
          : vscode.TreeItemCollapsibleState.Expanded;
    const item = new vscode.TreeItem(node.label, collapsible);
    item.id = node.id;
    item.description = node.description;
    item.iconPath = new vscode.ThemeIcon(ICONS[node.kind]);
    if (node.kind === 'figure' && this.document && this.analysis?.status === 'ok') {
      item.contextValue = FIGURE_CONTEXT;
      item.command = {
        command: REVEAL_COMMAND,
        title: 'Reveal Figure',
        arguments: [this.document.uri.toString(), node.figure.start, node.figure.end],
      };
    } else if (node.kind !== 'figure') {
      item.tooltip = `${node.label}: ${plural(summaryFigures(node.children).length, 'figure')}`;
    }
    return item;
  }

  /** The figure's hover card as tooltip, built only when the user points at the item. */
  resolveTreeItem(item: vscode.TreeItem, node: SummaryNode): vscode.TreeItem {
    if (node.kind === 'figure' && this.analysis?.status === 'ok') item.tooltip = toMarkdown(figureCard(this.analysis.report, node.figure));
    return item;
  }

  getParent(node: SummaryNode): SummaryNode | undefined {
    const find = (list: readonly SummaryNode[], parent: SummaryNode | undefined): SummaryNode | undefined => {
      for (const n of list) {
        if (n === node) return parent;
        if (n.kind !== 'figure') {
          const found = find(n.children, n);
          if (found) return found;
        }
      }
      return undefined;
    };
    return find(this.roots, undefined);
  }

  dispose(): void {
    this.changed.dispose();
    this.view?.dispose();
  }
}

/**
 * The last segment of a URI's path, for messages.
 *
 * @example
 * fileName(vscode.Uri.file('/r/report.txt')); // 'report.txt'
 */
export function fileName(uri: vscode.Uri): string {
  const path = uri.path;
  return path.slice(path.lastIndexOf('/') + 1) || uri.toString();
}
