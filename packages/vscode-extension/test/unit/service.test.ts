import { describe, expect, it } from 'vitest';
import type { AnalysisOptions } from '../../src/analysis/analysis.js';
import { CancelledError, ParserClient } from '../../src/analysis/parserClient.js';
import { inlinePort } from '../../src/analysis/inlinePort.js';
import type { PortFactory } from '../../src/analysis/parserPort.js';
import { CHUNK_ITEMS, type FromWorker, type ToWorker } from '../../src/analysis/protocol.js';
import { AnalysisService, LARGE_DOCUMENT } from '../../src/analysis/service.js';

const options: AnalysisOptions = { referenceDate: '2022-11-15', maxDocumentSize: 10_000_000, name: 'r.txt' };
const PAGE = '科技日报　2024年10月28日\n\n临江高新区今年前三季度实现地区生产总值约486.2亿元，同比增长8.7%。园区已建成研发平台312个。\n';

function doc(text: string, version = 1, uri = 'file:///r.txt') {
  return { uri: { toString: () => uri }, version, getText: () => text };
}

/** An inline port that records what the host sent, to see the chunked protocol at work. */
function recording(): { factory: PortFactory; sent: ToWorker[]; received: FromWorker[]; started: () => number } {
  const sent: ToWorker[] = [];
  const received: FromWorker[] = [];
  let starts = 0;
  const factory: PortFactory = () => {
    starts++;
    const port = inlinePort();
    return {
      post: (m) => {
        sent.push(m);
        port.post(m);
      },
      listen: (onMessage, onError) =>
        port.listen((m) => {
          received.push(m);
          onMessage(m);
        }, onError),
      terminate: () => port.terminate(),
    };
  };
  return { factory, sent, received, started: () => starts };
}

describe('ParserClient', () => {
  it('parses through the worker protocol and rebuilds the report', async () => {
    const client = new ParserClient(inlinePort);
    const { report } = await client.run({ text: PAGE, referenceDate: undefined }).promise;
    expect(report.text).toBe(PAGE);
    expect(report.referenceDateSource).toBe('dateline');
    expect(report.figures.map((f) => f.text)).toEqual(expect.arrayContaining(['约486.2亿元', '8.7%', '312个']));
  });

  it('pulls a large report a chunk at a time', async () => {
    const r = recording();
    const client = new ParserClient(r.factory);
    const text = PAGE.repeat(Math.ceil((CHUNK_ITEMS * 2) / 3));
    const { report } = await client.run({ text, referenceDate: undefined }).promise;
    const chunks = r.received.filter((m) => m.type === 'chunk');
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks) expect(c.type === 'chunk' && c.items.length).toBeLessThanOrEqual(CHUNK_ITEMS);
    expect(r.sent.filter((m) => m.type === 'next')).toHaveLength(chunks.length);
    expect(report.figures.length).toBeGreaterThan(CHUNK_ITEMS);
  });

  it('cancels a running job by replacing its worker', async () => {
    const r = recording();
    const client = new ParserClient(r.factory);
    const first = client.run({ text: PAGE, referenceDate: undefined });
    const second = client.run({ text: PAGE, referenceDate: '2020-01-01' });
    client.cancel(first.id);
    await expect(first.promise).rejects.toBeInstanceOf(CancelledError);
    expect((await second.promise).report.referenceDate).toBe('2020-01-01');
    expect(r.started()).toBe(2);
  });

  it('drops a queued job without starting it', async () => {
    const r = recording();
    const client = new ParserClient(r.factory);
    const first = client.run({ text: PAGE, referenceDate: undefined });
    const second = client.run({ text: PAGE, referenceDate: undefined });
    client.cancel(second.id);
    await expect(second.promise).rejects.toBeInstanceOf(CancelledError);
    await first.promise;
    expect(r.sent.filter((m) => m.type === 'parse')).toHaveLength(1);
  });

  it('moves a window into the document and takes the date from its head', async () => {
    const client = new ParserClient(inlinePort);
    const text = `${PAGE}${'。'.repeat(50)}今年新增企业36家。\n`;
    const offset = PAGE.length + 50;
    const { report } = await client.run({ text: text.slice(offset), referenceDate: undefined, window: { offset, head: text.slice(0, 200) } }).promise;
    const figure = report.figures.find((f) => f.text === '36家');
    expect(figure && text.slice(figure.start, figure.end)).toBe('36家');
    expect(report.referenceDate).toBe('2024-10-28');
    expect(report.articles).toEqual([]);
  });
});

