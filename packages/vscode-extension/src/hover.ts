import * as vscode from 'vscode';
import type { Analysis } from './analysisCache.js';
import { hoverCards, renderCard, type HoverCard } from './hoverText.js';
import { toOffset, type SpanConverter } from './toVscode.js';

/** What the hover provider needs from the extension: the analysis of a served document. */
export interface HoverSource {
  /** The analysis of the document, or undefined when the extension does not serve it. */
  analysisFor(document: vscode.TextDocument): Analysis | undefined;
}

/**
 * Turns a card into a MarkdownString: document text goes in through `appendText` only.
 *
 * @example
 * toMarkdown(figureCard(report, figure)).value; // '**Figure · money**  约20\\.8亿元 …'
 */
export function toMarkdown(card: HoverCard): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  // Neither HTML nor command links: the string holds report text, so nothing in it may act.
  md.supportHtml = false;
  md.isTrusted = false;
  renderCard(card, md);
  return md;
}

/** Hovers on figures, dates and entities of the documents the extension serves. */
export class GaoxinHoverProvider implements vscode.HoverProvider {
  /**
   * @param source gives the (cached) analysis of a document.
   * @param converter turns the mention's span into the hover's range.
   */
  constructor(
    private readonly source: HoverSource,
    private readonly converter: SpanConverter,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const found = hoverCards(this.source.analysisFor(document), toOffset(document, position));
    if (!found) return undefined;
    return new vscode.Hover(found.cards.map(toMarkdown), this.converter.toRange(document, found));
  }
}
