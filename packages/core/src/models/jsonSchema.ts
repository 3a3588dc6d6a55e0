import { z } from 'zod';
import { ExtractedFileSchema } from './extractedFile.js';
import { ReportSchema } from './report.js';

/**
 * The JSON Schema (draft 2020-12) of a `Report` as JSON, generated from the zod models.
 * The package also ships it as `@gaoxin/core/report.schema.json`.
 *
 * @example
 * const schema = reportJsonSchema();
 * schema.title; // 'Gaoxin Report'
 */
export function reportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ReportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { ...schema, title: 'Gaoxin Report', description: 'Figures, dates, entities and articles read from one report page by @gaoxin/core.' };
}

/**
 * The JSON Schema of one file of `gaoxin extract` output: a Report with its `source` and `encoding`.
 *
 * @example
 * extractedFileJsonSchema().required; // ['source', 'encoding', 'text', …]
 */
export function extractedFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ExtractedFileSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { ...schema, title: 'Gaoxin extracted file', description: 'One report file read by `gaoxin extract`: its source, encoding and Report.' };
}
