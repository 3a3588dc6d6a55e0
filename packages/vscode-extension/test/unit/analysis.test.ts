import { parseReport } from '@gaoxin/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeText, bytesLookBinary, looksBinary, refusal, updateDelay, type AnalysisOptions } from '../../src/analysis/analysis.js';
import { Debouncer } from '../../src/analysis/debouncer.js';

const options: AnalysisOptions = { referenceDate: '2022-11-15', maxDocumentSize: 1000, name: 'r.txt' };

describe('looksBinary', () => {
  it.each([
    ['Chinese text', '临江高新区建成研发平台312个。\n', false],
    ['an empty text', '', false],
    ['tabs and CRLF', 'a\tb\r\nc\f', false],
    ['a NUL character', 'PNG\u0000\u0001', true],
    ['replacement characters', '\ufffd\ufffd\ufffdab', true],
  ])('%s', (_name, text, expected) => expect(looksBinary(text)).toBe(expected));
});

describe('bytesLookBinary', () => {
  it('spots a PNG header', () => expect(bytesLookBinary(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe(true));
  it('reads UTF-8 Chinese as text', () => expect(bytesLookBinary(new TextEncoder().encode('总投资约20.8亿元'))).toBe(false));
  it('reads UTF-16 with a byte order mark as text', () => expect(bytesLookBinary(new Uint8Array([0xff, 0xfe, 0x3b, 0x60, 0x31, 0x00]))).toBe(false));
  it('reads an empty file as text', () => expect(bytesLookBinary(new Uint8Array())).toBe(false));
});

describe('analyzeText', () => {
  it('parses a report', () => {
    const a = analyzeText('总投资约20.8亿元', options);
    expect(a.status === 'ok' && a.report.figures[0]?.value).toBe(2080000000);
  });
  it('parses an empty document to an empty report', () => {
    const a = analyzeText('', options);
    expect(a.status === 'ok' && a.report.figures).toEqual([]);
  });
  it('refuses a document above the limit with a message naming the setting', () => {
    const a = analyzeText('一'.repeat(1001), options);
    expect(a.status).toBe('tooLarge');
    expect(a.status === 'tooLarge' && a.message).toBe(
      'Gaoxin: r.txt has 1,001 characters, more than the limit of 1,000 (setting gaoxin.maxDocumentSize); it was not analysed.',
    );
  });
  it('refuses binary text with a message', () => {
    const a = analyzeText('\u0000\u0001\u0002', options);
    expect(a.status === 'binary' && a.message).toBe('Gaoxin: r.txt looks like a binary file; only text reports can be analysed.');
  });
  it('passes the reference date to the core', () => {
    const a = analyzeText('今年', options);
    expect(a.status === 'ok' && a.report.referenceDate).toBe('2022-11-15');
  });
  it('turns a core error into a message instead of throwing', () => {
    const a = analyzeText('x', options, () => {
      throw new Error('boom');
    });
    expect(a).toEqual({ status: 'error', message: 'Gaoxin could not analyse r.txt: boom' });
  });
});

describe('refusal', () => {
  it('lets a report through', () => expect(refusal('研发平台312个', options)).toBeUndefined());
  it('refuses a document above the limit', () => expect(refusal('一'.repeat(1001), options)?.status).toBe('tooLarge'));
  it('refuses binary text', () => expect(refusal('\u0000', options)?.status).toBe('binary'));
});

describe('Debouncer', () => {
  afterEach(() => vi.useRealTimers());

  it('runs a burst of calls once, after the quiet period', () => {
    vi.useFakeTimers();
    const d = new Debouncer();
    const task = vi.fn();
    for (let i = 0; i < 5; i++) {
      d.schedule('a', 300, task);
      vi.advanceTimersByTime(100);
    }
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(task).toHaveBeenCalledTimes(1);
  });
  it('keeps keys apart', () => {
    vi.useFakeTimers();
    const d = new Debouncer();
    const a = vi.fn();
    const b = vi.fn();
    d.schedule('a', 10, a);
    d.schedule('b', 10, b);
    vi.advanceTimersByTime(10);
    expect([a.mock.calls.length, b.mock.calls.length]).toEqual([1, 1]);
  });
  it('resolves idle() once nothing is pending', async () => {
    const d = new Debouncer();
    let done = false;
    d.schedule('a', 5, () => {
      done = true;
    });
    await d.idle();
    expect(done).toBe(true);
    expect(d.pending).toBe(0);
  });
  it('drops a cancelled task', () => {
    vi.useFakeTimers();
    const d = new Debouncer();
    const task = vi.fn();
    d.schedule('a', 10, task);
    d.cancel('a');
    vi.advanceTimersByTime(20);
    expect(task).not.toHaveBeenCalled();
  });
});

describe('updateDelay', () => {
  const ok = (millis: number) => ({ status: 'ok' as const, report: parseReport(''), millis });
  it('uses the setting for a quick document', () => expect(updateDelay(300, ok(5))).toBe(300));
  it('waits twice the last analysis for a slow one', () => expect(updateDelay(300, ok(900))).toBe(1800));
  it('uses the setting before the first analysis', () => expect(updateDelay(300, undefined)).toBe(300));
});
