import type { Report } from '@gaoxin/core';
import * as vscode from 'vscode';
import { HIGHLIGHT_KINDS, type GaoxinConfig, type HighlightKind } from '../shared/config.js';
import { mentionsWithin, type SpanConverter } from '../shared/toVscode.js';
import { highlightSpans, kindStyle, type RulerLane } from './styles.js';

const LANES: Readonly<Record<RulerLane, vscode.OverviewRulerLane>> = {
  left: vscode.OverviewRulerLane.Left,
  center: vscode.OverviewRulerLane.Center,
  right: vscode.OverviewRulerLane.Right,
};

/** The ranges decorated in an editor, per kind. */
export type AppliedDecorations = Readonly<Record<HighlightKind, readonly vscode.Range[]>>;

/** The mentions an editor shows: a whole report, or the windows of one analysed so far. */
export type Mentions = Pick<Report, 'figures' | 'dates' | 'entities'>;

/**
 * Above this many mentions of a kind, an editor gets only those near what it shows: every range
 * goes to the workbench in one message, and 60,000 of them hold up the extension host.
 */
export const DECORATE_ALL_LIMIT = 10_000;
/** Characters decorated beyond the visible ranges of a large document, either side. */
export const DECORATED_MARGIN = 30_000;

interface Source {
  mentions: Mentions;
  highlight: GaoxinConfig['highlight'];
  /** The offsets decorated when only part of the document is: re-applied once scrolling leaves them. */
  window?: { from: number; to: number };
}

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
  private readonly sources = new WeakMap<vscode.TextEditor, Source>();
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
        ...(style.background ? { backgroundColor: new vscode.ThemeColor(style.colors.background) } : {}),
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
   * Shows mentions in an editor, the enabled kinds only; a kind with very many is decorated only
   * near the visible ranges (see `scrolled`).
   *
   * @example
   * decorations.apply(editor, analysis.report, config.highlight);
   */
  apply(editor: vscode.TextEditor, mentions: Mentions, highlight: GaoxinConfig['highlight']): void {
    // Editors are refreshed on many events (focus, layout); re-sending thousands of ranges when
    // nothing changed would stall the workbench.
    const last = this.sources.get(editor);
    if (last && last.mentions === mentions && last.highlight === highlight && this.applied.has(editor)) return;
    const spans = highlightSpans(mentions, highlight);
    const large = HIGHLIGHT_KINDS.some((k) => spans[k].length > DECORATE_ALL_LIMIT);
    const window = large ? this.visibleWindow(editor) : undefined;
    this.sources.set(editor, { mentions, highlight, ...(window ? { window } : {}) });
    const result = {} as Record<HighlightKind, vscode.Range[]>;
    for (const kind of HIGHLIGHT_KINDS) {
      const list = window && spans[kind].length > DECORATE_ALL_LIMIT ? mentionsWithin(spans[kind], window.from, window.to) : spans[kind];
      result[kind] = this.converter.toRanges(editor.document, list);
      editor.setDecorations(this.types[kind], result[kind]);
    }
    this.applied.set(editor, result);
  }

  /** Re-decorates a large document's editor once its visible ranges leave what was decorated. */
  scrolled(editor: vscode.TextEditor): void {
    const source = this.sources.get(editor);
    if (!source?.window) return;
    const visible = this.visibleOffsets(editor);
    if (visible.from >= source.window.from && visible.to <= source.window.to) return;
    this.applied.delete(editor);
    this.apply(editor, source.mentions, source.highlight);
  }

  private visibleOffsets(editor: vscode.TextEditor): { from: number; to: number } {
    const ranges = editor.visibleRanges;
    const first = ranges[0];
    const lastRange = ranges.at(-1);
    if (!first || !lastRange) return { from: 0, to: 0 };
    return { from: editor.document.offsetAt(first.start), to: editor.document.offsetAt(lastRange.end) };
  }

  private visibleWindow(editor: vscode.TextEditor): { from: number; to: number } {
    const { from, to } = this.visibleOffsets(editor);
    return { from: Math.max(0, from - DECORATED_MARGIN), to: to + DECORATED_MARGIN };
  }

  /** Removes all highlights from an editor (its document is no longer served). */
  clear(editor: vscode.TextEditor): void {
    for (const kind of HIGHLIGHT_KINDS) editor.setDecorations(this.types[kind], []);
    this.applied.delete(editor);
    this.sources.delete(editor);
  }

  /** What an editor shows, for tests: VS Code has no API to read decorations back. */
  appliedTo(editor: vscode.TextEditor): AppliedDecorations {
    return this.applied.get(editor) ?? { figures: [], dates: [], entities: [] };
  }

  /** Whether an editor shows decorations of some analysis (even an empty one). */
  shows(editor: vscode.TextEditor): boolean {
    return this.applied.has(editor);
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
