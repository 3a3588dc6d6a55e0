import { describe, expect, it } from 'vitest';
import { GaoxinOptionsError } from '../models/errors.js';
import { NotTextError, decodeBytes, type TextEncodingName } from './decodeBytes.js';

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

describe('decodeBytes reads damaged and unusual bytes instead of refusing them', () => {
  const utf32 = (text: string, littleEndian: boolean) => {
    const bytes = new Uint8Array(4 + [...text].length * 4);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, 0xfeff, littleEndian);
    [...text].forEach((ch, i) => view.setUint32(4 + i * 4, ch.codePointAt(0)!, littleEndian));
    return bytes;
  };
  const withStrayByte = new Uint8Array([...new TextEncoder().encode('研发平台312个，'), 0xff, ...new TextEncoder().encode('总投资约20.8亿元')]);
  it.each([
    { name: 'UTF-32 LE with BOM', bytes: utf32(SAMPLE, true), text: SAMPLE, encoding: 'utf-32le', replacements: 0 },
    { name: 'UTF-32 BE with BOM', bytes: utf32(`${SAMPLE}𠀋`, false), text: `${SAMPLE}𠀋`, encoding: 'utf-32be', replacements: 0 },
    { name: 'UTF-16 LE without BOM, all Chinese', bytes: utf16('研发平台三百个，总投资约二十亿元。', true, false), text: '研发平台三百个，总投资约二十亿元。', encoding: 'utf-16le', replacements: 0 },
    { name: 'UTF-16 BE without BOM, Chinese and digits', bytes: utf16(SAMPLE, false, false), text: SAMPLE, encoding: 'utf-16be', replacements: 0 },
    { name: 'UTF-8 with one stray byte', bytes: withStrayByte, text: '研发平台312个，\uFFFD总投资约20.8亿元', encoding: 'utf-8', replacements: 1 },
    { name: 'an ArrayBuffer', bytes: new TextEncoder().encode(SAMPLE).buffer, text: SAMPLE, encoding: 'utf-8', replacements: 0 },
  ])('$name', ({ bytes, text, encoding, replacements }) => {
    const decoded = decodeBytes(bytes);
    expect([decoded.text, decoded.encoding, decoded.replacements]).toEqual([text, encoding, replacements]);
  });

  it('counts the replacements a wrong forced encoding makes', () => {
    const decoded = decodeBytes(new TextEncoder().encode(SAMPLE), { encoding: 'big5' });
    expect(decoded.detected).toBe(false);
    expect(decoded.replacements).toBeGreaterThan(0);
  });

  it.each([
    { name: 'a string', call: () => decodeBytes('研发' as unknown as Uint8Array), message: /needs a Uint8Array or an ArrayBuffer, got string/ },
    { name: 'null', call: () => decodeBytes(null as unknown as Uint8Array), message: /got null/ },
    { name: 'an encoding outside the list', call: () => decodeBytes(new Uint8Array([0x41]), { encoding: 'latin1' as TextEncodingName }), message: /"latin1" is not one of utf-8/ },
  ])('refuses $name with GaoxinOptionsError', ({ call, message }) => {
    expect(call).toThrow(GaoxinOptionsError);
    expect(call).toThrow(message);
  });
});
