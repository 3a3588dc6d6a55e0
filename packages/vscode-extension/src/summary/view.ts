import * as vscode from 'vscode';
import type { Analysis } from '../analysis/analysis.js';
import { figureCard } from '../hover/cards.js';
import { toMarkdown } from '../hover/provider.js';
import { plural } from '../shared/format.js';
import { fileName } from '../shared/names.js';
import { buildSummaryTree, MAX_FLAT_FIGURES, summaryParent, type SummaryFigure, type SummaryNode } from './model.js';

/** The id of the summary view, as declared in the manifest. */
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
 * the active editor and every re-analysis; clicking a figure reveals it in the editor. The tree
 * is built when VS Code first asks for it, so a hidden view costs nothing.
 */
export class SummaryView implements vscode.TreeDataProvider<SummaryNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SummaryNode | undefined>();
  /** Fired when the tree is rebuilt. */
  readonly onDidChangeTreeData = this.changed.event;
  private built: SummaryNode[] | undefined;
  private document: vscode.TextDocument | undefined;
  private analysis: Analysis | undefined;
  private pending = false;
  private view: vscode.TreeView<SummaryNode> | undefined;

  /** Creates the tree view; call once from `activate`. */
  register(): vscode.TreeView<SummaryNode> {
    this.view = vscode.window.createTreeView(SUMMARY_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.updateMessage();
    return this.view;
  }

  /**
   * Shows a document's analysis; undefined for none (no editor, or a document not served).
   * `pending` says the document is being analysed. Rebuilds only when the analysis changed.
   */
  show(document: vscode.TextDocument | undefined, analysis: Analysis | undefined, pending = false): void {
    if (document === this.document && analysis === this.analysis && pending === this.pending) return;
    const rebuild = document !== this.document || analysis !== this.analysis;
    this.document = document;
    this.analysis = analysis;
    this.pending = pending;
    this.updateMessage();
    if (!rebuild) return;
    this.built = undefined;
    this.changed.fire(undefined);
  }

  /** The document the tree shows. */
  get shownDocument(): vscode.TextDocument | undefined {
    return this.document;
  }

  /** The top-level nodes, for tests and commands. */
  get rootNodes(): readonly SummaryNode[] {
    this.built ??= this.analysis?.status === 'ok' ? buildSummaryTree(this.analysis.report) : [];
    return this.built;
  }

  /** Selects and shows the item of the figure at `[start, end)`; false when the tree has none. */
  async reveal(start: number, end: number): Promise<boolean> {
    const node = findFigure(this.rootNodes, start, end);
    if (!node || !this.view) return false;
    await this.view.reveal(node, { select: true, focus: true, expand: true });
    return true;
  }

  private updateMessage(): void {
    if (!this.view) return;
    const a = this.analysis;
    const name = this.document ? fileName(this.document.uri) : undefined;
    if (!this.document) this.view.message = 'Open a report (plain text or Markdown) to see its figures.';
    else if (!a) this.view.message = `Analysing ${name}…`;
    else if (a.status !== 'ok') this.view.message = a.message;
    else if (a.report.figures.length === 0) this.view.message = `No figures in ${name}.`;
    else this.view.message = this.pending ? `Updating ${name}…` : undefined;
    this.view.description = a?.status === 'ok' ? plural(a.report.figures.length, 'figure') : undefined;
  }

  getChildren(node?: SummaryNode): SummaryNode[] {
    if (!node) return [...this.rootNodes];
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
      item.tooltip = `${node.label}: ${plural(node.figures.length, 'figure')}`;
    }
    return item;
  }

  /** The figure's hover card as tooltip (the full number), built only when the user points at the item. */
  resolveTreeItem(item: vscode.TreeItem, node: SummaryNode): vscode.TreeItem {
    if (node.kind === 'figure' && this.analysis?.status === 'ok') item.tooltip = toMarkdown(figureCard(this.analysis.report, node.figure));
    return item;
  }

  getParent(node: SummaryNode): SummaryNode | undefined {
    return summaryParent(node);
  }

  dispose(): void {
    this.changed.dispose();
    this.view?.dispose();
  }
}

/** The item of the figure at `[start, end)`, building only the groups on its path. */
function findFigure(nodes: readonly SummaryNode[], start: number, end: number): SummaryFigure | undefined {
  for (const node of nodes) {
    if (node.kind === 'figure') {
      if (node.figure.start === start && node.figure.end === end) return node;
    } else if (node.figures.some((f) => f.start === start && f.end === end)) {
      return findFigure(node.children, start, end);
    }
  }
  return undefined;
}
