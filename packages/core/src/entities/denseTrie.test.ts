import { describe, expect, it } from 'vitest';
import { Trie } from './trie.js';

// The same keys read through the dense tables and through the maps: every lookup must agree.
const KEYS = ['无锡', '无锡高新区', '高新区', '区', '新区', '锡', '有限公司', '股份有限公司', '公司', '司'];
const dense = { forward: new Trie<string>('forward', true), backward: new Trie<string>('backward', true) };
const mapped = { forward: new Trie<string>('forward'), backward: new Trie<string>('backward') };
for (const t of [dense.forward, dense.backward, mapped.forward, mapped.backward]) for (const k of KEYS) t.set(k, k);

const TEXTS = ['在无锡高新区', '无锡新区与股份有限公司', '区', '高新', '股份有限公', '锡区司公司'];

describe('dense tables read as the maps do', () => {
  it.each(TEXTS)('longestAt at every position of %s', (text) => {
    for (let pos = 0; pos <= text.length; pos++) expect(dense.forward.longestAt(text, pos)).toEqual(mapped.forward.longestAt(text, pos));
  });
  it.each(TEXTS)('longestAt with a limit at every position of %s', (text) => {
    for (let pos = 0; pos < text.length; pos++) expect(dense.forward.longestAt(text, pos, pos + 2)).toEqual(mapped.forward.longestAt(text, pos, pos + 2));
  });
  it.each(TEXTS)('longestEndingAt at every end and floor of %s', (text) => {
    for (let end = 0; end <= text.length; end++) {
      for (let floor = 0; floor <= end; floor++) expect(dense.backward.longestEndingAt(text, end, floor)).toEqual(mapped.backward.longestEndingAt(text, end, floor));
    }
  });
  it.each(TEXTS)('longestLengthEndingAt at every end and floor of %s', (text) => {
    for (let end = 0; end <= text.length; end++) {
      for (let floor = 0; floor <= end; floor++) {
        const m = mapped.backward.longestEndingAt(text, end, floor);
        const length = m ? m.end - m.start : 0;
        expect(dense.backward.longestLengthEndingAt(text, end, floor)).toBe(length);
        expect(mapped.backward.longestLengthEndingAt(text, end, floor)).toBe(length);
      }
    }
  });
  it.each(TEXTS)('scan of %s', (text) => {
    expect(dense.forward.scan(text)).toEqual(mapped.forward.scan(text));
  });
  it.each(TEXTS)('scanBoth of %s is the two scans', (text) => {
    const other = new Trie<string>('forward', true);
    for (const k of ['锡高', '高新', '新', '公', '份有限']) other.set(k, k);
    expect(Trie.scanBoth(dense.forward, other, text)).toEqual([mapped.forward.scan(text), other.scan(text)]);
    expect(Trie.scanBoth(other, mapped.forward, text)).toEqual([other.scan(text), mapped.forward.scan(text)]);
  });
  it.each(TEXTS)('scanMarking of %s is the scan, and marks after each flagged code unit', (text) => {
    const marks = new Uint8Array(0x10000);
    for (const ch of '区锡司') marks[ch.charCodeAt(0)] = 1;
    const expected = [...text].flatMap((ch, i) => ('区锡司'.includes(ch) ? [i + 1] : []));
    for (const trie of [dense.forward, mapped.forward]) {
      const marked = new Int32Array(text.length);
      const { matches, count } = trie.scanMarking(text, marks, marked);
      expect(matches).toEqual(mapped.forward.scan(text));
      expect([...marked.subarray(0, count)]).toEqual(expected);
    }
  });
  it('scanBoth of an empty trie finds nothing in it', () => {
    expect(Trie.scanBoth(new Trie<string>('forward', true), dense.forward, '无锡高新区')).toEqual([[], mapped.forward.scan('无锡高新区')]);
  });
  it('a key added after a scan is found by the next one', () => {
    const t = new Trie<string>('forward', true);
    t.set('高新', '高新');
    expect(t.scan('高新区').map((m) => m.value)).toEqual(['高新']);
    t.set('高新区', '高新区');
    expect(t.scan('高新区').map((m) => m.value)).toEqual(['高新区']);
  });
});
