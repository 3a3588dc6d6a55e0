import { describe, expect, it } from 'vitest';
import { ProgressBar } from './progress.js';

describe('ProgressBar', () => {
  it('draws at most ten times a second, always the last file, and clears itself', () => {
    const out: string[] = [];
    let now = 0;
    const bar = new ProgressBar(4, (t) => out.push(t), () => now);
    bar.update(1, 0);
    now = 50;
    bar.update(2, 0);
    now = 200;
    bar.update(3, 1);
    bar.update(4, 1);
    bar.clear();
    expect(out).toEqual([
      '\r[########......................] 1/4 files',
      '\r[#######################.......] 3/4 files, 1 failed',
      '\r[##############################] 4/4 files, 1 failed',
      '\r\x1b[2K',
    ]);
  });
  it('clears nothing when it never drew', () => {
    const out: string[] = [];
    new ProgressBar(3, (t) => out.push(t)).clear();
    expect(out).toEqual([]);
  });
});
