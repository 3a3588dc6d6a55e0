import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';

export const SAMPLE = readFileSync(new URL('../../examples/sample-report.txt', import.meta.url), 'utf8');

/** What a generated batch holds, so tests know the counts to expect. */
export interface Batch {
  dir: string;
  files: number;
  gbk: number;
  broken: string[];
}

/**
 * Writes `count` reports made from the sample report into `dir` (in subfolders of 100):
 * every 7th in GBK, every 50th broken (binary bytes), the rest UTF-8, each with its own
 * numbers so no two files are the same.
 */
export function writeBatch(dir: string, count: number): Batch {
  let gbk = 0;
  const broken: string[] = [];
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `part-${String(Math.floor(i / 100)).padStart(2, '0')}`);
    mkdirSync(sub, { recursive: true });
    const path = join(sub, `report-${String(i).padStart(4, '0')}.txt`);
    const text = SAMPLE.replace('58家', `${58 + i}家`);
    if (i % 50 === 49) {
      writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, i & 0xff]));
      broken.push(path);
    } else if (i % 7 === 3) {
      writeFileSync(path, iconv.encode(text, 'gbk'));
      gbk++;
    } else writeFileSync(path, text);
  }
  return { dir, files: count, gbk, broken };
}
