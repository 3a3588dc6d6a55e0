import * as vscode from 'vscode';
import type { Analysis } from './analysisCache.js';
import { HIGHLIGHT_KINDS, type GaoxinConfig, type HighlightKind } from './config.js';
import { highlightSpans, kindStyle, type RulerLane } from './decorationStyles.js';
import type { SpanConverter } from './toVscode.js';

const LANES: Readonly<Record<RulerLane, vscode.OverviewRulerLane>> = {
  left: vscode.OverviewRulerLane.Left,
  center: vscode.OverviewRulerLane.Center,
  right: vscode.OverviewRulerLane.Right,
};

/** The ranges decorated in an editor, per kind. */
export type AppliedDecorations = Readonly<Record<HighlightKind, readonly vscode.Range[]>>;

function isHighContrast(kind: vscode.ColorThemeKind): boolean {
  return kind === vscode.ColorThemeKind.HighContrast || kind === vscode.ColorThemeKind.HighContrastLight;
}

/**
 * The highlight decoration types (one per kind) and what each editor shows. Types are created
 * once and rebuilt only by `rebuild()` on a settings or theme change: creating a type per update
 * would leak types and make VS Code re-render every editor.
 */
export class Decorations implements vscode.Disposable {
  private types: Record<HighlightKind, vscode.TextEditorDecorationType>;
  private highContrast: boolean;
  private readonly applied = new Map<vscode.TextEditor, AppliedDecorations>();
  /** What each editor's decorations were made from; the config's `highlight` object is replaced on every settings change. */
  private readonly sources = new WeakMap<vscode.TextEditor, { analysis: Analysis | undefined; highlight: GaoxinConfig['highlight'] }>();
  /** How many times the types were built: 1 after construction, +1 per rebuild (tests check edits do not rebuild). */
  generation = 0;

  /** @param converter turns the core's spans into ranges. */
  constructor(private readonly converter: SpanConverter) {
    this.highContrast = isHighContrast(vscode.window.activeColorTheme.kind);
    this.types = this.createTypes();
  }

  private createTypes(): Record<HighlightKind, vscode.TextEditorDecorationType> {
    this.generation++;
    const types = {} as Record<HighlightKind, vscode.TextEditorDecorationType>;
    for (const kind of HIGHLIGHT_KINDS) {
      const style = kindStyle(kind, this.highContrast);
      types[kind] = vscode.window.createTextEditorDecorationType({
        backgroundColor: new vscode.ThemeColor(style.colors.background),
        borderColor: new vscode.ThemeColor(style.colors.border),
        borderWidth: style.borderWidth,
        borderStyle: style.borderStyle,
        borderRadius: style.borderRadius,
        overviewRulerColor: new vscode.ThemeColor(style.colors.ruler),
        overviewRulerLane: LANES[style.lane],
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      });
    }
    return types;
  }

  /**
   * Disposes the types and creates them anew (the old ones' decorations vanish with them);
   * callers then `apply` to every visible editor.
   */
  rebuild(): void {
    this.highContrast = isHighContrast(vscode.window.activeColorTheme.kind);
    for (const type of Object.values(this.types)) type.dispose();
    this.applied.clear();
    this.types = this.createTypes();
  }

  /** Whether the theme moved between high contrast and the rest, which changes the types' look. */
  themeNeedsRebuild(theme: vscode.ColorTheme): boolean {
    return isHighContrast(theme.kind) !== this.highContrast;
  }

  /**
   * Shows an analysis in an editor: the enabled kinds' mentions, nothing for a failed analysis.
   *
   * @example
   * decorations.apply(editor, cache.analyze(editor.document, options), config);
   */
  apply(editor: vscode.TextEditor, analysis: Analysis | undefined, config: GaoxinConfig): void {
    // Editors are refreshed on many events (focus, layout); re-sending 20,000 ranges of a large
    // report when nothing changed would stall the workbench.
    const last = this.sources.get(editor);
    if (last && last.analysis === analysis && last.highlight === config.highlight && this.applied.has(editor)) return;
    this.sources.set(editor, { analysis, highlight: config.highlight });
    const spans =
      analysis?.status === 'ok' ? highlightSpans(analysis.report, config.highlight) : { figures: [], dates: [], entities: [] };
    const result = {} as Record<HighlightKind, vscode.Range[]>;
    for (const kind of HIGHLIGHT_KINDS) {
      result[kind] = this.converter.toRanges(editor.document, spans[kind]);
      editor.setDecorations(this.types[kind], result[kind]);
    }
    this.applied.set(editor, result);
  }

  /** Removes all highlights from an editor (its document is no longer served). */
  clear(editor: vscode.TextEditor): void {
    for (const kind of HIGHLIGHT_KINDS) editor.setDecorations(this.types[kind], []);
    this.applied.delete(editor);
  }

  /** What an editor shows, for tests: VS Code has no API to read decorations back. */
  appliedTo(editor: vscode.TextEditor): AppliedDecorations {
    return this.applied.get(editor) ?? { figures: [], dates: [], entities: [] };
  }

  /** Forgets editors that are no longer visible. */
  retain(visible: readonly vscode.TextEditor[]): void {
    for (const editor of [...this.applied.keys()]) if (!visible.includes(editor)) this.applied.delete(editor);
  }

  dispose(): void {
    for (const type of Object.values(this.types)) type.dispose();
    this.applied.clear();
  }
}
