import type { Figure } from '@gaoxin/core';
import * as vscode from 'vscode';
import { bytesLookBinary, binaryMessage, type Analysis } from '../analysis/analysis.js';
import { EXPORT_FORMATS, exportBytes, type ExportFormat } from '../export.js';
import { HIGHLIGHT_KINDS, highlightSetting, referenceDateProblem, type GaoxinConfig, type HighlightKind } from '../shared/config.js';
import { plainValue, plural } from '../shared/format.js';
import { fileName } from '../shared/names.js';
import { lineNumber, mentionsAt, toOffset, type SpanConverter } from '../shared/toVscode.js';
import type { SummaryDocuments } from '../summary/documents.js';
import { summaryMarkdown } from '../summary/markdown.js';
import type { SummaryNode } from '../summary/model.js';

/** A command handler: VS Code passes whatever the caller gave, so arguments are checked, not trusted. */
export type CommandHandler = (...args: unknown[]) => unknown;

/** What the commands need from the running extension. */
export interface CommandHost {
  config(): GaoxinConfig;
  converter: SpanConverter;
  /** The document commands act on: the active editor's, else the one the summary shows. */
  targetDocument(): vscode.TextDocument | undefined;
  /** Serves a document whatever its language (the `gaoxin.analyze` command) and analyses it. */
  serve(document: vscode.TextDocument): Promise<Analysis>;
  /** The finished analysis of a served document's current version, undefined for one that is not served. */
  analysisFor(document: vscode.TextDocument): Promise<Analysis | undefined>;
  /** Shows the figure at `[start, end)` of the document in the summary view; false when it is not there. */
  revealInSummary(uri: vscode.Uri, start: number, end: number): Promise<boolean>;
  /** The reference date set for a document with `gaoxin.setReferenceDate`, if any. */
  referenceDateOf(uri: vscode.Uri): string | undefined;
  /** Sets (or with undefined, clears) a document's reference date and re-analyses it. */
  setReferenceDate(uri: vscode.Uri, date: string | undefined): Promise<void>;
  /** Shows a message to the user (and records it for tests). */
  notify(severity: 'info' | 'warning' | 'error', message: string): void;
  /** The virtual documents that hold Markdown summaries. */
  summaries: SummaryDocuments;
}

/** What `gaoxin.analyze` returns: the outcome, for scripts and tests. */
export interface AnalyzeResult {
  status: Analysis['status'];
  figures?: number;
  dates?: number;
  entities?: number;
  message?: string;
}

function asUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string' && arg.includes(':')) return vscode.Uri.parse(arg);
  return undefined;
}

function asFigure(arg: unknown): Figure | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const node = arg as Partial<SummaryNode> & { figure?: unknown };
  const figure = node.figure as Partial<Figure> | undefined;
  return figure && typeof figure.value === 'number' && typeof figure.start === 'number' ? (figure as Figure) : undefined;
}

/** A hover action's argument: a document and a span, `{ uri, start, end }`. */
function asFigureRef(arg: unknown): { uri: vscode.Uri; start: number; end: number } | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const ref = arg as { uri?: unknown; start?: unknown; end?: unknown };
  const uri = asUri(ref.uri);
  return uri && typeof ref.start === 'number' && typeof ref.end === 'number' ? { uri, start: ref.start, end: ref.end } : undefined;
}

async function documentFor(arg: unknown, host: CommandHost): Promise<vscode.TextDocument | undefined> {
  const uri = asUri(arg);
  if (!uri) return host.targetDocument();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? vscode.workspace.openTextDocument(uri);
}

async function okAnalysis(
  document: vscode.TextDocument | undefined,
  host: CommandHost,
): Promise<{ document: vscode.TextDocument; analysis: Extract<Analysis, { status: 'ok' }> } | undefined> {
  if (!document) {
    host.notify('info', 'Gaoxin: open a report first.');
    return undefined;
  }
  const analysis = (await host.analysisFor(document)) ?? (await host.serve(document));
  if (analysis.status !== 'ok') {
    host.notify('warning', analysis.message);
    return undefined;
  }
  return { document, analysis };
}

/** The URI of the tab in front when it shows no text editor (a binary file opens in one). */
function activeTabUri(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  if (input instanceof vscode.TabInputText || input instanceof vscode.TabInputCustom) return input.uri;
  if (typeof input === 'object' && input !== null && 'uri' in input && input.uri instanceof vscode.Uri) return input.uri;
  return undefined;
}

