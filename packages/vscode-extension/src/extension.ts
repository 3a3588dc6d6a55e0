import * as vscode from 'vscode';
import { AnalysisCache, Debouncer, updateDelay, type Analysis, type AnalysisOptions } from './analysisCache.js';
import { createCommands, SUMMARY_SCHEME, SummaryDocuments, type CommandHost } from './commands.js';
import { readConfig, type GaoxinConfig } from './config.js';
import { Decorations, type AppliedDecorations } from './decorations.js';
import { plural } from './format.js';
import { GaoxinHoverProvider } from './hover.js';
import { fileName, SUMMARY_VIEW_ID, SummaryView } from './summaryView.js';
import { SpanConverter } from './toVscode.js';

export type { Analysis } from './analysisCache.js';
export type { AppliedDecorations } from './decorations.js';
export type { SummaryNode } from './summaryModel.js';

/** What the status bar item shows, for tests (a StatusBarItem cannot be read back from VS Code). */
export interface StatusBarState {
  text: string;
  tooltip: string | undefined;
  command: string | undefined;
  visible: boolean;
}

/**
 * What `activate` returns: read access for the e2e suite to what VS Code cannot report back
 * (decorations, the status bar), and a way to wait for debounced analyses.
 */
export interface GaoxinApi {
  /** The analysis of a document the extension serves (computed now if needed); undefined otherwise. */
  analysisFor(document: vscode.TextDocument): Analysis | undefined;
  /** The ranges highlighted in an editor, per kind. */
  decorationsOf(editor: vscode.TextEditor): AppliedDecorations;
  /** How many times decoration types were built (1 + rebuilds on settings or theme change). */
  decorationGeneration(): number;
  /** The summary tree view's provider. */
  summary: SummaryView;
  /** The status bar item as shown. */
  statusBar(): StatusBarState;
  /** Every message shown to the user, oldest first. */
  messages(): readonly string[];
  /** How many times the core parsed a document. */
  parseCount(): number;
  /** Resolves once no debounced analysis is pending and what it updates is shown. */
  idle(): Promise<void>;
}

// Documents that are never reports: our own summaries, output channels, diff bases and the like.
const IGNORED_SCHEMES = new Set([SUMMARY_SCHEME, 'output', 'git', 'vscode-scm', 'debug', 'vscode-settings', 'vscode-userdata']);
const REFERENCE_DATES_KEY = 'gaoxin.referenceDates';

/** The running extension: owns the cache, the views and the event wiring. */
class GaoxinExtension implements CommandHost {
  private current: GaoxinConfig;
  readonly converter = new SpanConverter(vscode.Range);
  readonly summaries = new SummaryDocuments();
  private readonly cache = new AnalysisCache();
  private readonly debouncer = new Debouncer();
  readonly decorations = new Decorations(this.converter);
  readonly summary = new SummaryView();
  private readonly status = vscode.window.createStatusBarItem('gaoxin.status', vscode.StatusBarAlignment.Right, 100);
  private statusState: StatusBarState = { text: '', tooltip: undefined, command: undefined, visible: false };
  /** Documents served whatever their language because `gaoxin.analyze` was run on them. */
  private readonly forced = new Set<string>();
  /** Per document, the last problem status announced, so each problem is shown once, not per keystroke. */
  private readonly announced = new Map<string, string>();
  private readonly shownMessages: string[] = [];

  constructor(private readonly context: vscode.ExtensionContext) {
    const reading = readConfig(vscode.workspace.getConfiguration('gaoxin'));
    this.current = reading.config;
    for (const problem of reading.problems) this.notify('warning', `Gaoxin: ${problem}`);
    this.status.name = 'Gaoxin figures';
  }

  config(): GaoxinConfig {
    return this.current;
  }

