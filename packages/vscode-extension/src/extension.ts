import * as vscode from 'vscode';
import type { GaoxinApi, GaoxinTestHooks, ParserPorts } from './api.js';
import { updateDelay, type Analysis, type AnalysisOptions } from './analysis/analysis.js';
import { Debouncer } from './analysis/debouncer.js';
import { ParserClient } from './analysis/parserClient.js';
import { AnalysisService, LARGE_DOCUMENT, type WindowReport } from './analysis/service.js';
import { mergeWindows } from './analysis/windows.js';
import { createCommands, type CommandHost } from './commands/commands.js';
import { Decorations, type Mentions } from './decorations/decorations.js';
import { ConsistencyDiagnostics } from './problems/diagnostics.js';
import { GaoxinHoverProvider, type HoverBasis, type HoverSource } from './hover/provider.js';
import { readConfig, type GaoxinConfig } from './shared/config.js';
import { plural } from './shared/format.js';
import { fileName } from './shared/names.js';
import { SpanConverter } from './shared/toVscode.js';
import { StatusItems } from './status/statusBar.js';
import { SUMMARY_SCHEME, SummaryDocuments } from './summary/documents.js';
import { SummaryView } from './summary/view.js';

export type { GaoxinApi, GaoxinTestHooks, ParserPorts } from './api.js';
export type { Analysis } from './analysis/analysis.js';
export type { AppliedDecorations } from './decorations/decorations.js';
export type { StatusBarState } from './status/statusText.js';
export type { SummaryNode } from './summary/model.js';

// Documents that are never reports: our own summaries, output channels, diff bases and the like.
const IGNORED_SCHEMES = new Set([SUMMARY_SCHEME, 'output', 'git', 'vscode-scm', 'debug', 'vscode-settings', 'vscode-userdata']);
const REFERENCE_DATES_KEY = 'gaoxin.referenceDates';
/** Messages kept for tests: the latest ones; older ones are dropped so a long session does not grow the list. */
const MAX_MESSAGES = 100;
const NOTHING: Mentions = { figures: [], dates: [], entities: [] };

function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/** The running extension: owns the analyses, the views and the event wiring. */
class GaoxinExtension implements CommandHost, HoverSource {
  private current: GaoxinConfig;
  readonly converter = new SpanConverter(vscode.Range);
  readonly summaries = new SummaryDocuments();
  private readonly service: AnalysisService;
  private readonly debouncer = new Debouncer();
  readonly decorations = new Decorations(this.converter);
  readonly summary = new SummaryView();
  private readonly problems = new ConsistencyDiagnostics(this.converter);
  private readonly status = new StatusItems();
  private readonly analyzed = new vscode.EventEmitter<vscode.Uri>();
  private readonly log = vscode.window.createOutputChannel('Gaoxin', { log: true });
  /** Documents served whatever their language because `gaoxin.analyze` was run on them. */
  private readonly forced = new Set<string>();
  /** Per document, the last problem status announced, so each problem is shown once, not per keystroke. */
  private readonly announced = new Map<string, string>();
  private readonly shownMessages: string[] = [];
  private readonly merged = new WeakMap<WindowReport, { count: number; mentions: Mentions }>();

  constructor(
    private readonly context: vscode.ExtensionContext,
    ports: ParserPorts,
  ) {
    this.service = new AnalysisService(new ParserClient(ports.whole), new ParserClient(ports.windows));
    const reading = readConfig(vscode.workspace.getConfiguration('gaoxin'));
    this.current = reading.config;
    for (const problem of reading.problems) this.notify('warning', `Gaoxin: ${problem}`);
  }

  config(): GaoxinConfig {
    return this.current;
  }

