import { describe, expect, it } from 'vitest';
import { Trie } from './trie.js';

describe('Trie', () => {
  const forward = new Trie<string>('forward');
  for (const w of ['无锡', '无锡高新区', '高新区']) forward.set(w, w);
  const backward = new Trie<string>('backward');
  for (const w of ['公司', '有限公司', '股份有限公司']) backward.set(w, w);

  const dense = new Trie<string>('forward', true);
  for (const w of ['无锡', '无锡高新区', '高新区', '区']) dense.set(w, w);
  const denseBack = new Trie<string>('backward', true);
  for (const w of ['公司', '有限公司', '股份有限公司', '局']) denseBack.set(w, w);
  // U+0041 and U+0441 fall in one slot of the per-page filter (code units modulo 1024).
  const filtered = new Trie<string>('forward');
  for (const w of ['A', '\u0441']) filtered.set(w, w);

  // The same keys searched key by key (few keys) and by the filter (more than eight: unused padding keys).
  const fewKeys = ['王明', '王明远', '明远', '李', 'aa'];
  const few = new Trie<string>('forward');
  for (const w of fewKeys) few.set(w, w);
  const many = new Trie<string>('forward');
  for (const w of [...fewKeys, 'x1', 'x2', 'x3', 'x4', 'x5', 'x6']) many.set(w, w);
  const scanned = (t: Trie<string>, text: string) => t.scan(text).map((m) => [m.start, m.end, m.value]);

  const cases: Array<{ name: string; run: () => unknown; expected: unknown }> = [
    { name: 'longestAt takes the longest key', run: () => forward.longestAt('在无锡高新区', 1), expected: { start: 1, end: 6, value: '无锡高新区' } },
    { name: 'longestAt finds nothing off a key', run: () => forward.longestAt('在无锡', 0), expected: undefined },
    { name: 'longestEndingAt reads backwards', run: () => backward.longestEndingAt('海星股份有限公司', 8), expected: { start: 2, end: 8, value: '股份有限公司' } },
    { name: 'longestEndingAt respects the floor', run: () => backward.longestEndingAt('海星股份有限公司', 8, 4)?.value, expected: '有限公司' },
    { name: 'allEndingAt lists shortest first', run: () => backward.allEndingAt('有限公司', 4).map((m) => m.value), expected: ['公司', '有限公司'] },
    { name: 'scan is leftmost-longest', run: () => forward.scan('无锡高新区与无锡').map((m) => m.value), expected: ['无锡高新区', '无锡'] },
    {
      name: 'scan falls back to a shorter key when refused',
      run: () => forward.scan('无锡高新区', (m) => m.value !== '无锡高新区').map((m) => m.value),
      expected: ['无锡', '高新区'],
    },
    { name: 'a dense scan is leftmost-longest', run: () => dense.scan('无锡高新区与无锡').map((m) => m.value), expected: ['无锡高新区', '无锡'] },
    { name: 'a dense scan keeps a one-unit key no longer key goes on from', run: () => dense.scan('区县与区').map((m) => [m.start, m.value]), expected: [[0, '区'], [3, '区']] },
    { name: 'a dense scan finds a key ending the text', run: () => dense.scan('在无锡').map((m) => m.value), expected: ['无锡'] },
    { name: 'a dense scan reads a one-unit key at the last position', run: () => dense.scan('新区').map((m) => m.value), expected: ['区'] },
    { name: 'a per-page scan finds keys its filter shares a slot with', run: () => filtered.scan('\u0041x\u0441x').map((m) => m.value), expected: ['A', 'с'] },
    { name: 'a dense backward trie reads the longest suffix', run: () => denseBack.longestEndingAt('海星股份有限公司', 8)?.value, expected: '股份有限公司' },
    { name: 'a dense backward trie reads a one-unit key no longer key ends with', run: () => denseBack.longestEndingAt('管理局', 3)?.value, expected: '局' },
    { name: 'a dense backward trie stops at the floor', run: () => denseBack.longestEndingAt('有限公司', 4, 3)?.value, expected: undefined },
    { name: 'a dense backward trie finds nothing off a key', run: () => denseBack.longestEndingAt('公司里', 3), expected: undefined },
    { name: 'a few-key scan takes the longest key at the leftmost start', run: () => scanned(few, '王明远与王明、明远'), expected: [[0, 3, '王明远'], [4, 6, '王明'], [7, 9, '明远']] },
    { name: 'a few-key scan does not overlap its matches', run: () => scanned(few, 'aaaaa'), expected: [[0, 2, 'aa'], [2, 4, 'aa']] },
    { name: 'a few-key scan reads on past a key it skipped inside a match', run: () => scanned(few, '王明远明远李'), expected: [[0, 3, '王明远'], [3, 5, '明远'], [5, 6, '李']] },
    { name: 'a few-key scan finds nothing in text without its keys', run: () => scanned(few, '张三'), expected: [] },
    ...['王明远与王明、明远', 'aaaaa', '王明远明远李', '李王明王明远aaa'].map((text) => ({ name: `few-key and filter scans agree on ${text}`, run: () => scanned(few, text), expected: scanned(many, text) })),
    { name: 'get is exact', run: () => [forward.get('无锡'), forward.get('无')], expected: ['无锡', undefined] },
    { name: 'the first value set is kept', run: () => { const t = new Trie<number>('forward'); t.set('a', 1); t.set('a', 2); return t.get('a'); }, expected: 1 },
  ];
  it.each(cases)('$name', ({ run, expected }) => {
    expect(run()).toEqual(expected);
  });
});
