import { parseReport, type ParseOptions, type Report } from '@gaoxin/core';
import { consistencyProblems } from '../../shared/problems.js';
import { CHUNK_ITEMS, REPORT_LISTS, type ChunkMessage, type FromWorker, type ParseRequest, type ReportList, type ToWorker } from '../protocol.js';

interface Held {
  chunks: Array<{ list: ReportList; items: unknown[] }>;
}

/**
 * A report of a window, with spans moved into the whole document's offsets. Articles are left
 * out (a window cuts them), and so is each figure's article index.
 */
function shiftWindow(report: Report, offset: number): Report {
  const shift = <T extends { start: number; end: number }>(m: T): T => ({ ...m, start: m.start + offset, end: m.end + offset });
  return {
    ...report,
    figures: report.figures.map((f) => {
      const moved = shift(f);
      delete moved.article;
      return moved;
    }),
    dates: report.dates.map(shift),
    entities: report.entities.map(shift),
    articles: [],
  };
}

function windowOptions(request: ParseRequest & { window: NonNullable<ParseRequest['window']> }): ParseOptions {
  if (request.referenceDate !== undefined) return { referenceDate: request.referenceDate };
  // The document's dateline stands at its start, outside most windows; the whole document would
  // take it from there, so the window does too.
  const head = parseReport(request.window.head);
  return head.referenceDateSource === 'dateline' ? { referenceDate: head.referenceDate } : {};
}

/**
 * The worker's side of the protocol, independent of the thread API: parses on `parse`, keeps the
 * result and hands it out a chunk per `next`. `post` sends a message to the host.
 *
 * @example
 * const handle = createParseJobs((m) => parentPort.postMessage(m));
 * parentPort.on('message', handle);
 */
export function createParseJobs(post: (message: FromWorker) => void): (message: ToWorker) => void {
  const held = new Map<number, Held>();
  return (message) => {
    if (message.type === 'drop') {
      held.delete(message.id);
      return;
    }
    if (message.type === 'next') {
      const job = held.get(message.id);
      const chunk = job?.chunks.shift();
      if (!job || !chunk) return;
      const index = REPORT_LISTS.indexOf(chunk.list);
      const out: ChunkMessage = { type: 'chunk', id: message.id, index, list: chunk.list, items: chunk.items };
      if (job.chunks.length === 0) held.delete(message.id);
      post(out);
      return;
    }
    // A new job means the host has moved on from every result still held.
    held.clear();
    const started = Date.now();
    let report: Report;
    try {
      if (message.window) {
        report = shiftWindow(parseReport(message.text, windowOptions({ ...message, window: message.window })), message.window.offset);
      } else {
        report = parseReport(message.text, message.referenceDate === undefined ? {} : { referenceDate: message.referenceDate });
      }
    } catch (error) {
      post({ type: 'failed', id: message.id, message: error instanceof Error ? error.message : String(error) });
      return;
    }
    const chunks: Held['chunks'] = [];
    for (const list of REPORT_LISTS) {
      const items: unknown[] = report[list];
      for (let i = 0; i < items.length; i += CHUNK_ITEMS) chunks.push({ list, items: items.slice(i, i + CHUNK_ITEMS) });
    }
    if (chunks.length > 0) held.set(message.id, { chunks });
    post({
      type: 'parsed',
      id: message.id,
      millis: Date.now() - started,
      head: { referenceDate: report.referenceDate, referenceDateSource: report.referenceDateSource, region: report.region },
      chunks: chunks.length,
      problems: message.window ? [] : consistencyProblems(report),
    });
  };
}
