import { describe, expect, it } from 'vitest';
import { NotTextError, decodeBytes } from './decodeBytes.js';

// Bytes of 研发平台312个，总投资约20.8亿元 in each encoding, written out so the test needs no encoder.
const SAMPLE = '研发平台312个，总投资约20.8亿元';
const GB18030 = [0xd1, 0xd0, 0xb7, 0xa2, 0xc6, 0xbd, 0xcc, 0xa8, 0x33, 0x31, 0x32, 0xb8, 0xf6, 0xa3, 0xac, 0xd7, 0xdc, 0xcd, 0xb6, 0xd7, 0xca, 0xd4, 0xbc, 0x32, 0x30, 0x2e, 0x38, 0xd2, 0xda, 0xd4, 0xaa];
const TRADITIONAL = '園區營業額達新臺幣1.6兆元';
const BIG5 = [0xb6, 0xe9, 0xb0, 0xcf, 0xc0, 0xe7, 0xb7, 0x7e, 0xc3, 0x42, 0xb9, 0x46, 0xb7, 0x73, 0xbb, 0x4f, 0xb9, 0xf4, 0x31, 0x2e, 0x36, 0xa5, 0xfc, 0xa4, 0xb8];

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out: number[] = bom ? (littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (littleEndian) out.push(c & 0xff, c >> 8);
    else out.push(c >> 8, c & 0xff);
  }
  return new Uint8Array(out);
}

describe('decodeBytes detects the encoding of report bytes', () => {
  it.each([
    { name: 'UTF-8', bytes: new TextEncoder().encode(SAMPLE), text: SAMPLE, encoding: 'utf-8' },
    { name: 'UTF-8 with BOM', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)]), text: SAMPLE, encoding: 'utf-8' },
    { name: 'UTF-16 LE with BOM', bytes: utf16(SAMPLE, true, true), text: SAMPLE, encoding: 'utf-16le' },
    { name: 'UTF-16 BE with BOM', bytes: utf16(SAMPLE, false, true), text: SAMPLE, encoding: 'utf-16be' },
    { name: 'UTF-16 LE without BOM, mostly ASCII', bytes: utf16('Report 2022: 312 platforms', true, false), text: 'Report 2022: 312 platforms', encoding: 'utf-16le' },
    { name: 'GB18030/GBK', bytes: new Uint8Array(GB18030), text: SAMPLE, encoding: 'gb18030' },
    { name: 'Big5', bytes: new Uint8Array(BIG5), text: TRADITIONAL, encoding: 'big5' },
  ])('$name', ({ bytes, text, encoding }) => {
    const decoded = decodeBytes(bytes);
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.detected).toBe(true);
  });

  it('uses the encoding it is told', () => {
    const decoded = decodeBytes(new Uint8Array(GB18030), { encoding: 'gb18030' });
    expect(decoded).toEqual({ text: SAMPLE, encoding: 'gb18030', detected: false, replacements: 0 });
  });

  it.each([
    { name: 'a PNG header', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]) },
    { name: 'random high bytes', bytes: new Uint8Array(Array.from({ length: 64 }, (_, i) => 0x80 + ((i * 37) % 0x3f))) },
  ])('refuses $name as not text', ({ bytes }) => {
    expect(() => decodeBytes(bytes)).toThrow(NotTextError);
  });
});
