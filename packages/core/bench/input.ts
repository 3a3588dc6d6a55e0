import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchInput } from './types.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');

/**
 * Pages to build the input from: the corpus pages (those with gold, so not SOURCES.txt) where
 * ../shared is present, else the bundled sample.
 */
export function sourcePages(): { pages: string[]; from: string } {
  const corpus = resolve(process.env.GAOXIN_SHARED_DIR ?? join(repo, '../shared'), 'corpus');
  if (existsSync(corpus)) {
    const files = readdirSync(corpus)
      .filter((f) => f.endsWith('.txt') && existsSync(join(corpus, f.replace(/\.txt$/, '.gold.json'))))
      .sort();
    if (files.length > 0) return { pages: files.map((f) => readFileSync(join(corpus, f), 'utf8')), from: corpus };
  }
  const sample = join(repo, 'examples/sample-report.txt');
  return { pages: [readFileSync(sample, 'utf8')], from: sample };
}

/** About `targetBytes` of report text: the source pages repeated, as pages and as one string. */
export function buildInput(targetBytes = 1_000_000): BenchInput & { from: string } {
  const { pages: base, from } = sourcePages();
  const pages: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const page = base[i % base.length]!;
    pages.push(page);
    bytes += Buffer.byteLength(page, 'utf8');
  }
  return { pages, text: pages.join('\n\n'), from, distinct: Math.min(base.length, pages.length) };
}

/** UTF-8 size of a string. */
export function byteSize(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
