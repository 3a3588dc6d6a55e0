import { parseReport } from '../api/parseReport.js';
import { NotTextError, decodeBytes } from '../text/decodeBytes.js';
import { GaoxinOptionsError } from '../engine/options.js';
import type { FormatWriter } from './formats.js';
import { TooLargeError, type FileOutcome, type FileReader, type FileSettings, type FormattedOutcome } from './io.js';
import { describeFsError } from './inputs.js';
import { MAX_FILE_OUTPUT } from './limits.js';

/**
 * Reads, decodes and parses one report's bytes. Every failure becomes `{ ok: false }` with
 * one line, a bug in the core included: one bad file never stops a run.
 *
 * @example
 * extractBytes('a.txt', bytes, { referenceDate: '2022-11-15', encoding: undefined, maxBytes: 64e6, maxOutput: MAX_FILE_OUTPUT });
 */
export function extractBytes(source: string, bytes: Uint8Array, settings: FileSettings): FileOutcome {
  if (bytes.length > settings.maxBytes) return tooLarge(source, new TooLargeError(bytes.length, settings.maxBytes, bytes.length));
  let decoded;
  try {
    decoded = decodeBytes(bytes, settings.encoding ? { encoding: settings.encoding } : {});
  } catch (error) {
    if (error instanceof NotTextError) return { ok: false, source, message: error.message };
    return { ok: false, source, message: `could not be decoded (${oneLine(error)})` };
  }
  const warnings: string[] = [];
  if (decoded.replacements > 0) {
    const what = `${decoded.replacements} ${decoded.replacements === 1 ? 'byte sequence' : 'byte sequences'} not valid ${decoded.encoding}, replaced by U+FFFD`;
    warnings.push(decoded.detected ? what : `${what}; is --encoding ${decoded.encoding} right for this file?`);
  }
  try {
    const report = parseReport(decoded.text, {
      ...(settings.referenceDate === undefined ? {} : { referenceDate: settings.referenceDate }),
      ...(settings.region === undefined ? {} : { region: settings.region }),
      ...(settings.includeOrdinals ? { includeOrdinals: true } : {}),
    });
    return { ok: true, file: { source, encoding: decoded.encoding, ...report }, warnings };
  } catch (error) {
    if (error instanceof GaoxinOptionsError) return { ok: false, source, message: error.message.replace('Invalid referenceDate', 'invalid --reference-date') };
    return { ok: false, source, message: `could not be parsed (internal error: ${oneLine(error)})` };
  }
}

/** Reads a file (at most `maxBytes`, whatever kind of file it is) and extracts it. */
export async function extractPath(path: string, settings: FileSettings, fs: FileReader): Promise<FileOutcome> {
  let bytes;
  try {
    bytes = await fs.readFile(path, settings.maxBytes);
  } catch (error) {
    if (error instanceof TooLargeError) return tooLarge(path, error);
    return { ok: false, source: path, message: describeFsError(error) };
  }
  return extractBytes(path, bytes, settings);
}

/** The one line for input over `--max-size`. */
export function tooLarge(source: string, error: TooLargeError): FileOutcome & { ok: false } {
  const mb = (n: number) => (n / 1_000_000).toFixed(1);
  const size = error.knownSize === undefined ? `more than ${mb(error.limit)} MB read` : `${mb(error.knownSize)} MB`;
  return { ok: false, source, message: `too large (${size}; the limit is ${mb(error.limit)} MB, raise it with --max-size)` };
}

/**
 * An outcome as output text: where it is formatted (main thread or worker) does not change
 * the bytes. Output that cannot be made (over V8's string limit) or is over `maxOutput`
 * is that file's error line.
 */
export function formatted(outcome: FileOutcome, writer: FormatWriter, maxOutput = MAX_FILE_OUTPUT): FormattedOutcome {
  if (!outcome.ok) return outcome;
  const source = outcome.file.source;
  const over = `output too large (over ${maxOutput.toLocaleString('en')} characters for this file); not written`;
  let chunk;
  try {
    chunk = writer.file(outcome.file);
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, source, message: over };
    return { ok: false, source, message: `could not be formatted (internal error: ${oneLine(error)})` };
  }
  if (chunk.length > maxOutput) return { ok: false, source, message: over };
  const warnings = [...outcome.warnings];
  // Relative dates (今年, 去年同期) were read against today: the user must know.
  if (outcome.file.referenceDateSource === 'today') {
    warnings.push(`no publication date found, dates read against today (${outcome.file.referenceDate}); give one with --reference-date`);
  }
  return { ok: true, source, chunk, figures: outcome.file.figures.length, warnings };
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? text).slice(0, 200);
}