  /** Wires events, providers and commands; every disposable goes to the context. */
  start(): void {
    const subs = this.context.subscriptions;
    subs.push(this.decorations, this.problems, this.summary, this.summary.register(), this.status, this.summaries, this.analyzed, this.log);
    subs.push({ dispose: () => this.debouncer.dispose() }, { dispose: () => this.service.dispose() });
    subs.push(vscode.workspace.registerTextDocumentContentProvider(SUMMARY_SCHEME, this.summaries));
    // Every scheme and language: whether a document is served depends on settings and on
    // `gaoxin.analyze`, both of which change at run time, so the provider decides per call.
    subs.push(vscode.languages.registerHoverProvider('*', new GaoxinHoverProvider(this, this.converter)));
    subs.push(this.service.onDidFinish((uri) => this.onFinished(uri)));

    for (const [id, handler] of Object.entries(createCommands(this))) {
      subs.push(vscode.commands.registerCommand(id, (...args: unknown[]) => this.runCommand(id, () => handler(...args))));
    }

    subs.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0 || !this.isServed(e.document)) return;
        const key = e.document.uri.toString();
        const delay = updateDelay(this.current.updateDelay, this.service.latest(e.document.uri));
        this.debouncer.schedule(key, delay, () => {
          void this.request(e.document);
          this.refreshDocument(e.document);
        });
        // A large document waits longer for its whole analysis; the part in view is analysed
        // again as soon as typing pauses, so what was just typed is highlighted.
        if (delay > this.current.updateDelay && documentLength(e.document) > LARGE_DOCUMENT) {
          this.debouncer.schedule(`${key}#window`, this.current.updateDelay, () => {
            for (const editor of vscode.window.visibleTextEditors) if (editor.document === e.document) this.requestVisibleWindow(editor);
          });
        }
      }),
      // A language change reopens the document under its new language id.
      vscode.workspace.onDidOpenTextDocument((d) => this.refreshDocument(d)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        const key = d.uri.toString();
        this.debouncer.cancel(key);
        this.debouncer.cancel(`${key}#window`);
        this.service.delete(d.uri);
        this.problems.delete(d.uri);
        this.forced.delete(key);
        this.announced.delete(key);
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        this.decorations.retain(editors);
        for (const editor of editors) this.refreshEditor(editor);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.onScroll(e.textEditor)),
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
    if (this.shownMessages.length > MAX_MESSAGES) this.shownMessages.splice(0, this.shownMessages.length - MAX_MESSAGES);
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

  private request(document: vscode.TextDocument): Promise<Analysis> {
    return this.service.analyze(document, this.optionsFor(document));
  }

  /** The finished analysis of a document's current version, undefined while there is none. */
  private currentOf(document: vscode.TextDocument): Analysis | undefined {
    return this.isServed(document) ? this.service.current(document, this.optionsFor(document)) : undefined;
  }

  async analysisFor(document: vscode.TextDocument): Promise<Analysis | undefined> {
    if (!this.isServed(document)) return undefined;
    return this.request(document);
  }

  serve(document: vscode.TextDocument): Promise<Analysis> {
    this.forced.add(document.uri.toString());
    // Announce again: the user asked for this document explicitly.
    this.announced.delete(document.uri.toString());
    const analysis = this.request(document);
    this.refreshDocument(document);
    return analysis;
  }

  async hoverBasis(document: vscode.TextDocument, offset: number, token: vscode.CancellationToken): Promise<HoverBasis | undefined> {
    if (!this.isServed(document)) return undefined;
    const options = this.optionsFor(document);
    const done = this.service.current(document, options);
    if (done) return done.status === 'ok' ? { report: done.report } : undefined;
    const version = document.version;
    if (documentLength(document) > LARGE_DOCUMENT) {
      // The whole document takes seconds: a window around the pointer answers now.
      if (!this.debouncer.has(document.uri.toString())) void this.request(document);
      const window = await this.service.window(document, options, offset, offset + 1);
      if (window && document.version === version) return { report: { ...window.report } };
    } else {
      const analysis = await this.request(document);
      if (token.isCancellationRequested) return undefined;
      if (analysis.status === 'ok' && document.version === version) return { report: analysis.report };
    }
    const latest = this.service.latest(document.uri);
    return latest?.status === 'ok' ? { report: latest.report, staleText: latest.report.text } : undefined;
  }

  async revealInSummary(uri: vscode.Uri, start: number, end: number): Promise<boolean> {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!document) return false;
    await this.analysisFor(document);
    if (this.summary.shownDocument !== document) {
      await vscode.window.showTextDocument(document, { preserveFocus: true, preview: false });
      this.refreshActive();
    }
    return this.summary.reveal(start, end);
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
    this.service.delete(uri);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (document) this.refreshDocument(document);
  }

  private onConfigChange(e: vscode.ConfigurationChangeEvent): void {
    if (!e.affectsConfiguration('gaoxin')) return;
    const reading = readConfig(vscode.workspace.getConfiguration('gaoxin'));
    this.current = reading.config;
    for (const problem of reading.problems) this.notify('warning', `Gaoxin: ${problem}`);
    if (e.affectsConfiguration('gaoxin.highlight')) this.decorations.rebuild();
    for (const d of vscode.workspace.textDocuments) if (!this.isServed(d)) this.problems.delete(d.uri);
    if (e.affectsConfiguration('gaoxin.referenceDate') || e.affectsConfiguration('gaoxin.maxDocumentSize')) {
      this.service.clear();
      this.announced.clear();
    }
    this.refreshAll();
  }

  private onFinished(key: string): void {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (!document) return;
    const done = this.currentOf(document);
    if (done) {
      this.problems.update(document, done);
      this.analyzed.fire(document.uri);
      this.log.info(
        done.status === 'ok'
          ? `${fileName(document.uri)} v${document.version}: ${plural(done.report.figures.length, 'figure')} in ${done.millis} ms`
          : `${fileName(document.uri)} v${document.version}: ${done.status}`,
      );
    }
    this.refreshDocument(document);
  }

  private onScroll(editor: vscode.TextEditor): void {
    this.decorations.scrolled(editor);
    const document = editor.document;
    if (!this.isServed(document) || this.currentOf(document) || documentLength(document) <= LARGE_DOCUMENT) return;
    this.requestVisibleWindow(editor);
  }

  private requestVisibleWindow(editor: vscode.TextEditor): void {
    const first = editor.visibleRanges[0];
    const last = editor.visibleRanges.at(-1);
    if (!first || !last) return;
    const document = editor.document;
    void this.service.window(document, this.optionsFor(document), document.offsetAt(first.start), document.offsetAt(last.end));
  }

  /** Re-shows one document everywhere it appears: its editors, and the summary and status bar if active. */
  private refreshDocument(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.refreshEditor(editor);
    const active = vscode.window.activeTextEditor?.document;
    if (active === document || this.summary.shownDocument === document) this.refreshActive();
  }

  private refreshEditor(editor: vscode.TextEditor): void {
    const document = editor.document;
    if (!this.isServed(document)) {
      this.decorations.clear(editor);
      return;
    }
    const done = this.currentOf(document);
    if (done) {
      this.decorations.apply(editor, done.status === 'ok' ? done.report : NOTHING, this.current.highlight);
      this.announce(document, done);
      return;
    }
    // Not analysed yet: start it (unless typing has not paused yet), and meanwhile show what
    // there is. Decorations of an earlier version stay (VS Code moves them with the edits); a
    // large document shows its windows.
    if (!this.debouncer.has(document.uri.toString())) void this.request(document);
    const windows = this.service.windowsOf(document);
    if (windows.length > 0) this.decorations.apply(editor, this.mergedWindows(windows), this.current.highlight);
    if (documentLength(document) > LARGE_DOCUMENT) this.requestVisibleWindow(editor);
  }

  private mergedWindows(windows: readonly WindowReport[]): Mentions {
    const newest = windows.at(-1);
    if (!newest) return NOTHING;
    const cached = this.merged.get(newest);
    if (cached && cached.count === windows.length) return cached.mentions;
    const mentions = mergeWindows(windows);
    this.merged.set(newest, { count: windows.length, mentions });
    return mentions;
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
    let document: vscode.TextDocument | undefined;
    if (!editor || IGNORED_SCHEMES.has(editor.document.uri.scheme)) {
      const shown = this.summary.shownDocument;
      document = shown && !shown.isClosed && this.isServed(shown) ? shown : undefined;
    } else {
      document = this.isServed(editor.document) ? editor.document : undefined;
    }
    const done = document ? this.currentOf(document) : undefined;
    const shown = done ?? (document ? this.service.latest(document.uri) : undefined);
    const pending = document !== undefined && done === undefined;
    this.summary.show(document, shown, pending);
    void vscode.commands.executeCommand('setContext', 'gaoxin.active', shown?.status === 'ok');
    this.status.show(document ? fileName(document.uri) : undefined, shown, pending);
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

  private async idle(): Promise<void> {
    do {
      await this.debouncer.idle();
      await this.service.idle();
    } while (this.debouncer.pending > 0);
  }

  /** The API `activate` returns; test hooks only under test. */
  api(): GaoxinApi {
    const api: GaoxinApi = {
      report: async (document) => {
        const analysis = await this.analysisFor(document);
        return analysis?.status === 'ok' ? analysis.report : undefined;
      },
      onDidAnalyze: this.analyzed.event,
    };
    if (this.context.extensionMode !== vscode.ExtensionMode.Test) return api;
    const testing: GaoxinTestHooks = {
      analysisFor: (d) => this.currentOf(d),
      windowsOf: (d) => this.service.windowsOf(d),
      decorationsOf: (e) => this.decorations.appliedTo(e),
      decorationGeneration: () => this.decorations.generation,
      summary: this.summary,
      statusBar: () => this.status.figures,
      referenceStatusBar: () => this.status.referenceDate,
      messages: () => [...this.shownMessages],
      parseCount: () => this.service.parseCount,
      idle: () => this.idle(),
    };
    return { ...api, testing };
  }
}

/**
 * Activates the extension (synchronously) with parse workers from `ports`: wires hovers,
 * highlights, the summary view, the status bar and the commands, and returns the API.
 *
 * @example
 * export const activate = (context) => activateWith(context, { whole: nodePorts(script), windows: nodePorts(script) });
 */
export function activateWith(context: vscode.ExtensionContext, ports: ParserPorts): GaoxinApi {
  const extension = new GaoxinExtension(context, ports);
  extension.start();
  return extension.api();
}