async function analyze(host: CommandHost, arg: unknown): Promise<AnalyzeResult> {
  // With no text editor in front (a binary file shows a placeholder editor), the active tab says
  // which file the user means; the summary's document is the last resort.
  const uri = asUri(arg) ?? (vscode.window.activeTextEditor ? undefined : activeTabUri()) ?? host.targetDocument()?.uri;
  if (!uri) {
    host.notify('info', 'Gaoxin: open a file to analyse.');
    return { status: 'error', message: 'no file' };
  }
  let document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!document) {
    // A binary file is read as bytes first: VS Code refuses to open it as text, and the user
    // deserves a reason rather than that refusal.
    if (uri.scheme !== 'untitled') {
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (bytesLookBinary(bytes)) {
        const message = binaryMessage(fileName(uri));
        host.notify('warning', message);
        return { status: 'binary', message };
      }
    }
    document = await vscode.workspace.openTextDocument(uri);
  }
  const analysis = await host.serve(document);
  if (analysis.status !== 'ok') {
    host.notify('warning', analysis.message);
    return { status: analysis.status, message: analysis.message };
  }
  const { figures, dates, entities } = analysis.report;
  host.notify(
    'info',
    `Gaoxin: ${plural(figures.length, 'figure')}, ${plural(dates.length, 'date')}, ${plural(entities.length, 'entity', 'entities')} in ${fileName(uri)}.`,
  );
  return { status: 'ok', figures: figures.length, dates: dates.length, entities: entities.length };
}

async function showSummary(host: CommandHost, arg: unknown): Promise<{ uri: string; markdown: string } | undefined> {
  const found = await okAnalysis(await documentFor(arg, host), host);
  if (!found) return undefined;
  const { document, analysis } = found;
  const markdown = summaryMarkdown(analysis.report, fileName(document.uri), (offset) => lineNumber(document, offset));
  const uri = host.summaries.put(document.uri, markdown);
  try {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
  } catch {
    // Without the built-in Markdown extension (disabled, or a minimal host) the table is still readable as text.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { viewColumn: vscode.ViewColumn.Beside, preview: true });
  }
  return { uri: uri.toString(), markdown };
}

function sibling(uri: vscode.Uri, suffix: string): vscode.Uri {
  const base = fileName(uri).replace(/\.[^.]*$/, '');
  if (uri.scheme === 'untitled') {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder ? vscode.Uri.joinPath(folder, `${base}${suffix}`) : vscode.Uri.file(`/${base}${suffix}`);
  }
  return vscode.Uri.joinPath(uri, '..', `${base}${suffix}`);
}

async function exportFigures(host: CommandHost, format: ExportFormat, targetArg: unknown, sourceArg: unknown): Promise<string | undefined> {
  const found = await okAnalysis(await documentFor(sourceArg, host), host);
  if (!found) return undefined;
  const { document, analysis } = found;
  const target =
    asUri(targetArg) ??
    (await vscode.window.showSaveDialog({
      defaultUri: sibling(document.uri, `.figures.${EXPORT_FORMATS[format].extension}`),
      filters: { [EXPORT_FORMATS[format].label]: [EXPORT_FORMATS[format].extension] },
      saveLabel: `Export ${plural(analysis.report.figures.length, 'figure')}`,
    }));
  if (!target) return undefined;
  await vscode.workspace.fs.writeFile(target, await exportBytes(format, analysis.report, document.uri.toString()));
  host.notify('info', `Gaoxin: exported ${plural(analysis.report.figures.length, 'figure')} to ${fileName(target)}.`);
  return target.toString();
}

async function copyFigureValue(host: CommandHost, arg: unknown): Promise<string | undefined> {
  let figure = asFigure(arg);
  const ref = asFigureRef(arg);
  if (!figure && ref) {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === ref.uri.toString());
    const analysis = document ? await host.analysisFor(document) : undefined;
    if (analysis?.status === 'ok') figure = analysis.report.figures.find((f) => f.start === ref.start && f.end === ref.end);
  } else if (!figure) {
    const editor = vscode.window.activeTextEditor;
    const analysis = editor ? await host.analysisFor(editor.document) : undefined;
    if (editor && analysis?.status === 'ok') {
      figure = mentionsAt(analysis.report.figures, toOffset(editor.document, editor.selection.active), true)[0];
    }
  }
  if (!figure) {
    host.notify('info', 'Gaoxin: put the cursor on a figure, or use the summary view, to copy its value.');
    return undefined;
  }
  const value = plainValue(figure);
  await vscode.env.clipboard.writeText(value);
  host.notify('info', `Gaoxin: copied ${value} (${figure.text}).`);
  return value;
}

