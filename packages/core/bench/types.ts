/** What every benchmark section receives: about 1 MB of report text, as one string and as pages. */
export interface BenchInput {
  /** The pages joined into one string (about 1 MB). */
  readonly text: string;
  /** The same text as separate pages. */
  readonly pages: readonly string[];
  /** How many distinct pages the input cycles through: `pages.slice(0, distinct)` is each of them once. */
  readonly distinct: number;
}

/** One line of the benchmark table. */
export interface BenchRow {
  /** What was measured, e.g. `extractFigures (1 string)`. */
  readonly name: string;
  /** Bytes of UTF-8 input processed per second. */
  readonly bytesPerSecond: number;
  /** Milliseconds for one pass over the input. */
  readonly ms: number;
  /** Free text: the ratio against a peer, the peer's sample size … */
  readonly note?: string;
}

/** A benchmark section: a name and a function that measures and returns rows. */
export interface BenchSection {
  readonly name: string;
  run(input: BenchInput): Promise<BenchRow[]> | BenchRow[];
}
