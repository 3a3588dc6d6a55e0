/**
 * Runs a task per key after a quiet period: each call for a key restarts its timer, so a burst of
 * keystrokes analyses once. `idle()` resolves when nothing is pending, for tests.
 */
export class Debouncer {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private waiters: Array<() => void> = [];

  /**
   * Runs `task` once `delay` ms have passed without another call for `key`.
   *
   * @example
   * debouncer.schedule(uri, 300, () => refresh(uri));
   */
  schedule(key: string, delay: number, task: () => void): void {
    const pending = this.timers.get(key);
    if (pending !== undefined) clearTimeout(pending);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        try {
          task();
        } finally {
          // Waiters are released even when the task throws; the task's own error handling reports it.
          if (this.timers.size === 0) this.release();
        }
      }, delay),
    );
  }

  /** Drops a pending task. */
  cancel(key: string): void {
    const pending = this.timers.get(key);
    if (pending === undefined) return;
    clearTimeout(pending);
    this.timers.delete(key);
    if (this.timers.size === 0) this.release();
  }

  /** Whether a task for `key` is waiting for its timer. */
  has(key: string): boolean {
    return this.timers.has(key);
  }

  /** How many tasks are waiting for their timers. */
  get pending(): number {
    return this.timers.size;
  }

  /** Resolves once no task is pending. */
  idle(): Promise<void> {
    if (this.timers.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Cancels everything. */
  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.release();
  }

  private release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