describe('AnalysisService', () => {
  const service = () => new AnalysisService(new ParserClient(inlinePort), new ParserClient(inlinePort));

  it('analyses a version once and keeps it', async () => {
    const s = service();
    const a = await s.analyze(doc(PAGE), options);
    expect(a.status).toBe('ok');
    expect(await s.analyze(doc(PAGE), options)).toBe(a);
    expect(s.current(doc(PAGE), options)).toBe(a);
    expect(s.parseCount).toBe(1);
  });

  it('gives whoever waited for a stale version the newer analysis', async () => {
    const s = service();
    const stale = s.analyze(doc(PAGE, 1), options);
    const fresh = s.analyze(doc(`${PAGE}新增企业36家。`, 2), options);
    const [a, b] = await Promise.all([stale, fresh]);
    expect(a).toBe(b);
    expect(a.status === 'ok' && a.report.figures.some((f) => f.text === '36家')).toBe(true);
    expect(s.current(doc('', 1), options)).toBeUndefined();
  });

  it('serves the last finished analysis while the next runs', async () => {
    const s = service();
    const first = await s.analyze(doc(PAGE, 1), options);
    const next = s.analyze(doc(PAGE, 2), options);
    expect(s.latest({ toString: () => 'file:///r.txt' })).toBe(first);
    expect(s.isRunning(doc(PAGE, 2))).toBe(true);
    await next;
  });

  it('refuses without a worker what is too large or binary', async () => {
    const s = service();
    expect((await s.analyze(doc('\u0000\u0001'), options)).status).toBe('binary');
    expect((await s.analyze(doc(PAGE, 2), { ...options, maxDocumentSize: 10 })).status).toBe('tooLarge');
    expect(s.parseCount).toBe(0);
  });

  it('analyses a window of a large document, and reuses it for offsets inside', async () => {
    const s = service();
    const text = PAGE.repeat(Math.ceil((LARGE_DOCUMENT * 1.5) / PAGE.length));
    const d = doc(text);
    const at = text.length - 100;
    const window = await s.window(d, options, at, at + 1);
    expect(window && window.start <= at && window.end >= at + 1).toBe(true);
    expect(window?.report.figures.every((f) => text.slice(f.start, f.end) === f.text)).toBe(true);
    expect(await s.window(d, options, at - 10, at - 9)).toBe(window);
    expect(s.windowsOf(d)).toEqual([window]);
  });

  it('analyses no window of a small document', async () => expect(await service().window(doc(PAGE), options, 0, 1)).toBeUndefined());

  it('tells listeners when an analysis finishes', async () => {
    const s = service();
    const heard: string[] = [];
    s.onDidFinish((uri) => heard.push(uri));
    await s.analyze(doc(PAGE), options);
    expect(heard).toEqual(['file:///r.txt']);
  });
});

describe('mergeWindows', () => {
  it('lists a mention that two windows share once, in order', async () => {
    const { mergeWindows } = await import('../../src/analysis/windows.js');
    const s = new AnalysisService(new ParserClient(inlinePort), new ParserClient(inlinePort));
    const text = PAGE.repeat(Math.ceil((LARGE_DOCUMENT * 1.2) / PAGE.length));
    const d = doc(text);
    const middle = Math.floor(text.length / 2);
    await s.window(d, options, middle, middle + 1);
    await s.window(d, options, middle + 9000, middle + 9001);
    const windows = s.windowsOf(d);
    expect(windows).toHaveLength(2);
    const merged = mergeWindows(windows);
    const starts = merged.figures.map((f) => f.start);
    expect(new Set(starts).size).toBe(starts.length);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(merged.figures.length).toBeLessThan(windows.reduce((n, w) => n + w.report.figures.length, 0));
  });
});
