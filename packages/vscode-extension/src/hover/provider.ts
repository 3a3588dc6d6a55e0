import * as vscode from 'vscode';
import { toOffset, type SpanConverter } from '../shared/toVscode.js';
import { hoverCards, HOVER_COMMANDS, renderCard, type HoverCard, type HoverReport } from './cards.js';

/** The report a hover answers from, and the text it was made from when that is an older version. */
export interface HoverBasis {
  report: HoverReport;
  /** Set for the last finished analysis of an earlier version: a mention is shown only if its text is unchanged. */
  staleText?: string;
}

/** What the hover provider needs from the extension. */
export interface HoverSource {
  /**
   * The report to answer a hover at `offset` from: the current analysis, a window of a large
   * document being analysed, or the last finished analysis; undefined for a document not served.
   */
  hoverBasis(document: vscode.TextDocument, offset: number, token: vscode.CancellationToken): Promise<HoverBasis | undefined>;
}

/**
 * Turns a card into a MarkdownString. Document text goes in through `appendText` only, no HTML
 * is rendered, and the only command links that work are the extension's own hover actions,
 * whose arguments are a URI and offsets.
 *
 * @example
 * toMarkdown(figureCard(report, figure, uri)).value; // '**Figure · money**  约20\\.8亿元 …'
 */
export function toMarkdown(card: HoverCard): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.supportHtml = false;
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  renderCard(card, md);
  return md;
}

/** Hovers on figures, dates and entities of the documents the extension serves. */
export class GaoxinHoverProvider implements vscode.HoverProvider {
  /**
   * @param source gives the report to answer from.
   * @param converter turns the mention's span into the hover's range.
   */
  constructor(
    private readonly source: HoverSource,
    private readonly converter: SpanConverter,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const offset = toOffset(document, position);
    const basis = await this.source.hoverBasis(document, offset, token);
    if (!basis || token.isCancellationRequested) return undefined;
    const found = hoverCards(basis.report, offset, document.uri.toString());
    if (!found) return undefined;
    const range = this.converter.toRange(document, found);
    // Offsets of an older version are right only where the text has not moved.
    if (basis.staleText !== undefined && document.getText(range) !== basis.staleText.slice(found.start, found.end)) return undefined;
    return new vscode.Hover(found.cards.map(toMarkdown), range);
  }
}
