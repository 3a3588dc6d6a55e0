import { parseReport } from '../api/parseReport.js';
import { NotTextError, decodeBytes } from '../text/decodeBytes.js';
import { GaoxinOptionsError } from '../engine/options.js';
import type { FormatWriter } from './formats.js';
import type { FileOutcome, FileSettings, FormattedOutcome } from './io.js';
import { describeFsError } from './inputs.js';

/**
 * Reads, decodes and parses one report's bytes. Every failure becomes `{ ok: false }` with
 * one line; only a bug in the core would throw.
 *
 * @example
 * extractBytes('a.txt', bytes, { referenceDate: '2022-11-15', encoding: undefined, maxBytes: 64e6 });
 */
export function extractBytes(source: string, bytes: Uint8Array, settings: FileSettings): FileOutcome {
  if (bytes.length > settings.maxBytes) return tooLarge(source, bytes.length, settings.maxBytes);
  let decoded;
  try {
    decoded = decodeBytes(bytes, settings.encoding ? { encoding: settings.encoding } : {});
  } catch (error) {
    if (error instanceof NotTextError) return { ok: false, source, message: error.message };
    throw error;
  }
  try {
    const report = parseReport(decoded.text, {
      ...(settings.referenceDate === undefined ? {} : { referenceDate: settings.referenceDate }),
      ...(settings.region === undefined ? {} : { region: settings.region }),
      ...(settings.includeOrdinals ? { includeOrdinals: true } : {}),
    });
    return { ok: true, file: { source, encoding: decoded.encoding, ...report } };
  } catch (error) {
    if (error instanceof GaoxinOptionsError) return { ok: false, source, message: error.message.replace('Invalid referenceDate', 'invalid --reference-date') };
    throw error;
  }
}

/** Reads a file from disk (size checked before reading) and extracts it. */
export async function extractPath(
  path: string,
  settings: FileSettings,
  fs: { stat(p: string): Promise<{ size: number; isDirectory: boolean }>; readFile(p: string): Promise<Uint8Array> },
): Promise<FileOutcome> {
  try {
    const info = await fs.stat(path);
    if (info.isDirectory) return { ok: false, source: path, message: 'is a folder, not a file' };
    if (info.size > settings.maxBytes) return tooLarge(path, info.size, settings.maxBytes);
    return extractBytes(path, await fs.readFile(path), settings);
  } catch (error) {
    return { ok: false, source: path, message: describeFsError(error) };
  }
}

function tooLarge(source: string, size: number, max: number): FileOutcome {
  const mb = (n: number) => (n / 1_000_000).toFixed(1);
  return { ok: false, source, message: `too large (${mb(size)} MB; the limit is ${mb(max)} MB, raise it with --max-size)` };
}

/** An outcome as output text: where it is formatted (main thread or worker) does not change the bytes. */
export function formatted(outcome: FileOutcome, writer: FormatWriter): FormattedOutcome {
  if (!outcome.ok) return outcome;
  const done: FormattedOutcome = { ok: true, chunk: writer.file(outcome.file), figures: outcome.file.figures.length };
  // Relative dates (今年, 去年同期) were read against today: the user must know.
  if (outcome.file.referenceDateSource === 'today') {
    done.warning = `${outcome.file.source}: no publication date found, dates read against today (${outcome.file.referenceDate}); give one with --reference-date`;
  }
  return done;
}
