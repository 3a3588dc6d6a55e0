import { z } from 'zod';
import { TextEncodingSchema } from './enums.js';
import { ReportSchema } from './report.js';

/**
 * One report file as `gaoxin extract` writes it: where it came from, the encoding its
 * bytes were decoded with (spans are into the decoded text), and the Report.
 */
export const ExtractedFileSchema = z.object({
  source: z.string(),
  encoding: TextEncodingSchema,
  ...ReportSchema.shape,
});
export type ExtractedFile = z.infer<typeof ExtractedFileSchema>;
