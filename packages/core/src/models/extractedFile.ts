import { z } from 'zod';
import { ReportSchema } from './report.js';

/**
 * One report file as `gaoxin extract` writes it: where it came from, the encoding its
 * bytes were decoded with (spans are into the decoded text), and the Report.
 */
export const ExtractedFileSchema = z.object({
  source: z.string(),
  encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'utf-32le', 'utf-32be', 'gb18030', 'big5']),
  ...ReportSchema.shape,
});
export type ExtractedFile = z.infer<typeof ExtractedFileSchema>;
