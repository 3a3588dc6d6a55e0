/**
 * @gaoxin/core: figures, dates and entities of Chinese high-tech zone reports, as typed data.
 */
export { parseReport, safeParseReport } from './report/parseReport.js';
export type { SafeParseReportResult } from './report/parseReport.js';
export { extractFigures } from './figures/extractFigures.js';
export { extractNumbers } from './numbers/extractNumbers.js';
export { extractDates } from './dates/extractDates.js';
export { extractEntities } from './entities/extractEntities.js';
export { summarize } from './report/summarize.js';
export { summaryToMarkdown } from './output/summary.js';
export type { ReportSummary, ArticleSummary, SubjectSummary, MetricSummary } from './report/summarize.js';
export { checkConsistency } from './report/consistency.js';
export type { ConsistencyIssue } from './report/consistency.js';
export { GaoxinOptionsError } from './pipeline/settings.js';

export { SpanSchema, MentionSchema, IsoDaySchema } from './models/span.js';
export type { Span, Mention, IsoDay } from './models/span.js';
export { NumberMentionSchema, NumeralScriptSchema } from './models/numberMention.js';
export type { NumberMention, NumeralScript } from './models/numberMention.js';
export { FigureSchema, FigureKindSchema, ApproxSchema, AsOfSchema } from './models/figure.js';
export type { Figure, FigureKind, Approx, AsOf } from './models/figure.js';
export { DateMentionSchema, DateGrainSchema, DateComponentsSchema, DateModifierSchema } from './models/dateMention.js';
export type { DateMention, DateGrain, DateComponents, DateModifier } from './models/dateMention.js';
export { EntitySchema, EntityTypeSchema } from './models/entity.js';
export type { Entity, EntityType } from './models/entity.js';
export { ArticleSchema, AuthorSchema } from './models/article.js';
export type { Article, Author } from './models/article.js';
export { ReportSchema } from './models/report.js';
export type { Report, Region } from './models/report.js';
export { ParseOptionsSchema, ReferenceDateSchema } from './models/options.js';
export type { ParseOptions } from './models/options.js';
export { reportJsonSchema } from './models/jsonSchema.js';
export { decodeBytes, NotTextError, TEXT_ENCODINGS } from './text/decodeBytes.js';
export type { DecodedText, TextEncodingName } from './text/decodeBytes.js';
export { ExtractedFileSchema } from './models/extractedFile.js';
export type { ExtractedFile } from './models/extractedFile.js';
export { extractedFileJsonSchema } from './models/jsonSchema.js';
export { toMarkdown, toHTML } from './output/render.js';
export { escapeMarkdown } from './output/markdown.js';
export { escapeHtml } from './output/html.js';
export { csvField, guardFormula } from './output/csv.js';
export type { CsvValue } from './output/csv.js';
export { figuresCsvHeader, figuresCsvRows, figuresToCsv } from './output/figuresCsv.js';
export { FIGURE_COLUMNS, DATE_COLUMNS, ENTITY_COLUMNS, figureRows } from './output/columns.js';
export type { Column, ColumnType, Cell, FigureRow, DateRow, EntityRow } from './output/columns.js';
export { formatNumber, figureValueText, plainDecimal, periodText, asOfText } from './output/values.js';
export { sentenceAround } from './output/sentence.js';
