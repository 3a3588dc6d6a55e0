/**
 * A one-line progress bar for long runs, redrawn at most ten times a second. Only used
 * when stderr is a terminal, so logs and pipes never see it.
 */
export class ProgressBar {
  private last = Number.NEGATIVE_INFINITY;
  private shown = false;

  constructor(
    private readonly total: number,
    private readonly write: (text: string) => void,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Shows that `done` of the files are read. */
  update(done: number, errors: number): void {
    const t = this.now();
    if (done < this.total && t - this.last < 100) return;
    this.last = t;
    const width = 30;
    const filled = Math.round((done / Math.max(1, this.total)) * width);
    this.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${this.total} files${errors ? `, ${errors} failed` : ''}`);
    this.shown = true;
  }

  /** Clears the bar so the summary line starts clean. */
  clear(): void {
    if (this.shown) this.write('\r\x1b[2K');
    this.shown = false;
  }
}
