import { attachAsOf } from '../attribution/attachAsOf.js';
import { findDateline, findDates } from '../dates/findDates.js';
import { findEntities } from '../entities/extractEntities.js';
import { assembleFigures } from '../figures/assembleFigures.js';
import type { Article } from '../models/article.js';
import type { DateMention } from '../models/dateMention.js';
import type { Entity } from '../models/entity.js';
import type { Figure } from '../models/figure.js';
import type { ParseOptions } from '../models/options.js';
import type { Report } from '../models/report.js';
import { findArticles } from '../report/articles.js';
import { attributeFigures } from '../attribution/attribute.js';
import { createContext, type ExtractionContext } from './context.js';
import { GaoxinOptionsError, hasFourDigitYears, resolveOptions } from './settings.js';
import { overlaps } from './spans.js';

/** What one run of the pipeline produces, before it is assembled into a `Report`. */
export interface PipelineResult {
  context: ExtractionContext;
  referenceDateSource: Report['referenceDateSource'];
  figures: Figure[];
  dates: DateMention[];
  entities: Entity[];
  articles: Article[];
}

/**
 * The one pipeline: normalise → find mentions → resolve values → attribute → assemble.
 * Every public function runs it, so figures never disagree with the report they are part of.
 */
export function runPipeline(source: string, options: ParseOptions | undefined, now: () => Date = () => new Date()): PipelineResult {
  if (typeof source !== 'string') throw new GaoxinOptionsError(`Invalid text: expected a string, got ${source === null ? 'null' : typeof source}`);
  const resolved = resolveOptions(options);
  let referenceDateSource: Report['referenceDateSource'] = 'option';
  let referenceDate = resolved.referenceDate;
  if (!referenceDate) {
    referenceDate = findDateline(source);
    referenceDateSource = referenceDate ? 'dateline' : 'today';
  }
  if (!referenceDate) {
    const today = now();
    referenceDate = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  }
  const context = createContext(source, {
    referenceDate,
    region: resolved.region,
    includeOrdinals: resolved.includeOrdinals,
  });
  const dates = findDates(context).filter(hasFourDigitYears);
  const figures = attachAsOf(context, withoutDates(assembleFigures(context), dates), dates);
  const entities = findEntities(context);
  const articles = findArticles(context, entities);
  return { context, referenceDateSource, figures: attributeFigures(context, figures, entities, articles), dates, entities, articles };
}

/** A figure that overlaps a date is the date's digits (2022年, 3月): the date wins. Both lists are sorted. */
function withoutDates(figures: Figure[], dates: DateMention[]): Figure[] {
  if (dates.length === 0) return figures;
  const out: Figure[] = [];
  let j = 0;
  for (const f of figures) {
    while (j < dates.length && dates[j]!.end <= f.start) j++;
    const d = dates[j];
    if (d && d.grain !== 'vague' && overlaps(d, f)) continue;
    out.push(f);
  }
  return out;
}
