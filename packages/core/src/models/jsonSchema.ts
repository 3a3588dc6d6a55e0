import { z } from 'zod';
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
