import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ReportSheets } from '../output/sheets.js';
import type { OutputFile } from './io.js';

/**
 * The output of `--format xlsx`: each file's sheets arrive as a JSON line (made where the file
 * was parsed, perhaps a worker thread); on close the workbook is built and written to a
 * temporary file beside `path`, then renamed over it, so the target is replaced whole or not
 * at all by `commit`; `discard` (a failed or interrupted run) and a run that read no file
 * leave an existing target alone.
 *
 * @example
 * const sink = workbookSink('figures.xlsx');
 * await sink.write(formatWriter('xlsx', false).file(extracted));
 * await sink.commit();
 */
export function workbookSink(path: string): OutputFile {
  const parts: ReportSheets[] = [];
  return {
    atomic: true,
    write: async (chunk) => {
      const text = typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk);
      for (const line of text.split('\n')) if (line !== '') parts.push(JSON.parse(line) as ReportSheets);
    },
    discard: async () => {
      parts.length = 0;
    },
    commit: async () => {
      if (parts.length === 0) return;
      // exceljs loads only for a workbook: other formats start without it.
      const { sheetsToXlsx } = await import('../xlsx/workbook.js');
      const bytes = await sheetsToXlsx(parts);
      const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
      try {
        await writeFile(temp, bytes, { flag: 'wx' });
        await rename(temp, path);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
    },
  };
}
