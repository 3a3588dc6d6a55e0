import { afterEach, describe, expect, it } from 'vitest';
import { ParserClient } from '../../src/analysis/parserClient.js';
import type { FromWorker, ToWorker } from '../../src/analysis/protocol.js';
import { webPorts } from '../../src/analysis/webPort.js';
import { createParseJobs } from '../../src/analysis/worker/parseJobs.js';

const TEXT = '2024年10月28日\n园区已建成研发平台312个。';
const g = globalThis as Record<string, unknown>;
const saved = { Worker: g.Worker, fetch: g.fetch, Blob: g.Blob, createObjectURL: URL.createObjectURL };

afterEach(() => {
  g.Worker = saved.Worker;
  g.fetch = saved.fetch;
  g.Blob = saved.Blob;
  URL.createObjectURL = saved.createObjectURL;
});

/** A Web Worker stand-in that runs the real worker logic a macrotask later, and records its script URLs. */
function fakeWorkers(refuse: (url: string) => boolean) {
  const urls: string[] = [];
  class FakeWorker {
    private readonly listeners: Array<(event: { data: FromWorker }) => void> = [];
    private readonly handle = createParseJobs((data) => setTimeout(() => this.listeners.forEach((l) => l({ data })), 0));
    constructor(url: string) {
      if (refuse(url)) throw new Error('SecurityError: cross-origin worker script');
      urls.push(url);
    }
    postMessage(message: ToWorker): void {
      setTimeout(() => this.handle(message), 0);
    }
    addEventListener(type: string, listener: (event: { data: FromWorker }) => void): void {
      if (type === 'message') this.listeners.push(listener);
    }
    terminate(): void {}
  }
  return { FakeWorker, urls };
}

describe('webPorts', () => {
  it('parses on the host thread where there is no Worker', async () => {
    g.Worker = undefined;
    const { report } = await new ParserClient(webPorts('https://cdn.example/worker.js')).run({ text: TEXT, referenceDate: undefined }).promise;
    expect(report.figures.map((f) => f.text)).toEqual(['312个']);
  });

  it('starts a Web Worker from the script URL', async () => {
    const { FakeWorker, urls } = fakeWorkers(() => false);
    g.Worker = FakeWorker;
    const { report } = await new ParserClient(webPorts('https://cdn.example/worker.js')).run({ text: TEXT, referenceDate: undefined }).promise;
    expect(urls).toEqual(['https://cdn.example/worker.js']);
    expect(report.referenceDate).toBe('2024-10-28');
  });

  it('runs a cross-origin script from a blob URL, holding messages until the worker is up', async () => {
    const { FakeWorker, urls } = fakeWorkers((url) => url.startsWith('https:'));
    g.Worker = FakeWorker;
    g.fetch = async (url: string) => ({ ok: true, status: 200, text: async () => `// script of ${url}` });
    g.Blob = class {
      constructor(readonly parts: string[]) {}
    };
    URL.createObjectURL = () => 'blob:gaoxin/1';
    const { report } = await new ParserClient(webPorts('https://cdn.example/worker.js')).run({ text: TEXT, referenceDate: undefined }).promise;
    expect(urls).toEqual(['blob:gaoxin/1']);
    expect(report.figures).toHaveLength(1);
  });
});
