import { describe, expect, it } from 'vitest';
import { InputError, decodeInput } from './decodeInput.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeInput', () => {
  it('decodes UTF-8 text', () => {
    expect(decodeInput(enc('研发平台312个'), 'a.txt')).toBe('研发平台312个');
  });
  it('drops a UTF-8 byte order mark', () => {
    expect(decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('约20.8亿元')]), 'a.txt')).toBe('约20.8亿元');
  });
  it.each([
    { name: 'NUL bytes', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), message: /a\.bin: not a text file/ },
    { name: 'invalid UTF-8', bytes: new Uint8Array([0xc4, 0xe3, 0xba, 0xc3, 0xff]), message: /a\.bin: not valid UTF-8/ },
  ])('refuses $name with a message naming the file', ({ bytes, message }) => {
    expect(() => decodeInput(bytes, 'a.bin')).toThrow(InputError);
    expect(() => decodeInput(bytes, 'a.bin')).toThrow(message);
  });
});