async function setReferenceDate(host: CommandHost, dateArg: unknown, uriArg: unknown): Promise<string | undefined> {
  const document = await documentFor(uriArg, host);
  if (!document) {
    host.notify('info', 'Gaoxin: open a report first.');
    return undefined;
  }
  let value = typeof dateArg === 'string' ? dateArg : undefined;
  if (value === undefined) {
    value = await vscode.window.showInputBox({
      title: `Reference date for ${fileName(document.uri)}`,
      prompt: "The day that 今年, 去年 and bare months resolve against. Leave empty for the report's own date (its dateline, else today).",
      placeHolder: 'YYYY-MM-DD',
      value: host.referenceDateOf(document.uri) ?? '',
      validateInput: referenceDateProblem,
    });
    if (value === undefined) return undefined;
  }
  const problem = referenceDateProblem(value);
  if (problem) {
    host.notify('warning', `Gaoxin: ${problem}`);
    return undefined;
  }
  await host.setReferenceDate(document.uri, value.trim() === '' ? undefined : value.trim());
  const analysis = await host.serve(document);
  return analysis.status === 'ok' ? analysis.report.referenceDate : undefined;
}

/** Writes a setting where its current value comes from, so a workspace value is not shadowing the change. */
async function updateSetting(key: string, value: boolean): Promise<void> {
  const settings = vscode.workspace.getConfiguration('gaoxin');
  const where = settings.inspect(key);
  const target =
    where?.workspaceFolderValue !== undefined
      ? vscode.ConfigurationTarget.WorkspaceFolder
      : where?.workspaceValue !== undefined
        ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
  await settings.update(key, value, target);
}

async function toggleKind(host: CommandHost, kind: HighlightKind): Promise<boolean> {
  const next = !host.config().highlight[kind];
  await updateSetting(highlightSetting(kind), next);
  return next;
}

async function toggleAll(host: CommandHost): Promise<Record<HighlightKind, boolean>> {
  // Any kind on turns all off; all off turns all on, so one keypress always clears the text.
  const next = !HIGHLIGHT_KINDS.some((k) => host.config().highlight[k]);
  for (const kind of HIGHLIGHT_KINDS) await updateSetting(highlightSetting(kind), next);
  return { figures: next, dates: next, entities: next };
}

async function revealFigure(host: CommandHost, uriArg: unknown, startArg: unknown, endArg: unknown): Promise<vscode.Range | undefined> {
  const document = await documentFor(uriArg, host);
  if (!document || typeof startArg !== 'number' || typeof endArg !== 'number') return undefined;
  const range = host.converter.toRange(document, { start: startArg, end: endArg });
  const editor = await vscode.window.showTextDocument(document, { selection: range, preserveFocus: false, preview: false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return range;
}

async function revealInSummary(host: CommandHost, arg: unknown): Promise<boolean> {
  const ref = asFigureRef(arg);
  if (!ref) return false;
  const shown = await host.revealInSummary(ref.uri, ref.start, ref.end);
  if (!shown) host.notify('info', 'Gaoxin: this figure is not in the summary view yet; try again once the analysis is done.');
  return shown;
}

/**
 * Every command of the extension, by id. The manifest's `contributes.commands` lists the same
 * ids (a unit test checks both ways). Handlers take optional arguments so scripts and tests can
 * run them without dialogs: `gaoxin.exportCsv(target?, source?)`, `gaoxin.setReferenceDate(date?, uri?)`.
 *
 * @example
 * for (const [id, handler] of Object.entries(createCommands(host))) vscode.commands.registerCommand(id, handler);
 */
export function createCommands(host: CommandHost) {
  return {
    'gaoxin.analyze': (uri?: unknown) => analyze(host, uri),
    'gaoxin.showSummary': (uri?: unknown) => showSummary(host, uri),
    'gaoxin.exportCsv': (target?: unknown, source?: unknown) => exportFigures(host, 'csv', target, source),
    'gaoxin.exportJson': (target?: unknown, source?: unknown) => exportFigures(host, 'json', target, source),
    'gaoxin.exportXlsx': (target?: unknown, source?: unknown) => exportFigures(host, 'xlsx', target, source),
    'gaoxin.copyFigureValue': (node?: unknown) => copyFigureValue(host, node),
    'gaoxin.setReferenceDate': (date?: unknown, uri?: unknown) => setReferenceDate(host, date, uri),
    'gaoxin.toggleHighlights': () => toggleAll(host),
    'gaoxin.toggleFigureHighlights': () => toggleKind(host, 'figures'),
    'gaoxin.toggleDateHighlights': () => toggleKind(host, 'dates'),
    'gaoxin.toggleEntityHighlights': () => toggleKind(host, 'entities'),
    'gaoxin.revealFigure': (uri?: unknown, start?: unknown, end?: unknown) => revealFigure(host, uri, start, end),
    'gaoxin.revealInSummary': (ref?: unknown) => revealInSummary(host, ref),
  } satisfies Record<string, CommandHandler>;
}

/** The ids of the extension's commands. */
export type CommandId = keyof ReturnType<typeof createCommands>;