  /** Wires events, providers and commands; every disposable goes to the context. */
  start(): void {
    const subs = this.context.subscriptions;
    subs.push(this.decorations, this.summary, this.summary.register(), this.status, this.summaries, { dispose: () => this.debouncer.dispose() });
    subs.push(vscode.workspace.registerTextDocumentContentProvider(SUMMARY_SCHEME, this.summaries));
    // Every scheme and language: whether a document is served depends on settings and on
    // `gaoxin.analyze`, both of which change at run time, so the provider decides per call.
    subs.push(vscode.languages.registerHoverProvider('*', new GaoxinHoverProvider(this, this.converter)));

    for (const [id, handler] of Object.entries(createCommands(this))) {
      subs.push(vscode.commands.registerCommand(id, (...args: unknown[]) => this.runCommand(id, () => handler(...args))));
    }

    subs.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0 || !this.isServed(e.document)) return;
        const key = e.document.uri.toString();
        const delay = updateDelay(this.current.updateDelay, this.cache.latest(e.document.uri));
        this.debouncer.schedule(key, delay, () => this.refreshDocument(e.document));
      }),
      // A language change reopens the document under its new language id.
      vscode.workspace.onDidOpenTextDocument((d) => this.refreshDocument(d)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        const key = d.uri.toString();
        this.debouncer.cancel(key);
        this.cache.delete(d.uri);
        this.forced.delete(key);
        this.announced.delete(key);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        this.decorations.retain(editors);
        for (const editor of editors) this.refreshEditor(editor);
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshActive()),
      vscode.workspace.onDidChangeConfiguration((e) => this.onConfigChange(e)),
      vscode.window.onDidChangeActiveColorTheme((theme) => {
        if (!this.decorations.themeNeedsRebuild(theme)) return;
        this.decorations.rebuild();
        this.refreshAll();
      }),
    );
    this.refreshAll();
  }

  private async runCommand(id: string, run: () => unknown): Promise<unknown> {
    try {
      return await run();
    } catch (error) {
      // One message per failure, naming the command; the error does not escape to VS Code's generic handler too.
      this.notify('error', `Gaoxin: ${id} failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  notify(severity: 'info' | 'warning' | 'error', message: string): void {
    this.shownMessages.push(message);
    // Not awaited: a notification resolves only when dismissed, and nothing waits on the answer.
    if (severity === 'error') void vscode.window.showErrorMessage(message);
    else if (severity === 'warning') void vscode.window.showWarningMessage(message);
    else void vscode.window.showInformationMessage(message);
  }

  isServed(document: vscode.TextDocument): boolean {
    if (IGNORED_SCHEMES.has(document.uri.scheme)) return false;
    return this.forced.has(document.uri.toString()) || this.current.languages.includes(document.languageId);
  }

  private optionsFor(document: vscode.TextDocument): AnalysisOptions {
    return {
      referenceDate: this.referenceDateOf(document.uri) ?? this.current.referenceDate,
      maxDocumentSize: this.current.maxDocumentSize,
      name: fileName(document.uri),
    };
  }

  analysisFor(document: vscode.TextDocument): Analysis | undefined {
    if (!this.isServed(document)) return undefined;
    return this.cache.analyze(document, this.optionsFor(document));
  }

  serve(document: vscode.TextDocument): Analysis {
    this.forced.add(document.uri.toString());
    // Announce again: the user asked for this document explicitly.
    this.announced.delete(document.uri.toString());
    this.refreshDocument(document);
    return this.cache.analyze(document, this.optionsFor(document));
  }

  targetDocument(): vscode.TextDocument | undefined {
    const active = vscode.window.activeTextEditor?.document;
    if (active && !IGNORED_SCHEMES.has(active.uri.scheme)) return active;
    return this.summary.shownDocument;
  }

  referenceDateOf(uri: vscode.Uri): string | undefined {
    return this.context.workspaceState.get<Record<string, string>>(REFERENCE_DATES_KEY, {})[uri.toString()];
  }

  async setReferenceDate(uri: vscode.Uri, date: string | undefined): Promise<void> {
    const dates = { ...this.context.workspaceState.get<Record<string, string>>(REFERENCE_DATES_KEY, {}) };
    if (date === undefined) delete dates[uri.toString()];
    else dates[uri.toString()] = date;
    await this.context.workspaceState.update(REFERENCE_DATES_KEY, dates);
    this.cache.delete(uri);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (document) this.refreshDocument(document);
  }

  private onConfigChange(e: vscode.ConfigurationChangeEvent): void {
    if (!e.affectsConfiguration('gaoxin')) return;
    const reading = readConfig(vscode.workspace.getConfiguration('gaoxin'));
    this.current = reading.config;
    for (const problem of reading.problems) this.notify('warning', `Gaoxin: ${problem}`);
    if (e.affectsConfiguration('gaoxin.highlight')) this.decorations.rebuild();
    if (e.affectsConfiguration('gaoxin.referenceDate') || e.affectsConfiguration('gaoxin.maxDocumentSize')) {
      this.cache.clear();
      this.announced.clear();
    }
    this.refreshAll();
  }

  /** Re-shows one document everywhere it appears: its editors, and the summary and status bar if active. */
  private refreshDocument(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.refreshEditor(editor);
    const active = vscode.window.activeTextEditor?.document;
    if (active === document || this.summary.shownDocument === document) this.refreshActive();
  }

  private refreshEditor(editor: vscode.TextEditor): void {
    const analysis = this.analysisFor(editor.document);
    if (analysis === undefined) {
      this.decorations.clear(editor);
      return;
    }
    this.decorations.apply(editor, analysis, this.current);
    this.announce(editor.document, analysis);
  }

  private refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.refreshEditor(editor);
    this.refreshActive();
  }

  /** Points the summary, status bar and context key at the active editor's document. */
  private refreshActive(): void {
    const editor = vscode.window.activeTextEditor;
    // Focus in a preview, the panel or a binary editor leaves no active text editor: keep showing
    // the last report, so the summary stays usable while the user clicks around.
    if (!editor || IGNORED_SCHEMES.has(editor.document.uri.scheme)) {
      const shown = this.summary.shownDocument;
      if (shown && (shown.isClosed || !this.isServed(shown))) this.showActive(undefined, undefined);
      else if (shown) this.showActive(shown, this.analysisFor(shown));
      return;
    }
    const analysis = this.analysisFor(editor.document);
    this.showActive(analysis ? editor.document : undefined, analysis);
  }

  private showActive(document: vscode.TextDocument | undefined, analysis: Analysis | undefined): void {
    this.summary.show(document, analysis);
    void vscode.commands.executeCommand('setContext', 'gaoxin.active', analysis?.status === 'ok');
    if (!document || !analysis) {
      this.setStatus({ text: '', tooltip: undefined, command: undefined, visible: false });
      return;
    }
    if (analysis.status === 'ok') {
      const { figures, dates, entities } = analysis.report;
      this.setStatus({
        text: `$(symbol-number) ${plural(figures.length, 'figure')}`,
        tooltip: `Gaoxin: ${plural(figures.length, 'figure')}, ${plural(dates.length, 'date')}, ${plural(entities.length, 'entity', 'entities')} in ${fileName(document.uri)} (reference date ${analysis.report.referenceDate}). Click for the summary.`,
        command: `${SUMMARY_VIEW_ID}.focus`,
        visible: true,
      });
    } else {
      const label = analysis.status === 'tooLarge' ? 'too large' : analysis.status === 'binary' ? 'binary file' : 'error';
      this.setStatus({ text: `$(warning) Gaoxin: ${label}`, tooltip: analysis.message, command: `${SUMMARY_VIEW_ID}.focus`, visible: true });
    }
  }

  private setStatus(state: StatusBarState): void {
    this.statusState = state;
    this.status.text = state.text;
    this.status.tooltip = state.tooltip;
    this.status.command = state.command;
    if (state.visible) this.status.show();
    else this.status.hide();
  }

  /** Shows a document's problem (too large, binary, core error) once until its status changes. */
  private announce(document: vscode.TextDocument, analysis: Analysis): void {
    const key = document.uri.toString();
    if (analysis.status === 'ok') {
      this.announced.delete(key);
      return;
    }
    if (this.announced.get(key) === analysis.status) return;
    this.announced.set(key, analysis.status);
    this.notify(analysis.status === 'error' ? 'error' : 'warning', analysis.message);
  }

  /** The API `activate` returns. */
  api(): GaoxinApi {
    return {
      analysisFor: (d) => this.analysisFor(d),
      decorationsOf: (e) => this.decorations.appliedTo(e),
      decorationGeneration: () => this.decorations.generation,
      summary: this.summary,
      statusBar: () => ({ ...this.statusState }),
      messages: () => [...this.shownMessages],
      parseCount: () => this.cache.parseCount,
      idle: () => this.debouncer.idle(),
    };
  }
}

/**
 * Activates the extension (synchronously): wires hovers, highlights, the summary view, the status
 * bar and the commands, and returns the API the e2e suite reads.
 *
 * @example
 * const api = vscode.extensions.getExtension<GaoxinApi>('gaoxin.gaoxin-vscode')?.exports;
 */
export function activate(context: vscode.ExtensionContext): GaoxinApi {
  const extension = new GaoxinExtension(context);
  extension.start();
  return extension.api();
}

/** Nothing to do: every resource is in `context.subscriptions`. */
export function deactivate(): void {}
